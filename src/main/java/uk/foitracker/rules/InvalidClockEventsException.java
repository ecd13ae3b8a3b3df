package uk.foitracker.rules;

import java.util.List;

/**
 * The events of a request are in an impossible order or contradict the regime, e.g. a fee paid
 * without a fees notice. Carries every problem found, not just the first.
 */
public final class InvalidClockEventsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ClockProblem> problems;

  InvalidClockEventsException(List<ClockProblem> problems) {
    super(
        "Invalid clock events: "
            + String.join(" ", problems.stream().map(ClockProblem::message).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in event order. */
  public List<ClockProblem> problems() {
    return problems;
  }
}
