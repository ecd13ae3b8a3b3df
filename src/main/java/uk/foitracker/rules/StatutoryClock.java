package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory clock of a request, computed from its events and never stored.
 *
 * <ul>
 *   <li>FOIA s.10(1): comply "promptly and in any event not later than the twentieth working day
 *       following the date of receipt"; EIR reg 5(2) the same. Day 1 is the first working day after
 *       the date of receipt, whatever day the request arrived on.
 *   <li>FOIA s.1(3) and s.10(6)(b): when the authority asks for the information it reasonably
 *       requires to identify and locate what is asked for, the clock stops; the "date of receipt"
 *       becomes the day the clarification is received and a fresh 20 working days starts the day
 *       after. Days used before do not carry over. EIR reg 9(4): the day the further particulars
 *       are received "shall be treated as the date after which the period of 20 working days ...
 *       shall be calculated".
 *   <li>FOIA s.10(2): "the working days in the period beginning with the day on which the fees
 *       notice is given to the applicant and ending with the day on which the fee is received by
 *       the authority are to be disregarded". Read literally, both end days are disregarded too
 *       (when they are working days): the count pauses on the notice day and resumes on the first
 *       working day after the fee arrives, so the due date moves later by exactly the number of
 *       working days in that closed period, if the period falls before the due date. A fees notice
 *       given after the due date cannot move it (s.9(1) requires the notice within the time for
 *       complying). The EIR advance-payment rule (reg 8) is treated the same way.
 *   <li>FOIA s.10(3): with a public interest extension the authority need not comply "until such
 *       time as is reasonable in the circumstances; but this subsection does not affect the time by
 *       which any notice under section 17(1) must be given". The new date becomes the target; the
 *       s.17(1) refusal notice stays due on the 20th working day; a warning when the new date is
 *       more than 20 working days beyond the original (the ICO's guidance).
 *   <li>EIR reg 7(1): extension to 40 working days for complex and voluminous information; the reg
 *       14(2) refusal notice moves with it (reg 7(2)).
 *   <li>Internal review: FOIA s.45 Code of Practice (2018) para 5.4, 20 working days, 40 at most;
 *       EIR reg 11(4), 40 working days.
 * </ul>
 *
 * <p>Thread-safe and stateless apart from its calendar.
 */
public final class StatutoryClock {

  /** FOIA s.10(1), EIR reg 5(2): the twentieth working day. */
  public static final int STANDARD_WORKING_DAYS = 20;

  /** EIR reg 7(1): "40 working days". */
  public static final int EIR_EXTENDED_WORKING_DAYS = 40;

  /** ICO guidance on s.10(3): no more than 20 further working days for the public interest. */
  public static final int PUBLIC_INTEREST_GUIDANCE_WORKING_DAYS = 20;

  /** FOIA s.45 Code para 5.4: review normally within 20 working days. */
  public static final int FOIA_REVIEW_WORKING_DAYS = 20;

  /** FOIA s.45 Code para 5.4 (at most) and EIR reg 11(4): 40 working days. */
  public static final int LONGEST_REVIEW_WORKING_DAYS = 40;

  private static final StatutoryClock UK_WIDE = new StatutoryClock(WorkingDayCalendar.ukWide());

  private final WorkingDayCalendar calendar;

  public StatutoryClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The clock on the UK-wide calendar. */
  public static StatutoryClock ukWide() {
    return UK_WIDE;
  }

  /** The calendar this clock counts on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The deadline calculator: the 20th working day after receipt (FOIA s.10(1), EIR reg 5(2)), on
   * the UK-wide calendar.
   *
   * @throws OutsideCalendarException if the count leaves the calendar's years
   */
  public static DueDate due(Regime regime, LocalDate received) {
    return UK_WIDE.deadline(regime, received, STANDARD_WORKING_DAYS);
  }

  /**
   * The deadline calculator for an EIR request extended under reg 7(1): the 40th working day after
   * receipt, on the UK-wide calendar.
   */
  public static DueDate dueWithRegulation7Extension(LocalDate received) {
    return UK_WIDE.deadline(Regime.EIR, received, EIR_EXTENDED_WORKING_DAYS);
  }

  /**
   * The {@code workingDays}th working day after {@code received}, with every day skipped.
   *
   * @param workingDays 20, or 40 for EIR only (reg 7(1))
   * @throws IllegalArgumentException for any other number, or 40 under FOIA
   */
  public DueDate deadline(Regime regime, LocalDate received, int workingDays) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    if (workingDays != STANDARD_WORKING_DAYS
        && !(workingDays == EIR_EXTENDED_WORKING_DAYS && regime == Regime.EIR)) {
      throw new IllegalArgumentException(
          "The time for compliance is 20 working days, or 40 under EIR regulation 7; not "
              + workingDays
              + " under "
              + regime);
    }
    List<NonWorkingDay> skipped = new ArrayList<>();
    LocalDate dayOne = null;
    LocalDate d = received;
    int counted = 0;
    while (counted < workingDays) {
      d = d.plusDays(1);
      Optional<NonWorkingDay> off = calendar.nonWorkingDay(d);
      if (off.isPresent()) {
        skipped.add(off.get());
      } else {
        counted++;
        if (counted == 1) {
          dayOne = d;
        }
      }
    }
    return new DueDate(regime, received, workingDays, dayOne, d, skipped, calendar.name());
  }

  /**
   * The problems that stop the events becoming a clock; empty when they are consistent.
   *
   * @param events in any order; they are taken in date order, and in list order on the same day
   */
  public List<ClockProblem> validate(
      Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today) {
    return run(regime, received, events, today).problems;
  }

  /**
   * The clock as at {@code today}.
   *
   * @param events in any order; they are taken in date order, and in list order on the same day
   * @param today the day to work the figures out for, while no response has been sent
   * @throws InvalidClockEventsException listing every problem when the events are inconsistent
   * @throws OutsideCalendarException if a date falls outside the calendar's years
   */
  public ClockResult calculate(
      Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today) {
    ClockRun run = run(regime, received, events, today);
    if (run.hasProblems()) {
      throw new InvalidClockEventsException(run.problems);
    }
    return run.result;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * One run of the clock, in four phases: walk the events ({@link EventWalk}), count the days
   * ({@link DayCount}), apply the extensions ({@link Extensions}), derive where the clock stands
   * ({@link Standing}). A problem found by the walk or the extensions ends the run.
   */
  private ClockRun run(
      Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(today, "today");
    ClockRun run = new ClockRun();
    if (today.isBefore(received)) {
      run.problem(
          ClockProblem.NO_EVENT,
          "The date received (" + ClockRun.format(received) + ") must be today or in the past.");
    }
    EventWalk.Walked walked = EventWalk.walk(regime, received, events, today, run);
    if (run.hasProblems()) {
      return run;
    }
    DayCount count = DayCount.count(calendar, walked);
    LocalDate due = Extensions.apply(calendar, regime, received, events, today, walked, count, run);
    if (run.hasProblems()) {
      return run;
    }
    run.result = Standing.derive(calendar, regime, received, today, walked, count, due, run);
    return run;
  }
}
