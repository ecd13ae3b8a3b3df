package uk.foitracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them ("1 September 2022"), and "Not stated" for a date nobody gave. */
public final class Dates {
  public static final String NOT_STATED = "Not stated";
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WITH_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private Dates() {}

  public static String display(LocalDate date) {
    return date == null ? NOT_STATED : LONG.format(date);
  }

  public static String withDay(LocalDate date) {
    return date == null ? NOT_STATED : WITH_DAY.format(date);
  }
}
