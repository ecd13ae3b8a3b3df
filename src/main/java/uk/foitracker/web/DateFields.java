package uk.foitracker.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads dates people type: the three boxes of a GOV.UK date input, or an ISO date in the API, with
 * the GOV.UK pattern's error messages.
 */
public final class DateFields {
  /**
   * A box holds ASCII digits only: no sign, no other script's digits (Integer.parseInt takes both).
   */
  static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** YYYY-MM-DD with a 4-digit year (LocalDate.parse also takes "+999999999-12-31"). */
  static final Pattern ISO = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private DateFields() {}

  /**
   * The date from day, month and year boxes; {@code what} names it in messages ("Date the request
   * was received"). Throws {@link ValidationProblem} for field {@code field}.
   */
  public static LocalDate fromBoxes(
      String field, String what, String day, String month, String year) {
    boolean noDay = blank(day);
    boolean noMonth = blank(month);
    boolean noYear = blank(year);
    if (noDay && noMonth && noYear) {
      throw ValidationProblem.of(field, "Enter the " + lower(what));
    }
    if (noDay || noMonth || noYear) {
      String missing = noDay ? "day" : noMonth ? "month" : "year";
      throw ValidationProblem.of(field, what + " must include a " + missing);
    }
    if (!DIGITS.matcher(day.strip()).matches()
        || !DIGITS.matcher(month.strip()).matches()
        || !DIGITS.matcher(year.strip()).matches()) {
      throw ValidationProblem.of(field, what + " must be a real date");
    }
    try {
      int y = Integer.parseInt(year.strip());
      if (year.strip().length() != 4) {
        throw ValidationProblem.of(field, "Year must include 4 numbers");
      }
      return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      throw ValidationProblem.of(field, what + " must be a real date");
    }
  }

  /** An ISO date (YYYY-MM-DD) from an API parameter. */
  public static LocalDate fromIso(String field, String what, String value) {
    if (blank(value)) {
      throw ValidationProblem.of(field, "Give the " + lower(what) + " as YYYY-MM-DD");
    }
    try {
      if (!ISO.matcher(value.strip()).matches()) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ValidationProblem.of(
          field,
          what
              + " must be a real date written as YYYY-MM-DD, not '"
              + Texts.shorten(value, 30)
              + "'");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String lower(String what) {
    return Character.toLowerCase(what.charAt(0)) + what.substring(1);
  }
}
