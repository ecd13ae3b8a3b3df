package uk.foitracker.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as a person typed it: the day, month and year boxes of the GOV.UK date input, or an ISO
 * date from the API. Kept as typed so a form with errors shows it again.
 */
public record DateField(String day, String month, String year) {

  public DateField {
    day = trim(day);
    month = trim(month);
    year = trim(year);
  }

  public static DateField empty() {
    return new DateField("", "", "");
  }

  public static DateField of(LocalDate date) {
    return date == null
        ? empty()
        : new DateField(
            String.valueOf(date.getDayOfMonth()),
            String.valueOf(date.getMonthValue()),
            year(date.getYear()));
  }

  /** From an API value "2026-11-20"; anything else keeps the text so the error can say so. */
  public static DateField iso(String value) {
    if (value == null || value.isBlank()) {
      return empty();
    }
    try {
      if (!DateFields.ISO.matcher(value.strip()).matches()) {
        return new DateField("?", "?", "?");
      }
      return of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return new DateField("?", "?", "?");
    }
  }

  public boolean isBlank() {
    return day.isEmpty() && month.isEmpty() && year.isEmpty();
  }

  /**
   * The date, or the GOV.UK error message for what is wrong with it.
   *
   * @param name how the message names the date, e.g. "Date received"
   */
  public Result parse(String name, String missingMessage) {
    if (isBlank()) {
      return Result.error(missingMessage);
    }
    StringBuilder missing = new StringBuilder();
    if (day.isEmpty()) {
      missing.append("a day");
    }
    if (month.isEmpty()) {
      missing.append(missing.length() > 0 ? " and a month" : "a month");
    }
    if (year.isEmpty()) {
      missing.append(missing.length() > 0 ? " and a year" : "a year");
    }
    if (missing.length() > 0) {
      return Result.error(name + " must include " + missing);
    }
    if (!DateFields.DIGITS.matcher(day).matches()
        || !DateFields.DIGITS.matcher(month).matches()
        || !DateFields.DIGITS.matcher(year).matches()) {
      return Result.error(name + " must be a real date");
    }
    try {
      int y = Integer.parseInt(year);
      if (year.length() != 4) {
        return Result.error(name + " must include a year with 4 numbers, for example 2026");
      }
      return Result.ok(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (NumberFormatException | DateTimeException e) {
      return Result.error(name + " must be a real date");
    }
  }

  /** The year as typed in the box: 4 digits, so year 24 reads "0024" and parses back. */
  private static String year(int year) {
    return year >= 0 && year < 1000 ? String.format(Locale.ROOT, "%04d", year) : "" + year;
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  /** A parsed date or an error message. */
  public record Result(Optional<LocalDate> date, String error) {
    static Result ok(LocalDate date) {
      return new Result(Optional.of(date), null);
    }

    static Result error(String message) {
      return new Result(Optional.empty(), message);
    }
  }
}
