package uk.foitracker.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The errors of a form, for the error summary and each field's inline message. Each summary link
 * goes to the field's id, or to the id given in {@code anchors} when the input's id differs from
 * the field's name (e.g. "questions[1].number" on input "question-1-number").
 */
public record FormErrors(List<Problem.FieldError> list, Map<String, String> anchors) {
  public static final FormErrors NONE = new FormErrors(List.of());

  public FormErrors {
    list = List.copyOf(list);
    anchors = Map.copyOf(anchors);
  }

  public FormErrors(List<Problem.FieldError> list) {
    this(list, Map.of());
  }

  public static FormErrors of(ValidationProblem problem) {
    return new FormErrors(problem.errors());
  }

  /** The errors, each linking to the input id that {@code inputId} gives for its field. */
  public static FormErrors of(List<Problem.FieldError> errors, Function<String, String> inputId) {
    return new FormErrors(
        errors,
        errors.stream()
            .map(Problem.FieldError::field)
            .distinct()
            .collect(Collectors.toMap(f -> f, inputId)));
  }

  public boolean any() {
    return !list.isEmpty();
  }

  /** The message for a field, or null when the field is fine. */
  public String message(String field) {
    return list.stream()
        .filter(e -> e.field().equals(field))
        .map(Problem.FieldError::message)
        .findFirst()
        .orElse(null);
  }

  public boolean has(String field) {
    return message(field) != null;
  }

  /** The id of the input the summary links to for a field. */
  public String anchor(String field) {
    return anchors.getOrDefault(field, field);
  }
}
