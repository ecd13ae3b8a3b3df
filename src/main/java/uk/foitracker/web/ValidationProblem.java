package uk.foitracker.web;

import java.util.List;

/**
 * Bad input from a person: a message per field. Pages show it as a GOV.UK error summary, the API as
 * a 400 problem document with an {@code errors} list.
 */
public class ValidationProblem extends RuntimeException {
  private final List<Problem.FieldError> errors;

  public ValidationProblem(List<Problem.FieldError> errors) {
    super(errors.isEmpty() ? "The input is not valid." : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static ValidationProblem of(String field, String message) {
    return new ValidationProblem(List.of(new Problem.FieldError(field, message)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
