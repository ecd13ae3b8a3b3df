package uk.foitracker.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.foitracker.request.FoiRequest;

/**
 * One citation as the authority makes it: a provision applied to a set of questions of a request
 * ("s.43(2) for questions 2 to 5"). Its questions are the {@link Citation} rows that point to it.
 */
@Entity
@Table(name = "citation_group")
public class CitationGroup extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  /** Its number within the request, from 1: how the API addresses it. */
  @Column(nullable = false)
  public int position;

  /** A new citation of the request, numbered after the last one; not yet saved. */
  public static CitationGroup next(FoiRequest request) {
    CitationGroup g = new CitationGroup();
    g.request = request;
    g.position =
        CitationGroup.<CitationGroup>list("request", request).stream()
                .mapToInt(c -> c.position)
                .max()
                .orElse(0)
            + 1;
    return g;
  }
}
