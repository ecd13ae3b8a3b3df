package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The time for compliance under the Freedom of Information (Time for Compliance with Request)
 * Regulations 2004 (SI 2004/3364) and the later Regulations of 2009 (SI 2009/1369, Northern Ireland
 * schools) and 2010 (SI 2010/2768, Academies).
 *
 * <ul>
 *   <li>Schools, reg 3(2): "subsections (1) and (2) of section 10 of the Act have effect as if any
 *       reference to the twentieth working day following the date of receipt were a reference to
 *       either— (a) the twentieth working day following the date of receipt, disregarding any
 *       working day which, in relation to the school referred to in paragraph (1), is not a school
 *       day, or (b) the sixtieth working day following the date of receipt, whichever occurs
 *       first." Reg 3(3): "'School day' ... means any day on which, at the school ..., there is a
 *       session." Without the school's calendar the due date lies between the 20th and the 60th
 *       working day, and only a response after the 60th is certainly late.
 *   <li>Archives, reg 4: a request to an appropriate records authority for information in a
 *       transferred public record that is not open information: the thirtieth working day.
 *   <li>Armed forces operations (reg 5) and information held outside the UK (reg 6): the day the
 *       Information Commissioner specifies, "not later than the sixtieth working day following the
 *       date of receipt"; without the Commissioner's day, the 20th working day stands.
 * </ul>
 *
 * <p>The Regulations are made under FOIA s.10(4), so they vary FOIA only: an EIR request is due on
 * the 20th working day (reg 5(2)) whatever the authority.
 */
public final class TimeForCompliance {
  private TimeForCompliance() {}

  /** SI 2004/3364 reg 3(2)(b), reg 5 and reg 6: the sixtieth working day. */
  public static final int LONGEST_WORKING_DAYS = 60;

  /** SI 2004/3364 reg 4: the thirtieth working day. */
  public static final int ARCHIVES_WORKING_DAYS = 30;

  /**
   * The due date, or the range it lies in when it depends on a calendar not known here.
   *
   * @param earliest the earliest the due date can be
   * @param latest the latest it can be: a response after it is certainly late
   * @param basis the provision that sets it
   */
  public record Limit(LocalDate earliest, LocalDate latest, String basis) {
    public Limit {
      Objects.requireNonNull(earliest, "earliest");
      Objects.requireNonNull(latest, "latest");
      Objects.requireNonNull(basis, "basis");
    }

    /** Whether the due date is known exactly. */
    public boolean exact() {
      return earliest.equals(latest);
    }
  }

  /**
   * The time for compliance with a request received on {@code received}.
   *
   * @param schoolDay for a school, whether there is a session on a day; null when not known
   * @param commissionerDay for reg 5 or 6, the day the Commissioner specified; null when none
   * @throws OutsideCalendarException if the count leaves the calendar's years
   */
  public static Limit limit(
      AuthorityType type,
      Regime regime,
      LocalDate received,
      WorkingDayCalendar calendar,
      Predicate<LocalDate> schoolDay,
      LocalDate commissionerDay) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(calendar, "calendar");
    LocalDate standard = calendar.addWorkingDays(received, StatutoryClock.STANDARD_WORKING_DAYS);
    if (regime != Regime.FOIA || type == AuthorityType.STANDARD) {
      return new Limit(standard, standard, regime == Regime.FOIA ? "s.10(1)" : "reg 5(2)");
    }
    LocalDate sixtieth = calendar.addWorkingDays(received, LONGEST_WORKING_DAYS);
    if (type.school()) {
      if (schoolDay == null) {
        return new Limit(standard, sixtieth, type.basis());
      }
      LocalDate d = received;
      int counted = 0;
      while (counted < StatutoryClock.STANDARD_WORKING_DAYS && d.isBefore(sixtieth)) {
        d = d.plusDays(1);
        if (calendar.isWorkingDay(d) && schoolDay.test(d)) {
          counted++;
        }
      }
      return new Limit(d, d, type.basis());
    }
    if (type == AuthorityType.ARCHIVES) {
      LocalDate thirtieth = calendar.addWorkingDays(received, ARCHIVES_WORKING_DAYS);
      return new Limit(thirtieth, thirtieth, type.basis());
    }
    // reg 5 and reg 6: only with the Commissioner's day, never beyond the sixtieth working day
    if (commissionerDay == null || !commissionerDay.isAfter(standard)) {
      return new Limit(standard, standard, "s.10(1)");
    }
    LocalDate day = commissionerDay.isAfter(sixtieth) ? sixtieth : commissionerDay;
    return new Limit(day, day, type.basis());
  }

  /**
   * The latest due date for {@code type}, from the statutory one worked out by the clock: the clock
   * counts 20 working days and moves them for clarification, fees and extensions; the Regulations
   * add the working days between the 20th and their own latest day. Equal to {@code statutoryDue}
   * for a standard authority and under the EIR.
   */
  public static LocalDate latestDue(
      AuthorityType type,
      Regime regime,
      LocalDate received,
      LocalDate statutoryDue,
      WorkingDayCalendar calendar) {
    Limit limit = limit(type, regime, received, calendar, null, null);
    LocalDate standard = calendar.addWorkingDays(received, StatutoryClock.STANDARD_WORKING_DAYS);
    int extra = calendar.workingDaysBetween(standard, limit.latest());
    return extra <= 0 ? statutoryDue : calendar.addWorkingDays(statutoryDue, extra);
  }
}
