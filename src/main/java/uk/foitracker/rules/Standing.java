package uk.foitracker.rules;

import static uk.foitracker.rules.ClockRun.format;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The last phase of {@link StatutoryClock}: where the clock stands on the day the response was
 * sent, or today: its status, the working days used and left, whether it is late, and the internal
 * review clock.
 */
final class Standing {
  private record UsedAndLeft(int used, int left) {}

  private final WorkingDayCalendar calendar;
  private final Regime regime;
  private final ClockRun run;

  private Standing(WorkingDayCalendar calendar, Regime regime, ClockRun run) {
    this.calendar = calendar;
    this.regime = regime;
    this.run = run;
  }

  /** The result, as at the day the response was sent or {@code today}. */
  static ClockResult derive(
      WorkingDayCalendar calendar,
      Regime regime,
      LocalDate received,
      LocalDate today,
      EventWalk.Walked walked,
      DayCount count,
      LocalDate due,
      ClockRun run) {
    Standing standing = new Standing(calendar, regime, run);
    LocalDate sent = walked.sent();
    LocalDate asOf = sent != null ? sent : today;
    boolean paused = count.paused();
    ClockStatus status = standing.status(walked, paused, asOf, due);
    UsedAndLeft usedAndLeft = standing.usedAndLeft(walked, count, asOf, due);
    int used = usedAndLeft.used();
    int left = usedAndLeft.left();
    boolean late = due != null && !paused && asOf.isAfter(due);
    int lateBy = late ? calendar.workingDaysBetween(due, asOf) : 0;
    if (late) {
      left = -lateBy;
    }
    Optional<ReviewClock> review =
        Optional.ofNullable(walked.reviewRequested())
            .map(r -> standing.review(r, walked.reviewDecided(), today));
    return new ClockResult(
        regime,
        received,
        asOf,
        status,
        count.limit(),
        Optional.ofNullable(paused ? null : due),
        Optional.ofNullable(paused ? null : count.statutoryDue()),
        used,
        left,
        late,
        lateBy,
        run.warnings,
        review,
        new Explanation(walked.dateOfReceipt(), count.dayOne(), count.days(), run.notes),
        calendar.name());
  }

  private ClockStatus status(
      EventWalk.Walked walked, boolean paused, LocalDate asOf, LocalDate due) {
    if (walked.sent() != null) {
      if (paused) {
        run.warnings.add(
            "The response was sent while the clock was stopped for "
                + (walked.clarificationPendingSince() != null
                    ? "clarification."
                    : "an unpaid fee."));
      }
      return ClockStatus.STOPPED_SENT;
    } else if (walked.clarificationPendingSince() != null) {
      return ClockStatus.PAUSED_CLARIFICATION;
    } else if (paused) {
      return ClockStatus.PAUSED_FEES;
    }
    // also when a fees notice given after the due date is unpaid: it cannot move the due date
    return asOf.isAfter(due) ? ClockStatus.OVERDUE : ClockStatus.RUNNING;
  }

  /** The working days used and left, before lateness is taken into account. */
  private UsedAndLeft usedAndLeft(
      EventWalk.Walked walked, DayCount count, LocalDate asOf, LocalDate due) {
    int counted = count.counted();
    if (walked.clarificationPendingSince() != null) {
      run.notes.add(
          "Clock stopped on "
              + format(walked.clarificationPendingSince())
              + " waiting for clarification; "
              + counted
              + " working days had been used and do not carry over (FOIA s.1(3); EIR reg 9(4)).");
      return new UsedAndLeft(0, count.limit());
    } else if (count.paused()) {
      run.notes.add(
          "Clock paused from "
              + format(walked.feeNoticePending())
              + " until the fee is received; "
              + counted
              + " working days used (FOIA s.9(2), s.10(2)).");
      return new UsedAndLeft(counted, count.limit() - counted);
    }
    List<FeePeriod> paidPeriods =
        count.feePeriods().stream().filter(p -> p.paid() != null).toList();
    int used = countable(walked.dateOfReceipt(), asOf, paidPeriods);
    int left = asOf.isBefore(due) ? countable(asOf, due, paidPeriods) : 0;
    return new UsedAndLeft(used, left);
  }

  /** Working days after {@code fromExclusive} up to {@code toInclusive}, outside fee periods. */
  private int countable(LocalDate fromExclusive, LocalDate toInclusive, List<FeePeriod> fees) {
    int n = calendar.workingDaysBetween(fromExclusive, toInclusive);
    // less the working days inside fee periods, each day once (a period may start on the day the
    // one before it was paid)
    List<FeePeriod> sorted = fees.stream().sorted(Comparator.comparing(FeePeriod::notice)).toList();
    LocalDate counted = fromExclusive; // every day up to here is already taken off
    for (FeePeriod fee : sorted) {
      LocalDate start = fee.notice().isAfter(counted) ? fee.notice() : counted.plusDays(1);
      LocalDate end = fee.paid().isBefore(toInclusive) ? fee.paid() : toInclusive;
      if (!end.isBefore(start)) {
        n -= calendar.workingDaysBetween(start.minusDays(1), end);
        counted = end;
      }
    }
    return n;
  }

  /**
   * The internal review clock. FOIA: s.45 Code of Practice (2018) para 5.4, within 20 working days
   * of the request for review, 40 at most. EIR reg 11(4): "no later than 40 working days after the
   * date of receipt of the representations".
   */
  private ReviewClock review(LocalDate requested, LocalDate decided, LocalDate today) {
    int target =
        regime == Regime.FOIA
            ? StatutoryClock.FOIA_REVIEW_WORKING_DAYS
            : StatutoryClock.LONGEST_REVIEW_WORKING_DAYS;
    LocalDate due = calendar.addWorkingDays(requested, target);
    LocalDate latest =
        calendar.addWorkingDays(requested, StatutoryClock.LONGEST_REVIEW_WORKING_DAYS);
    LocalDate asOf = decided != null ? decided : today;
    boolean late = asOf.isAfter(due);
    int lateBy = late ? calendar.workingDaysBetween(due, asOf) : 0;
    ReviewClock.Status status;
    if (decided != null) {
      status = late ? ReviewClock.Status.DECIDED_LATE : ReviewClock.Status.DECIDED_ON_TIME;
    } else {
      status = late ? ReviewClock.Status.OVERDUE : ReviewClock.Status.PENDING;
    }
    if (regime == Regime.FOIA && late) {
      run.warnings.add(
          asOf.isAfter(latest)
              ? "The internal review has taken more than 40 working days (due by "
                  + format(latest)
                  + "), the most the s.45 Code of Practice (para 5.4) allows."
              : "The internal review has taken more than 20 working days (due "
                  + format(due)
                  + "); the s.45 Code of Practice (para 5.4) allows up to 40 ("
                  + format(latest)
                  + ") only where the review is complex or voluminous.");
    }
    return new ReviewClock(requested, due, latest, Optional.ofNullable(decided), status, lateBy);
  }
}
