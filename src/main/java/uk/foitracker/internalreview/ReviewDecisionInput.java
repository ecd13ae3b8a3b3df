package uk.foitracker.internalreview;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision of one internal review: the reviewer, the overall outcome (derived from the
 * per-question decisions when blank), the decision text, the date, and the decision on each
 * question. {@code outcomeNotStated}: a past decision entered as it was sent, whose letter does not
 * state an outcome; it is recorded with its date and no outcome ("Not stated"), so that its
 * timeliness counts and no outcome is invented.
 */
public record ReviewDecisionInput(
    String reviewer,
    String outcome,
    String reasons,
    LocalDate decidedOn,
    List<QuestionDecision> questions,
    boolean outcomeNotStated) {

  /** A decision with its outcome (or per-question decisions), as before outcomeNotStated. */
  public ReviewDecisionInput(
      String reviewer,
      String outcome,
      String reasons,
      LocalDate decidedOn,
      List<QuestionDecision> questions) {
    this(reviewer, outcome, reasons, decidedOn, questions, false);
  }

  /**
   * The review's decision on one question: UPHELD, PARTLY_OVERTURNED (PARTLY_UPHELD), OVERTURNED.
   */
  public record QuestionDecision(Integer number, String outcome) {}
}
