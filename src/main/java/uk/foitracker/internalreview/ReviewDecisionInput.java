package uk.foitracker.internalreview;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision of one internal review: the reviewer, the overall outcome (derived from the
 * per-question decisions when blank), the decision text, the date, and the decision on each
 * question.
 */
public record ReviewDecisionInput(
    String reviewer,
    String outcome,
    String reasons,
    LocalDate decidedOn,
    List<QuestionDecision> questions) {

  /**
   * The review's decision on one question: UPHELD, PARTLY_OVERTURNED (PARTLY_UPHELD), OVERTURNED.
   */
  public record QuestionDecision(Integer number, String outcome) {}
}
