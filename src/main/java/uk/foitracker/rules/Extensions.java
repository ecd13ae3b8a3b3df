package uk.foitracker.rules;

import static uk.foitracker.rules.ClockRun.format;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.rules.ClockEvent.ComplexVoluminousExtension;
import uk.foitracker.rules.ClockEvent.PublicInterestExtension;

/**
 * The third phase of {@link StatutoryClock}: apply the extensions to the counted due date and give
 * the warnings about notices given too late.
 */
final class Extensions {
  private final WorkingDayCalendar calendar;
  private final ClockRun run;

  private Extensions(WorkingDayCalendar calendar, ClockRun run) {
    this.calendar = calendar;
    this.run = run;
  }

  /**
   * The day the response is due: the counted due date, or the date set by a FOIA s.10(3) public
   * interest extension; null while the clock is paused. Adds a problem to {@code run} (and stops)
   * when the public interest date is not after the counted due date.
   *
   * @param events the events as given, to name the extension in a problem
   */
  static LocalDate apply(
      WorkingDayCalendar calendar,
      Regime regime,
      LocalDate received,
      List<ClockEvent> events,
      LocalDate today,
      EventWalk.Walked walked,
      DayCount count,
      ClockRun run) {
    Extensions extensions = new Extensions(calendar, run);
    LocalDate due = count.statutoryDue();
    PublicInterestExtension pi = walked.piExtension();
    if (pi != null && !count.paused()) {
      if (!pi.newDue().isAfter(count.statutoryDue())) {
        run.problem(
            events.indexOf(pi),
            "The new date for the public interest decision ("
                + format(pi.newDue())
                + ") must be after the original due date ("
                + format(count.statutoryDue())
                + ").");
        return null;
      }
      due = extensions.publicInterest(pi, count.statutoryDue());
    }
    if (walked.reg7() != null) {
      extensions.regulation7(walked.reg7(), count.day20());
    }
    extensions.lateNotices(regime, received, today, walked, count);
    return due;
  }

  /**
   * FOIA s.10(3): the authority need not comply "until such time as is reasonable in the
   * circumstances; but this subsection does not affect the time by which any notice under section
   * 17(1) must be given". The new date becomes the target; the s.17(1) refusal notice stays due on
   * the 20th working day; a warning when the new date is more than 20 working days beyond the
   * original (the ICO's guidance).
   */
  private LocalDate publicInterest(PublicInterestExtension pi, LocalDate statutoryDue) {
    LocalDate due = pi.newDue();
    int beyond = calendar.workingDaysBetween(statutoryDue, due);
    run.notes.add(
        "Time extended on "
            + format(pi.date())
            + " to consider the public interest: the response is due on "
            + format(due)
            + "; the s.17(1) refusal notice stayed due on "
            + format(statutoryDue)
            + " (FOIA s.10(3)).");
    if (beyond > StatutoryClock.PUBLIC_INTEREST_GUIDANCE_WORKING_DAYS) {
      run.warnings.add(
          "The public interest extension runs "
              + beyond
              + " working days beyond the original due date ("
              + format(statutoryDue)
              + "). The ICO expects no more than 20 further working days; s.10(3) allows only"
              + " a time that is reasonable in the circumstances.");
    }
    if (pi.date().isAfter(statutoryDue)) {
      run.warnings.add(
          "The s.17(2) notice extending time was given on "
              + format(pi.date())
              + ", after the 20th working day ("
              + format(statutoryDue)
              + "); s.10(3) does not extend the time for that notice.");
    }
    return due;
  }

  /**
   * EIR reg 7(1): 40 working days for complex and voluminous information (the reg 14(2) refusal
   * notice moves with it, reg 7(2)); the applicant must be told within 20 working days (reg 7(3)).
   */
  private void regulation7(ComplexVoluminousExtension reg7, LocalDate day20) {
    run.notes.add(
        "Extended on "
            + format(reg7.date())
            + " to 40 working days: complex and voluminous information (EIR reg 7(1)).");
    if (day20 != null && reg7.date().isAfter(day20)) {
      run.warnings.add(
          "The applicant was told of the extension on "
              + format(reg7.date())
              + ", after the 20th working day ("
              + format(day20)
              + "); EIR reg 7(3) requires notice within 20 working days of receipt.");
    }
  }

  /**
   * EIR reg 9(2)(a): particulars asked for within 20 working days; FOIA s.9(1): a fees notice
   * within the time for complying (given later, it does not move the due date); FOIA s.9(2): the
   * fee paid within three months.
   */
  private void lateNotices(
      Regime regime, LocalDate received, LocalDate today, EventWalk.Walked walked, DayCount count) {
    for (LocalDate asked : walked.clarificationRequests()) {
      LocalDate limitForAsking =
          calendar.addWorkingDays(received, StatutoryClock.STANDARD_WORKING_DAYS);
      if (regime == Regime.EIR && asked.isAfter(limitForAsking)) {
        run.warnings.add(
            "Further particulars were asked for on "
                + format(asked)
                + ", more than 20 working days after receipt; EIR reg 9(2)(a) requires the"
                + " request within 20 working days.");
      }
    }
    LocalDate statutoryDue = count.statutoryDue();
    for (FeePeriod fee : count.feePeriods()) {
      if (statutoryDue != null && fee.notice().isAfter(statutoryDue)) {
        run.warnings.add(
            "The fees notice of "
                + format(fee.notice())
                + " was given after the due date ("
                + format(statutoryDue)
                + "); FOIA s.9(1) requires it within the time for complying, and it does not move"
                + " the due date.");
      }
    }
    if (walked.feeNoticePending() != null) {
      run.checkFeeTime(regime, walked.feeNoticePending(), today, false);
    }
  }
}
