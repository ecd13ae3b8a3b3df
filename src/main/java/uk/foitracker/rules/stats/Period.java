package uk.foitracker.rules.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar quarter (Q1 January to March ... Q4 October to December), the period of the
 * government's quarterly FOI bulletins, which report calendar quarters and calendar years by date
 * of receipt. A request with no received date has no period.
 *
 * @param year the calendar year
 * @param quarter 1 to 4
 */
public record Period(int year, int quarter) implements Comparable<Period> {
  public Period {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
  }

  /** The quarter a day falls in. */
  public static Period of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** "Q1 2019 (Jan to Mar)". */
  public String label() {
    return "Q" + quarter + " " + year + " (" + MONTHS[quarter - 1] + ")";
  }

  /** "2019 Q1": sorts and reads in a spreadsheet. */
  public String code() {
    return year + " Q" + quarter;
  }

  private static final String[] MONTHS = {"Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec"};

  @Override
  public int compareTo(Period o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }
}
