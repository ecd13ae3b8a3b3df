package uk.foitracker.publication;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foitracker.request.FoiRequest;

/**
 * One published version of a case: the case as the public saw it, as the JSON of a {@link
 * CaseSnapshot} (which carries its format). Appended at publication and at every correction; never
 * updated or deleted, so no edit is silent.
 */
@Entity
@Table(name = "case_version")
public class CaseVersion extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  public FoiRequest request;

  @Column(nullable = false, updatable = false)
  public int version;

  @Column(name = "published_on", nullable = false, updatable = false)
  public LocalDate publishedOn;

  /** Why this version corrects the one before; null for the first. */
  @Column(length = 2000, updatable = false)
  public String reason;

  @Column(nullable = false, length = 100, updatable = false)
  public String actor;

  @Column(nullable = false, length = 1000000, updatable = false)
  public String snapshot;

  public static List<CaseVersion> forRequest(FoiRequest request) {
    return list("request = ?1 order by version", request);
  }

  public static Optional<CaseVersion> latest(FoiRequest request) {
    return find("request = ?1 order by version desc", request).<CaseVersion>firstResultOptional();
  }
}
