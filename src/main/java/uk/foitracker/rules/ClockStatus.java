package uk.foitracker.rules;

/** Where the statutory clock stands, derived from the events; never stored. */
public enum ClockStatus {
  /** Counting, due date not yet passed. */
  RUNNING,
  /** Counting and the due date has passed without a response: overdue (FOIA s.10(1)). */
  OVERDUE,
  /** Stopped: the authority asked for clarification (FOIA s.1(3); EIR reg 9(2)). */
  PAUSED_CLARIFICATION,
  /** Paused: a fees notice is unpaid (FOIA s.9(2), s.10(2); EIR reg 8). */
  PAUSED_FEES,
  /** Stopped: the response was sent. */
  STOPPED_SENT
}
