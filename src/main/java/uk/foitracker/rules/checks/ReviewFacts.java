package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.ReviewOutcome;

/**
 * One internal review (FOIA Code of Practice part 5) or reconsideration (EIR reg 11).
 *
 * @param number 1, 2, ...
 * @param requested when the requester asked for it, if stated
 * @param acknowledged when the authority acknowledged it, if stated
 * @param statedDue the date the authority said it would decide by, if stated
 * @param decided when the decision was sent, if stated (empty while undecided)
 * @param outcome the decision, if one was given
 */
public record ReviewFacts(
    int number,
    Optional<LocalDate> requested,
    Optional<LocalDate> acknowledged,
    Optional<LocalDate> statedDue,
    Optional<LocalDate> decided,
    Optional<ReviewOutcome> outcome) {

  public ReviewFacts {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(acknowledged, "acknowledged");
    Objects.requireNonNull(statedDue, "statedDue");
    Objects.requireNonNull(decided, "decided");
    Objects.requireNonNull(outcome, "outcome");
  }
}
