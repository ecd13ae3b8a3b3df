package uk.foitracker.rules;

import java.time.LocalDate;

/**
 * A date outside the years that the {@link WorkingDayCalendar} covers. The clock refuses to guess
 * rather than count a day that might be a bank holiday as a working day.
 */
public final class OutsideCalendarException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalDate date;
  private final int firstYear;
  private final int lastYear;

  OutsideCalendarException(LocalDate date, int firstYear, int lastYear) {
    super(
        "The working-day calendar covers "
            + firstYear
            + " to "
            + lastYear
            + " only; "
            + date
            + " is outside it. A deadline that reaches past "
            + lastYear
            + " cannot be worked out until the calendar is extended.");
    this.date = date;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** The date that was asked about. */
  public LocalDate date() {
    return date;
  }

  /** The first year the calendar covers. */
  public int firstYear() {
    return firstYear;
  }

  /** The last year the calendar covers. */
  public int lastYear() {
    return lastYear;
  }
}
