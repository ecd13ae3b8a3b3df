package uk.foitracker.rules.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.ClockStatus;

/**
 * Where a request with no response sent stands, in the categories of the Cabinet Office's "Freedom
 * of Information statistics" bulletins (Table 1, "status at time of monitoring", and Table 3,
 * "timeliness of response"; definitions in the bulletin's explanatory notes and the FOI statistics
 * "Quality and Methodology Information", gov.uk/government/statistics/foi-statistics-supporting-
 * documents/quality-and-methodology-information):
 *
 * <ul>
 *   <li>{@link #LAPSED}: withdrawn or lapsed. The bulletin counts apart requests that lapsed, for
 *       example because a fee was not paid or clarification was not given. A fees notice unpaid for
 *       three months beginning with the day it was given: the authority is not obliged to comply
 *       (FOIA s.9(2)). Clarification asked for and not given within three months: the ICO (guidance
 *       "Time limits for compliance under FOIA") accepts that the request may then be closed. A
 *       request closed with no response is taken as withdrawn.
 *   <li>{@link #ON_HOLD}: "on hold" in the bulletin: waiting for the requester, for clarification
 *       (FOIA s.1(3), EIR reg 9(2)) or a fee (FOIA s.9(2), s.10(2); EIR reg 8), the clock stopped.
 *   <li>{@link #OVERDUE}: still open and past its deadline (FOIA s.10(1), EIR reg 5(2), or a
 *       permitted extension). It already counts against timeliness: its response can no longer be
 *       in time. This is the fix for a statistics page that said "100% in time" while two open
 *       requests were overdue.
 *   <li>{@link #NOT_YET_DUE}: the bulletin's "response still pending", not yet due: left out of the
 *       timeliness percentage until it is answered or falls due.
 *   <li>{@link #NOT_KNOWN}: no received date (or no calendar for it), so no deadline to judge.
 * </ul>
 */
public enum OpenStatus {
  NOT_YET_DUE,
  OVERDUE,
  ON_HOLD,
  LAPSED,
  NOT_KNOWN;

  /** Months a fee (FOIA s.9(2)) or clarification may be awaited before the request lapses. */
  public static final int LAPSES_AFTER_MONTHS = 3;

  /**
   * The status of an open request.
   *
   * @param clock where its statutory clock stands today
   * @param pausedSince the day the clock was stopped for clarification or a fee, if it is
   * @param closed whether the request was closed without a response (withdrawn)
   * @param today the day of monitoring
   */
  public static OpenStatus of(
      ClockStatus clock, Optional<LocalDate> pausedSince, boolean closed, LocalDate today) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(pausedSince, "pausedSince");
    Objects.requireNonNull(today, "today");
    if (closed) {
      return LAPSED;
    }
    return switch (clock) {
      case RUNNING -> NOT_YET_DUE;
      case OVERDUE -> OVERDUE;
      case PAUSED_CLARIFICATION, PAUSED_FEES ->
          // "three months beginning with the day on which the fees notice is given" (s.9(2)): the
          // last day of the period is the day before the same date three months on
          pausedSince.isPresent()
                  && !today.isBefore(pausedSince.get().plusMonths(LAPSES_AFTER_MONTHS))
              ? LAPSED
              : ON_HOLD;
      case STOPPED_SENT -> throw new IllegalArgumentException("The response was sent");
    };
  }
}
