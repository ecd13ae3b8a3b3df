package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's statutory clock as at a day, derived from its events by {@link StatutoryClock}.
 *
 * @param regime FOIA or EIR
 * @param received the day the request was received
 * @param asOf the day the figures are worked out for: the day the response was sent, or today
 * @param status where the clock stands
 * @param workingDayLimit 20, or 40 after an EIR reg 7 extension
 * @param due the day the response is due: the 20th (40th) working day, or the date set by a FOIA
 *     s.10(3) public interest extension; empty while the clock is stopped for clarification or
 *     paused for an unpaid fee, because it depends on a day not yet known
 * @param refusalNoticeDue the day by which a refusal notice is due: FOIA s.17(1), which s.10(3)
 *     does not move, so it stays on the 20th working day after a public interest extension; EIR reg
 *     14(2), moved to the 40th by reg 7(2)
 * @param workingDaysUsed working days counted from day 1 to {@code asOf} (fee periods disregarded);
 *     0 while waiting for clarification, since those days will not carry over
 * @param workingDaysLeft working days after {@code asOf} up to the due date; negative when late
 * @param late whether {@code asOf} is after the due date
 * @param lateByWorkingDays working days after the due date up to {@code asOf}; 0 when not late
 * @param warnings things the law or the ICO's guidance frowns on but which do not stop the clock
 * @param review the internal review clock, once a review is asked for
 * @param explanation how the due date was counted
 * @param calendar the name of the calendar used
 */
public record ClockResult(
    Regime regime,
    LocalDate received,
    LocalDate asOf,
    ClockStatus status,
    int workingDayLimit,
    Optional<LocalDate> due,
    Optional<LocalDate> refusalNoticeDue,
    int workingDaysUsed,
    int workingDaysLeft,
    boolean late,
    int lateByWorkingDays,
    List<String> warnings,
    Optional<ReviewClock> review,
    Explanation explanation,
    String calendar) {

  public ClockResult {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(refusalNoticeDue, "refusalNoticeDue");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(calendar, "calendar");
    warnings = List.copyOf(warnings);
  }

  /** Not late (so far, while the clock runs). */
  public boolean onTime() {
    return !late;
  }
}
