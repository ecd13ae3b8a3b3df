package uk.foitracker.evidence;

import java.util.List;

/**
 * One case's evidence, for the auditor.
 *
 * @param key how the evidence page and its letter address the case: its reference, or "case-" and
 *     its id
 * @param reference the case's reference as stated
 * @param title its title
 * @param regime FOIA or EIR
 * @param clock the statutory clock's summary lines
 * @param events the clock's events, in the order recorded
 * @param trail the audit trail's events for the request, in order
 * @param hasLetter whether a letter can be drafted (the case has the system's reference)
 */
record EvidenceView(
    String key,
    String reference,
    String title,
    String regime,
    List<Line> clock,
    List<ClockEventLine> events,
    List<TrailLine> trail,
    boolean hasLetter) {

  /** A key and its value. */
  record Line(String key, String value) {}

  /** One clock event: its day, what happened, and the day it sets, if any. */
  record ClockEventLine(String date, String what, String extraDate) {}

  /** One audit event: its place in the chain, when, who, what. */
  record TrailLine(String position, String when, String actor, String action, String summary) {}
}
