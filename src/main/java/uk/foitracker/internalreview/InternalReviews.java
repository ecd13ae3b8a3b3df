package uk.foitracker.internalreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.Texts;
import uk.foitracker.web.ValidationProblem;

/** The internal review of a sent response: asked for, then decided. */
@ApplicationScoped
@Transactional
public class InternalReviews {
  private final AuditLog audit;
  private final Clock clock;

  InternalReviews(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /** {@link #requestReview(String, Long, LocalDate, String)} without a version check. */
  public void requestReview(String ref, LocalDate requestedOn, String actor) {
    requestReview(ref, null, requestedOn, actor);
  }

  /** Records that the requester asked for an internal review. */
  public void requestReview(String ref, Long version, LocalDate requestedOn, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    if (request.sentOn == null) {
      throw ValidationProblem.of(
          "requestedOn", "A review can only be asked for once the response is sent");
    }
    if (InternalReview.forRequest(request).isPresent()) {
      throw ValidationProblem.of("requestedOn", "An internal review is already recorded");
    }
    if (requestedOn == null) {
      throw ValidationProblem.of("requestedOn", "Enter the date the review was asked for");
    }
    if (requestedOn.isBefore(request.sentOn) || requestedOn.isAfter(LocalDate.now(clock))) {
      throw ValidationProblem.of(
          "requestedOn", "The date must be between the date the response was sent and today");
    }
    InternalReview review = new InternalReview();
    review.request = request;
    review.requestedOn = requestedOn;
    review.persist();
    audit.record(
        actor,
        "REVIEW_REQUESTED",
        "request",
        request.id,
        "Internal review asked for on " + Dates.display(requestedOn),
        null,
        null);
  }

  /** {@link #decideReview(String, Long, String, String, String, LocalDate, String)}, unchecked. */
  public void decideReview(
      String ref,
      String reviewer,
      String outcome,
      String reasons,
      LocalDate decidedOn,
      String actor) {
    decideReview(ref, null, reviewer, outcome, reasons, decidedOn, actor);
  }

  /** Records the outcome of the internal review. */
  public void decideReview(
      String ref,
      Long version,
      String reviewer,
      String outcome,
      String reasons,
      LocalDate decidedOn,
      String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    InternalReview review =
        InternalReview.forRequest(request)
            .orElseThrow(
                () -> ValidationProblem.of("requestedOn", "Record the request for a review first"));
    if (review.decidedOn != null) {
      throw ValidationProblem.of(
          "outcome", "The review was already decided on " + Dates.display(review.decidedOn));
    }
    List<FieldError> errors = new ArrayList<>();
    String who = Texts.required(reviewer, "reviewer", "Enter who carried out the review", errors);
    if (who != null && who.length() > 100) {
      errors.add(new FieldError("reviewer", "The reviewer must be 100 characters or fewer"));
    }
    ReviewOutcome parsed = null;
    try {
      parsed = ReviewOutcome.valueOf(outcome == null ? "" : outcome.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError("outcome", "Choose the outcome: upheld, partly overturned or overturned"));
    }
    String why = Texts.required(reasons, "reasons", "Give the reasons for the outcome", errors);
    if (decidedOn == null) {
      errors.add(new FieldError("decidedOn", "Enter the date of the decision"));
    } else if (decidedOn.isBefore(review.requestedOn) || decidedOn.isAfter(LocalDate.now(clock))) {
      errors.add(
          new FieldError(
              "decidedOn", "The date must be between the date the review was asked for and today"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    review.reviewer = who;
    review.outcome = parsed;
    review.reasons = why;
    review.decidedOn = decidedOn;
    audit.record(
        actor,
        "REVIEW_DECIDED",
        "request",
        request.id,
        "Internal review by " + who + ": " + StatuteLabels.label(parsed),
        null,
        parsed.name());
  }
}
