package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The clock of one internal review, of however many a request has (issue 17, point 6). FOIA: s.45
 * Code of Practice (2018) para 5.4, 20 working days after the request for review, 40 at most; EIR
 * reg 11(4): 40 working days. Worked by {@link StatutoryClock}'s own review clock from the day the
 * review was asked for alone: the dates of the original response cannot move it.
 */
public final class ReviewDeadline {
  private ReviewDeadline() {}

  /**
   * The review's clock as at {@code today}, or as at its decision when that is later (a published
   * review is read as at any day).
   */
  public static ReviewClock of(
      Regime regime, LocalDate requested, LocalDate decided, LocalDate today) {
    Objects.requireNonNull(requested, "requested");
    // a decided review is read as at its decision: the decision is never "in the future"
    LocalDate asOf = decided != null && decided.isAfter(today) ? decided : today;
    List<ClockEvent> events =
        decided == null
            ? List.of(
                new ClockEvent.ResponseSent(requested),
                new ClockEvent.InternalReviewRequested(requested))
            : List.of(
                new ClockEvent.ResponseSent(requested),
                new ClockEvent.InternalReviewRequested(requested),
                new ClockEvent.InternalReviewDecided(decided));
    return StatutoryClock.ukWide()
        .calculate(regime, requested, events, asOf)
        .review()
        .orElseThrow();
  }

  /**
   * The review's overall outcome from its decision on each question: upheld when every question's
   * refusal is upheld, overturned when every one is overturned, partly overturned otherwise. Null
   * when no question is decided.
   */
  public static ReviewOutcome overall(List<ReviewOutcome> perQuestion) {
    if (perQuestion == null || perQuestion.isEmpty()) {
      return null;
    }
    if (perQuestion.stream().allMatch(o -> o == ReviewOutcome.UPHELD)) {
      return ReviewOutcome.UPHELD;
    }
    if (perQuestion.stream().allMatch(o -> o == ReviewOutcome.OVERTURNED)) {
      return ReviewOutcome.OVERTURNED;
    }
    return ReviewOutcome.PARTLY_OVERTURNED;
  }

  /**
   * Reads an outcome as an officer or client writes it: UPHELD, PARTLY_OVERTURNED (also
   * PARTLY_UPHELD, the same decision read the other way) or OVERTURNED. Null when not one of them.
   */
  public static ReviewOutcome parse(String outcome) {
    if (outcome == null) {
      return null;
    }
    String s = outcome.strip().toUpperCase(Locale.ROOT);
    if (s.equals("PARTLY_UPHELD")) {
      return ReviewOutcome.PARTLY_OVERTURNED;
    }
    for (ReviewOutcome o : ReviewOutcome.values()) {
      if (o.name().equals(s)) {
        return o;
      }
    }
    return null;
  }
}
