package uk.foitracker.rules;

import java.util.Objects;

/**
 * One reason why a request's events cannot be turned into a clock, worded for a GOV.UK error
 * summary or a 400 problem detail.
 *
 * @param eventIndex the position of the offending event in the list given to the clock, or {@link
 *     #NO_EVENT} when the problem is with the request as a whole
 * @param message a sentence for people, e.g. "Fee paid on 3 May 2023 but no fees notice had been
 *     issued before then."
 */
public record ClockProblem(int eventIndex, String message) {

  /** {@link #eventIndex()} when no single event is at fault. */
  public static final int NO_EVENT = -1;

  public ClockProblem {
    Objects.requireNonNull(message, "message");
  }
}
