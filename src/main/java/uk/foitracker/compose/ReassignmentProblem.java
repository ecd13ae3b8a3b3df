package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.question.Question;
import uk.foitracker.web.ConflictProblem;
import uk.foitracker.web.Problem.FieldError;

/**
 * Saving an answer would move questions from another answer not yet sent: refused until the officer
 * confirms (the API's {@code "confirm": true}; the compose page's confirm step), HTTP 409.
 */
public class ReassignmentProblem extends ConflictProblem {
  private final List<Integer> questions;

  ReassignmentProblem(List<Question> moved) {
    super(message(moved));
    this.questions = moved.stream().map(q -> q.number).sorted().toList();
  }

  private static String message(List<Question> moved) {
    StringBuilder s = new StringBuilder();
    for (Question q : moved) {
      if (!s.isEmpty()) {
        s.append("; ");
      }
      s.append("question ")
          .append(q.number)
          .append(" is answered by answer ")
          .append(q.answer.position);
    }
    return "Saving this answer moves questions from their answer ("
        + s
        + "). Confirm to move them.";
  }

  /** The numbers of the questions that would move. */
  public List<Integer> questions() {
    return questions;
  }

  /** The confirm step's error on the answer form. */
  FieldError asFieldError() {
    return new FieldError("confirm", getMessage());
  }
}
