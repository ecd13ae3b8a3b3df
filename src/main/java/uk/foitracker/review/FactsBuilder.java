package uk.foitracker.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.RequestTables;
import uk.foitracker.citation.Citation;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.checks.CitationFacts;
import uk.foitracker.rules.checks.CostFacts;
import uk.foitracker.rules.checks.QuestionFacts;
import uk.foitracker.rules.checks.ResponseFacts;
import uk.foitracker.rules.checks.TableFacts;

/** Turns what is recorded about a request into the pure facts the checks read. */
final class FactsBuilder {
  private FactsBuilder() {}

  /** States in which the response has gone to the requester. */
  static final Set<RequestState> RESPONDED =
      EnumSet.of(
          RequestState.SENT,
          RequestState.PUBLISHED,
          RequestState.WITHHELD_FROM_LOG,
          RequestState.CLOSED);

  static ResponseFacts build(
      FoiRequest request,
      List<Question> questions,
      Map<Long, List<Citation>> citationsByQuestion,
      Optional<CostAssessment> assessment,
      Map<Long, List<TableFacts>> tables,
      int smallNumberThreshold,
      LocalDate today) {
    List<QuestionFacts> facts = new ArrayList<>();
    for (Question q : questions) {
      List<CitationFacts> citations =
          citationsByQuestion.getOrDefault(q.id, List.of()).stream()
              .map(
                  c ->
                      new CitationFacts(
                          c.provision.code,
                          c.provision.reference,
                          c.provision.kind,
                          c.role,
                          c.reasons))
              .toList();
      facts.add(
          new QuestionFacts(
              q.number,
              q.text,
              Optional.ofNullable(q.outcome),
              q.answer == null ? null : "answer-" + q.answer.id,
              q.answer == null ? "" : q.answer.body,
              q.answer == null ? List.of() : tables.getOrDefault(q.answer.id, List.of()),
              citations));
    }
    Optional<CostFacts> cost =
        assessment.map(
            c ->
                new CostFacts(
                    c.limitPence,
                    c.hourlyRatePence,
                    c.questions.stream().map(q -> q.number).sorted().toList(),
                    c.lines.stream()
                        .sorted(Comparator.comparingInt(l -> l.position))
                        .map(l -> new CostFacts.Line(l.activity.name(), l.basis, l.minutes))
                        .toList(),
                    c.statement,
                    c.advice));
    // The clock events (clarification, fees, extensions) are recorded on another branch; until
    // then the received and sent dates are all the clock has.
    return new ResponseFacts(
        request.regime,
        Optional.ofNullable(request.receivedOn),
        RESPONDED.contains(request.state),
        Optional.ofNullable(request.sentOn),
        List.of(),
        today,
        facts,
        cost,
        smallNumberThreshold,
        Optional.ofNullable(request.statedDueOn));
  }

  /** The facts of loaded answer tables (of one request or of several) by answer id. */
  static Map<Long, List<TableFacts>> tables(RequestTables loaded) {
    Map<Long, List<TableFacts>> byAnswer = new LinkedHashMap<>();
    for (AnswerTable t : loaded.tables()) {
      byAnswer.computeIfAbsent(t.answer.id, k -> new ArrayList<>()).add(loaded.view(t, 0).facts());
    }
    return byAnswer;
  }
}
