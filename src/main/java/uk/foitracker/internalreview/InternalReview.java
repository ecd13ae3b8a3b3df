package uk.foitracker.internalreview;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.ReviewOutcome;

/** The internal review of a response: who reviewed it, the outcome and its reasons. */
@Entity
@Table(name = "internal_review")
public class InternalReview extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", unique = true)
  public FoiRequest request;

  @Column(name = "requested_on", nullable = false)
  public LocalDate requestedOn;

  @Column(length = 100)
  public String reviewer;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  public ReviewOutcome outcome;

  @Column(length = 20000)
  public String reasons;

  @Column(name = "decided_on")
  public LocalDate decidedOn;

  public static Optional<InternalReview> forRequest(FoiRequest request) {
    return find("request", request).firstResultOptional();
  }
}
