package uk.foitracker.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.checks.CitationFacts;
import uk.foitracker.rules.checks.CostFacts;
import uk.foitracker.rules.checks.NoticeFacts;
import uk.foitracker.rules.checks.PublicInterestFacts;
import uk.foitracker.rules.checks.QuestionFacts;
import uk.foitracker.rules.checks.ResponseFacts;
import uk.foitracker.rules.checks.TableFacts;

/**
 * The facts the checks read, from a letter read as text: the same {@link ResponseFacts} a case
 * gives, so the same rules judge both. Only what was read goes in; dates the letter does not state
 * are empty unless the person checking gives them.
 */
public final class LetterFacts {
  private LetterFacts() {}

  /** What the person checking states beside the letter; each overrides what was read. */
  public record Given(
      Optional<Regime> regime, Optional<LocalDate> received, Optional<LocalDate> sent) {
    public static final Given NOTHING =
        new Given(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ResponseFacts of(
      ReadLetter letter, String text, Given given, LocalDate today, int smallNumberThreshold) {
    Regime regime = given.regime().orElse(letter.regime().value());
    List<QuestionFacts> questions = new ArrayList<>();
    for (ReadQuestion q : letter.questions()) {
      List<CitationFacts> citations =
          letter.citations().stream()
              .filter(c -> c.questions().contains(q.number()))
              .map(LetterFacts::citation)
              .toList();
      questions.add(
          new QuestionFacts(
              q.number(), q.text(), q.outcome(), q.answerKey(), q.answer(), tables(q), citations));
    }
    AppropriateLimit limit =
        text.contains("£600")
            ? AppropriateLimit.CENTRAL_GOVERNMENT
            : AppropriateLimit.OTHER_AUTHORITY;
    List<Integer> costQuestions =
        letter.questions().stream()
            .filter(
                q ->
                    q.outcome().map(o -> o == Outcome.REFUSED_COST_LIMIT).orElse(false)
                        || letter.citations().stream()
                            .anyMatch(
                                c ->
                                    c.kind() == ProvisionKind.COST_LIMIT
                                        && c.questions().contains(q.number())))
            .map(ReadQuestion::number)
            .toList();
    Optional<CostFacts> cost = Optional.empty();
    if (!costQuestions.isEmpty()) {
      cost =
          Optional.of(
              new CostFacts(
                  limit.limitPence(),
                  limit.hourlyRatePence(),
                  costQuestions,
                  letter.costs().stream()
                      .map(c -> new CostFacts.Line(c.activity(), c.description(), c.minutes()))
                      .toList(),
                  letter.costStatement(),
                  letter.advice(),
                  letter.statedMinutes().map(Read::value)));
    }
    Optional<LocalDate> received = given.received().or(() -> letter.received().map(Read::value));
    Optional<LocalDate> sent = given.sent().or(() -> letter.sent().map(Read::value));
    NoticeFacts notice =
        new NoticeFacts(
            letter.reviewProcedure().map(Read::value).orElse(""),
            letter.complaintRights().map(Read::value).orElse(""),
            text);
    return new ResponseFacts(
        regime,
        received,
        true,
        sent,
        List.of(),
        sent.orElse(today),
        questions,
        cost,
        smallNumberThreshold,
        letter.statedDue().map(Read::value),
        notice,
        limit,
        List.of(),
        List.of());
  }

  /** The tables read from a question's answer (a light reading of its figures). */
  public static List<TableFacts> tables(ReadQuestion q) {
    return AnswerFigures.read(q.answer(), q.text());
  }

  static CitationFacts citation(ReadCitation c) {
    return new CitationFacts(
        c.code(),
        c.reference(),
        c.kind(),
        role(c.kind()),
        c.reasons(),
        c.publicInterest()
            .map(
                p ->
                    new PublicInterestFacts(
                        String.join("\n\n", p.argumentsFor()),
                        String.join("\n\n", p.argumentsAgainst()),
                        p.conclusion())));
  }

  /** The part a provision plays, as the compose screen records it from the catalogue's kind. */
  static CitationRole role(ProvisionKind kind) {
    return switch (kind) {
      case DENIAL -> CitationRole.DENIAL;
      case COST_LIMIT -> CitationRole.COST_LIMIT;
      case ADVICE -> CitationRole.ADVICE;
      case PROCEDURE -> CitationRole.PROCEDURE;
      case ABSOLUTE, QUALIFIED, REFUSAL -> CitationRole.EXEMPTION;
    };
  }
}
