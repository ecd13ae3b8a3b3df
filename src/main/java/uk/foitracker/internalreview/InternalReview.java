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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.ReviewOutcome;

/**
 * One internal review of a response (a request may have several): who reviewed it, the outcome and
 * its reasons (the decision text), its decision per question ({@link ReviewDecision}).
 */
@Entity
@Table(name = "internal_review")
public class InternalReview extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  /** 1 for the first review the requester asked for, 2 for the next, ... */
  @Column(nullable = false)
  public int number;

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

  /** The day the authority acknowledged the request for review, as its letter states. */
  @Column(name = "acknowledged_on")
  public LocalDate acknowledgedOn;

  /** The due date the authority stated in its acknowledgement, kept beside the computed one. */
  @Column(name = "stated_due_on")
  public LocalDate statedDueOn;

  /** The latest review of the request: what the single-review API and screens act on. */
  public static Optional<InternalReview> forRequest(FoiRequest request) {
    return find("request = ?1 order by number desc", request).firstResultOptional();
  }

  /** Every review of the request, first first. */
  public static List<InternalReview> allFor(FoiRequest request) {
    return list("request = ?1 order by number", request);
  }
}
