package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;

/**
 * One question, its outcome, its answer and the provisions cited for it.
 *
 * @param number the question's number
 * @param text the question verbatim
 * @param outcome the recorded outcome, empty when not stated
 * @param answerKey identifies the answer; questions answered together share it; null if unanswered
 * @param answerText the answer's words (empty if unanswered)
 * @param tables the answer's tables
 * @param citations the provisions cited for this question
 */
public record QuestionFacts(
    int number,
    String text,
    Optional<Outcome> outcome,
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

  /** One whose outcome is {@code outcome}, or not stated when it is null. */
  public QuestionFacts(
      int number,
      String text,
      Outcome outcome,
      String answerKey,
      String answerText,
      List<TableFacts> tables,
      List<CitationFacts> citations) {
    this(number, text, Optional.ofNullable(outcome), answerKey, answerText, tables, citations);
  }

  /** Whether the recorded outcome is {@code o} (never, when not stated). */
  public boolean outcomeIs(Outcome o) {
    return outcome.isPresent() && outcome.get() == o;
  }

  /** Refused or denied in whole or part, by its outcome or by the grounds cited. */
  public boolean refuses() {
    return outcome.map(Outcome::refuses).orElse(false)
        || citations.stream().anyMatch(c -> c.role().refuses());
  }

  /**
   * Relies on an exemption, the cost limit or s.14 (FOIA s.17(1), (5)), or on an EIR exception (reg
   * 14(1)), or neither confirms nor denies: a refusal notice is given for it. Citing s.17(1) makes
   * it one only where the information is not simply not held: a FOIA "not held" answer is a denial
   * under s.1(1)(a), whatever section it mentions. Under the EIR not held is itself an exception
   * (reg 12(4)(a)), so a reg 14 citation makes it a refusal notice.
   */
  public boolean givesRefusalNotice() {
    if (outcomeIs(Outcome.REFUSED_COST_LIMIT)
        || outcomeIs(Outcome.REFUSED_EXEMPTION)
        || outcomeIs(Outcome.NEITHER_CONFIRM_NOR_DENY)) {
      return true;
    }
    boolean ground =
        citations.stream()
            .anyMatch(
                c ->
                    c.role() == CitationRole.EXEMPTION
                        || c.role() == CitationRole.COST_LIMIT
                        || c.type() == ProvisionKind.REFUSAL
                        || (c.type().isExemption() && c.role().refuses()));
    if (ground) {
      return true;
    }
    boolean notHeld =
        outcomeIs(Outcome.NOT_HELD)
            || citations.stream()
                .anyMatch(c -> c.role() == CitationRole.DENIAL || c.type() == ProvisionKind.DENIAL);
    return citations.stream()
        .anyMatch(
            c ->
                c.code().equals(CitationFacts.EIR_REFUSAL_NOTICE)
                    || (c.isRefusalNoticeProvision() && !notHeld));
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
