package uk.foitracker.review;

import java.util.List;
import uk.foitracker.web.Problem;

/** A mark that cannot be saved as typed: the page shows it again with the errors. */
public class MarkRejected extends RuntimeException {
  private final MarkCommand command;
  private final List<Problem.FieldError> errors;

  MarkRejected(MarkCommand command, List<Problem.FieldError> errors) {
    super(errors.get(0).message());
    this.command = command;
    this.errors = List.copyOf(errors);
  }

  public MarkCommand command() {
    return command;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
