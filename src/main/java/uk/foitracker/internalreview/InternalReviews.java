package uk.foitracker.internalreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.rules.ReviewDeadline;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.web.Dates;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.Texts;
import uk.foitracker.web.ValidationProblem;

/**
 * The internal reviews of a response, or of a failure to respond, as many as asked for: each asked
 * for, then decided.
 */
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

  /**
   * Records that the requester asked for an internal review: the next review (1, 2, ...), refused
   * while an earlier one is undecided.
   */
  public void requestReview(String ref, Long version, LocalDate requestedOn, String actor) {
    requestReview(ref, version, requestedOn, null, null, actor);
  }

  /**
   * Records a request for internal review, with the day the authority acknowledged it and the due
   * date its acknowledgement stated (both optional). Returns the review's number.
   */
  public int requestReview(
      String ref,
      Long version,
      LocalDate requestedOn,
      LocalDate acknowledgedOn,
      LocalDate statedDueOn,
      String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    Optional<InternalReview> latest = InternalReview.forRequest(request);
    if (latest.isPresent() && latest.get().decidedOn == null) {
      throw ValidationProblem.of(
          "requestedOn",
          "Internal review "
              + latest.get().number
              + " is not decided yet: record its outcome before another review");
    }
    LocalDate sent = request.sentOn != null ? request.sentOn : firstSent(request);
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (requestedOn == null) {
      errors.add(new FieldError("requestedOn", "Enter the date the review was asked for"));
    } else if ((request.receivedOn != null && requestedOn.isBefore(request.receivedOn))
        || requestedOn.isAfter(today)) {
      errors.add(
          new FieldError(
              "requestedOn",
              "The date must be between the date the request was received and today"));
    }
    // A review asked for before any response is a review of a failure to respond: requesters ask
    // for one when no response has come (WhatDoTheyKnow offers it once a request is overdue), and
    // the Code of Practice (2018) para 5.1 has the authority's complaints procedure cover any
    // dissatisfaction with the handling of a request, before the ICO takes a s.50 complaint.
    boolean ofFailure = requestedOn != null && (sent == null || requestedOn.isBefore(sent));
    if (acknowledgedOn != null
        && requestedOn != null
        && (acknowledgedOn.isBefore(requestedOn) || acknowledgedOn.isAfter(today))) {
      errors.add(
          new FieldError(
              "acknowledgedOn",
              "The date acknowledged must be between the date the review was asked for and today"));
    }
    if (statedDueOn != null && requestedOn != null && statedDueOn.isBefore(requestedOn)) {
      errors.add(
          new FieldError(
              "statedDueOn",
              "The due date stated must be on or after the date the review was asked for"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    InternalReview review = new InternalReview();
    review.request = request;
    review.number = latest.map(r -> r.number + 1).orElse(1);
    review.requestedOn = requestedOn;
    review.acknowledgedOn = acknowledgedOn;
    review.statedDueOn = statedDueOn;
    review.persist();
    audit.record(
        actor,
        "REVIEW_REQUESTED",
        "request",
        request.id,
        "Internal review "
            + review.number
            + (ofFailure ? " of a failure to respond" : "")
            + " asked for on "
            + Dates.display(requestedOn)
            + (statedDueOn == null
                ? ""
                : "; the acknowledgement states it is due by " + Dates.display(statedDueOn)),
        null,
        null);
    return review.number;
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

  /** Records the outcome of the latest internal review. */
  public void decideReview(
      String ref,
      Long version,
      String reviewer,
      String outcome,
      String reasons,
      LocalDate decidedOn,
      String actor) {
    FoiRequest request = FoiRequest.findByReference(ref).orElse(null);
    int number =
        request == null ? 1 : InternalReview.forRequest(request).map(r -> r.number).orElse(0);
    decide(
        ref,
        version,
        number,
        new ReviewDecisionInput(reviewer, outcome, reasons, decidedOn, List.of()),
        actor);
  }

  /**
   * Records the decision of internal review {@code number} (null: the latest): the reviewer, the
   * decision text, the date and the decision on each question; the overall outcome is derived from
   * those when not given ({@link ReviewDeadline#overall}).
   */
  public int decide(
      String ref, Long version, Integer number, ReviewDecisionInput input, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    Optional<InternalReview> found =
        number == null
            ? InternalReview.forRequest(request)
            : InternalReview.<InternalReview>find("request = ?1 and number = ?2", request, number)
                .firstResultOptional();
    if (found.isEmpty()) {
      if (number == null) {
        throw ValidationProblem.of("requestedOn", "Record the request for a review first");
      }
      throw new NotFoundProblem("The request has no internal review " + number);
    }
    InternalReview review = found.get();
    if (review.decidedOn != null) {
      throw ValidationProblem.of(
          "outcome", "The review was already decided on " + Dates.display(review.decidedOn));
    }
    List<FieldError> errors = new ArrayList<>();
    String who =
        Texts.required(input.reviewer(), "reviewer", "Enter who carried out the review", errors);
    if (who != null && who.length() > 100) {
      errors.add(new FieldError("reviewer", "The reviewer must be 100 characters or fewer"));
    }
    Map<Integer, ReviewOutcome> perQuestion = new TreeMap<>();
    List<Integer> numbers = Question.forRequest(request).stream().map(q -> q.number).toList();
    List<ReviewDecisionInput.QuestionDecision> decisions =
        input.questions() == null ? List.of() : input.questions();
    for (int i = 0; i < decisions.size(); i++) {
      ReviewDecisionInput.QuestionDecision d = decisions.get(i);
      ReviewOutcome o = d == null ? null : ReviewDeadline.parse(d.outcome());
      if (d == null || d.number() == null || !numbers.contains(d.number())) {
        errors.add(
            new FieldError("questions[" + i + "].number", "Choose a question of the request"));
      } else if (o == null) {
        errors.add(
            new FieldError(
                "questions[" + i + "].outcome",
                "Choose the decision on question "
                    + d.number()
                    + ": upheld, partly overturned or overturned"));
      } else if (perQuestion.put(d.number(), o) != null) {
        errors.add(
            new FieldError(
                "questions[" + i + "].number", "Question " + d.number() + " is decided twice"));
      }
    }
    ReviewOutcome parsed;
    boolean outcomeGiven =
        (input.outcome() != null && !input.outcome().isBlank()) || !perQuestion.isEmpty();
    if (input.outcome() == null || input.outcome().isBlank()) {
      parsed = ReviewDeadline.overall(List.copyOf(perQuestion.values()));
    } else {
      parsed = ReviewDeadline.parse(input.outcome());
    }
    if (input.outcomeNotStated() && outcomeGiven) {
      errors.add(
          new FieldError(
              "outcomeNotStated",
              "Either give the outcome or say the letter does not state one, not both"));
    } else if (parsed == null && !input.outcomeNotStated()) {
      errors.add(
          new FieldError("outcome", "Choose the outcome: upheld, partly overturned or overturned"));
    }
    String why =
        Texts.required(input.reasons(), "reasons", "Give the reasons for the outcome", errors);
    if (why != null && why.length() > 20000) {
      errors.add(new FieldError("reasons", "The reasons must be 20,000 characters or fewer"));
    }
    LocalDate decidedOn = input.decidedOn();
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
    for (Map.Entry<Integer, ReviewOutcome> e : perQuestion.entrySet()) {
      ReviewDecision d = new ReviewDecision();
      d.review = review;
      d.questionNumber = e.getKey();
      d.outcome = e.getValue();
      d.persist();
    }
    audit.record(
        actor,
        "REVIEW_DECIDED",
        "request",
        request.id,
        "Internal review "
            + review.number
            + " by "
            + who
            + ": "
            + (parsed == null
                ? "decided on "
                    + Dates.display(decidedOn)
                    + ", the outcome not stated in the decision as sent"
                : StatuteLabels.label(parsed)),
        null,
        parsed == null ? "NOT_STATED" : parsed.name());
    return review.number;
  }

  /** The day the first instalment of the response was sent, or null. */
  private static LocalDate firstSent(FoiRequest request) {
    return ResponseInstalment.forRequest(request).stream()
        .map(i -> i.sentOn)
        .findFirst()
        .orElse(null);
  }
}
