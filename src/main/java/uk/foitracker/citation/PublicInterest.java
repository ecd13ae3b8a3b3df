package uk.foitracker.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The public interest test of a citation of a qualified exemption (FOIA s.17(3)). */
@Entity
@Table(name = "citation_public_interest")
public class PublicInterest extends PanacheEntityBase {
  @Id
  @Column(name = "citation_id")
  public Long citationId;

  @Column(name = "arguments_for", nullable = false, length = 20000)
  public String argumentsFor;

  @Column(name = "arguments_against", nullable = false, length = 20000)
  public String argumentsAgainst;

  @Column(nullable = false, length = 20000)
  public String conclusion;

  /** The tests of these citations, by citation id. */
  public static Map<Long, PublicInterest> forCitations(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, PublicInterest> tests = new HashMap<>();
    for (PublicInterest pi : PublicInterest.<PublicInterest>list("citationId in ?1", ids)) {
      tests.put(pi.citationId, pi);
    }
    return tests;
  }
}
