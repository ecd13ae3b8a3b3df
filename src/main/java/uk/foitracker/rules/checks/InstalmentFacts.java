package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One instalment of the response.
 *
 * @param number 1, 2, ...
 * @param sent when it was sent, if stated
 * @param questionNumbers the questions it answered
 * @param moreToFollow whether it said more was to follow
 */
public record InstalmentFacts(
    int number, Optional<LocalDate> sent, List<Integer> questionNumbers, boolean moreToFollow) {

  public InstalmentFacts {
    Objects.requireNonNull(sent, "sent");
    questionNumbers = List.copyOf(questionNumbers);
  }
}
