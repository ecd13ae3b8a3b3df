package uk.foitracker.web;

import java.util.List;
import uk.foitracker.web.Problem.FieldError;

/** Small text helpers for messages. */
public final class Texts {
  private Texts() {}

  /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
  public static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /**
   * A required text field of a form, stripped: null with an error added when blank or longer than
   * 20,000 characters.
   */
  public static String required(
      String value, String field, String message, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, message));
      return null;
    }
    if (value.length() > 20000) {
      errors.add(new FieldError(field, "This must be 20,000 characters or fewer"));
      return null;
    }
    return value.strip();
  }
}
