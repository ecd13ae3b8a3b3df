package uk.foitracker.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter the authority sent about a request (an acknowledgement, a holding reply), as recorded:
 * append-only. It does not move the statutory clock. The note is for officers only and is never
 * published.
 */
@Entity
@Table(name = "request_correspondence")
public class Correspondence extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  public FoiRequest request;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  public CorrespondenceKind kind;

  @Column(name = "sent_on", nullable = false, updatable = false)
  public LocalDate sentOn;

  @Column(updatable = false, length = 500)
  public String note;

  @Column(nullable = false, updatable = false, length = 100)
  public String actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  public Instant recordedAt;

  /** The request's correspondence in date order (recorded order on the same day). */
  public static List<Correspondence> forRequest(FoiRequest request) {
    return list("request = ?1 order by sentOn, id", request);
  }
}
