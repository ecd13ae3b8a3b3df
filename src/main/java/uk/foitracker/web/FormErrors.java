package uk.foitracker.web;

import java.util.List;

/** The errors of a form, for the error summary and each field's inline message. */
public record FormErrors(List<Problem.FieldError> list) {
  public static final FormErrors NONE = new FormErrors(List.of());

  public FormErrors {
    list = List.copyOf(list);
  }

  public static FormErrors of(ValidationProblem problem) {
    return new FormErrors(problem.errors());
  }

  public boolean any() {
    return !list.isEmpty();
  }

  /** The message for a field, or null when the field is fine. */
  public String message(String field) {
    return list.stream().filter(e -> e.field().equals(field)).map(Problem.FieldError::message).findFirst().orElse(null);
  }
}
