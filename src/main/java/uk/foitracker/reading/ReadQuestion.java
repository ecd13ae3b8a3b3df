package uk.foitracker.reading;

import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.Outcome;

/**
 * A question of the request, as the requester numbered it (or by its place when unnumbered).
 *
 * @param number the requester's number (1 for "1.", "Q1", "(a)"), or its place in the request
 * @param label the number as written ("1.", "Q1", "(a)", "•"), empty when unnumbered
 * @param text the question's words, without salutation or signature
 * @param span where the question was read
 * @param answerKey the answer it shares with others answered together ("answer-2"), null when no
 *     answer was found
 * @param answer the answer's words (empty when none was found)
 * @param answerSpan where the answer was read (null when none was found)
 * @param outcome what the answer does, when it can be told from its words
 * @param sure false when the questions were found without numbers or the outcome is a weak reading
 */
public record ReadQuestion(
    int number,
    String label,
    String text,
    Span span,
    String answerKey,
    String answer,
    Span answerSpan,
    Optional<Outcome> outcome,
    boolean sure) {
  public ReadQuestion {
    Objects.requireNonNull(text, "text");
    label = Objects.requireNonNullElse(label, "");
    answer = Objects.requireNonNullElse(answer, "");
    outcome = outcome == null ? Optional.empty() : outcome;
  }
}
