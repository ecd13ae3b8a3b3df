package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Objects;

/**
 * One question, its outcome, its answer and the provisions cited for it.
 *
 * @param number the question's number
 * @param text the question verbatim
 * @param outcome the recorded outcome
 * @param answerKey identifies the answer; questions answered together share it; null if unanswered
 * @param answerText the answer's words (empty if unanswered)
 * @param tables the answer's tables
 * @param citations the provisions cited for this question
 */
public record QuestionFacts(
    int number,
    String text,
    QuestionOutcome outcome,
    String answerKey,
    String answerText,
    List<TableFacts> tables,
    List<CitationFacts> citations) {

  public QuestionFacts {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outcome, "outcome");
    answerText = answerText == null ? "" : answerText;
    tables = List.copyOf(tables);
    citations = List.copyOf(citations);
  }

  /** Refused or denied in whole or part, by its outcome or by the grounds cited. */
  public boolean refuses() {
    return outcome.refuses() || citations.stream().anyMatch(c -> c.role().refuses());
  }

  /**
   * Relies on an exemption, the cost limit or s.14, or says so with a s.17 citation: a refusal
   * notice is given for it (s.17(1), (5)).
   */
  public boolean givesRefusalNotice() {
    return outcome == QuestionOutcome.REFUSED_COST_LIMIT
        || outcome == QuestionOutcome.REFUSED_EXEMPTION
        || outcome == QuestionOutcome.NEITHER_CONFIRM_NOR_DENY
        || citations.stream()
            .anyMatch(
                c ->
                    c.role() == CitedAs.EXEMPTION
                        || c.role() == CitedAs.COST_LIMIT
                        || c.type() == ProvisionType.REFUSAL
                        || c.isRefusalNoticeProvision());
  }

  /** The answer's words and its tables' captions and column labels. */
  public String answerWords() {
    StringBuilder b = new StringBuilder(answerText);
    for (TableFacts t : tables) {
      b.append('\n').append(t.caption());
      t.columns().forEach(c -> b.append('\n').append(c));
    }
    return b.toString();
  }
}
