package uk.foitracker.rules;

import static uk.foitracker.rules.ClockRun.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The second phase of {@link StatutoryClock}: count the working days from the day after the date of
 * receipt (FOIA s.10(1), EIR reg 5(2): day 1 is the first working day after it) up to the 20th, or
 * the 40th after an EIR reg 7(1) extension, skipping non-working days and disregarding the working
 * days of fee periods (FOIA s.10(2)). The count stops where the clock stops: at an unanswered
 * clarification request (FOIA s.1(3)) or an unpaid fees notice (FOIA s.9(2)).
 *
 * @param limit 20, or 40 after an EIR reg 7(1) extension
 * @param feePeriods the fee periods, paid ones first, then an unpaid one (its {@code paid} null)
 * @param days every day looked at, in order
 * @param statutoryDue the {@code limit}th working day, or null when the count stopped before it
 * @param day20 the 20th working day, or null when the count stopped before it
 * @param counted the working days counted
 * @param paused whether the clock is stopped (clarification) or paused (unpaid fee)
 * @param dayOne the first counted working day (the first working day after the date of receipt when
 *     none was counted)
 */
record DayCount(
    int limit,
    List<FeePeriod> feePeriods,
    List<Explanation.Day> days,
    LocalDate statutoryDue,
    LocalDate day20,
    int counted,
    boolean paused,
    LocalDate dayOne) {

  DayCount {
    feePeriods = List.copyOf(feePeriods);
    days = List.copyOf(days);
  }

  static DayCount count(WorkingDayCalendar calendar, EventWalk.Walked walked) {
    int limit =
        walked.reg7() != null
            ? StatutoryClock.EIR_EXTENDED_WORKING_DAYS
            : StatutoryClock.STANDARD_WORKING_DAYS;
    List<FeePeriod> feePeriods = new ArrayList<>(walked.feePeriods());
    if (walked.feeNoticePending() != null) {
      feePeriods.add(new FeePeriod(walked.feeNoticePending(), null));
    }
    LocalDate clarificationPendingSince = walked.clarificationPendingSince();
    List<Explanation.Day> days = new ArrayList<>();
    LocalDate statutoryDue = null;
    LocalDate day20 = null;
    int counted = 0;
    LocalDate d = walked.dateOfReceipt();
    boolean paused = false;
    while (true) {
      d = d.plusDays(1);
      if (clarificationPendingSince != null && !d.isBefore(clarificationPendingSince)) {
        paused = true;
        break;
      }
      Optional<NonWorkingDay> off = calendar.nonWorkingDay(d);
      if (off.isPresent()) {
        days.add(new Explanation.Skipped(d, off.get().reason()));
        continue;
      }
      FeePeriod fee = FeePeriod.containing(feePeriods, d);
      if (fee != null && fee.paid() == null) {
        paused = true;
        break;
      }
      if (fee != null) {
        days.add(new Explanation.Skipped(d, disregarded(fee)));
        continue;
      }
      counted++;
      days.add(new Explanation.Counted(counted, d));
      if (counted == StatutoryClock.STANDARD_WORKING_DAYS) {
        day20 = d;
      }
      if (counted == limit) {
        statutoryDue = d;
        break;
      }
    }
    if (clarificationPendingSince != null) {
      // Even when asked after the 20th working day: s.10(6)(b) makes the day the clarification
      // arrives the date of receipt, so there is no due date until then.
      paused = true;
    }
    LocalDate countFrom = walked.dateOfReceipt();
    LocalDate dayOne =
        days.stream()
            .filter(Explanation.Counted.class::isInstance)
            .map(Explanation.Day::date)
            .findFirst()
            .orElseGet(() -> calendar.addWorkingDays(countFrom, 1));
    return new DayCount(limit, feePeriods, days, statutoryDue, day20, counted, paused, dayOne);
  }

  private static String disregarded(FeePeriod fee) {
    return "Disregarded: fees notice given "
        + format(fee.notice())
        + ", fee received "
        + format(fee.paid())
        + " (FOIA s.10(2))";
  }
}
