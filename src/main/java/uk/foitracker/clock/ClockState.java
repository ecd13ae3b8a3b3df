package uk.foitracker.clock;

import uk.foitracker.rules.ClockStatus;

/**
 * Where a request's clock stands whatever the day: what {@link
 * uk.foitracker.request.ClockSummaries} stores on the request. It has no "overdue", which depends
 * on today: the queue derives it as a due date before today while the clock is {@link #RUNNING}.
 */
public enum ClockState {
  /** Counting towards the due date (on time or overdue, as at whichever day). */
  RUNNING,
  /** Stopped: waiting for the clarification asked for (FOIA s.1(3); EIR reg 9). */
  PAUSED_CLARIFICATION,
  /** Paused: a fees notice is unpaid (FOIA s.9(2), s.10(2); EIR reg 8). */
  PAUSED_FEES,
  /** Stopped: the response was sent. */
  STOPPED_SENT;

  /** The state of a clock worked out as at some day. */
  public static ClockState of(ClockStatus status) {
    return switch (status) {
      case RUNNING, OVERDUE -> RUNNING;
      case PAUSED_CLARIFICATION -> PAUSED_CLARIFICATION;
      case PAUSED_FEES -> PAUSED_FEES;
      case STOPPED_SENT -> STOPPED_SENT;
    };
  }
}
