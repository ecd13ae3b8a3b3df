package uk.foitracker.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.TableCell;
import uk.foitracker.answer.TableColumn;
import uk.foitracker.answer.TableRow;
import uk.foitracker.citation.Citation;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.checks.CitationFacts;
import uk.foitracker.rules.checks.CitedAs;
import uk.foitracker.rules.checks.CostFacts;
import uk.foitracker.rules.checks.ProvisionType;
import uk.foitracker.rules.checks.QuestionFacts;
import uk.foitracker.rules.checks.QuestionOutcome;
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
      int smallNumberThreshold,
      LocalDate today) {
    Map<Long, List<TableFacts>> tables = tables(request);
    List<QuestionFacts> facts = new ArrayList<>();
    for (Question q : questions) {
      List<CitationFacts> citations =
          citationsByQuestion.getOrDefault(q.id, List.of()).stream()
              .map(
                  c ->
                      new CitationFacts(
                          c.provision.code,
                          c.provision.reference,
                          ProvisionType.valueOf(c.provision.kind.name()),
                          CitedAs.valueOf(c.role.name()),
                          c.reasons))
              .toList();
      facts.add(
          new QuestionFacts(
              q.number,
              q.text,
              q.outcome == null
                  ? QuestionOutcome.NOT_STATED
                  : QuestionOutcome.valueOf(q.outcome.name()),
              q.answer == null ? null : "answer-" + q.answer.id,
              q.answer == null ? "" : q.answer.body,
              q.answer == null ? List.of() : tables.getOrDefault(q.answer.id, List.of()),
              citations));
    }
    Optional<CostFacts> cost =
        CostAssessment.forRequest(request)
            .map(
                c ->
                    new CostFacts(
                        c.limitPence,
                        c.hourlyRatePence,
                        c.questions.stream().map(q -> q.number).toList(),
                        c.lines.stream()
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
        smallNumberThreshold);
  }

  /** The request's answer tables by answer id, in four queries. */
  private static Map<Long, List<TableFacts>> tables(FoiRequest request) {
    List<AnswerTable> tables =
        AnswerTable.list(
            "select t from AnswerTable t join fetch t.answer a where a.request = ?1"
                + " order by a.position, t.position",
            request);
    Map<Long, List<TableColumn>> columns =
        TableColumn.<TableColumn>list(
                "select c from TableColumn c where c.table.answer.request = ?1 order by c.position",
                request)
            .stream()
            .collect(Collectors.groupingBy(c -> c.table.id));
    Map<Long, List<TableRow>> rows =
        TableRow.<TableRow>list(
                "select r from TableRow r where r.table.answer.request = ?1 order by r.position",
                request)
            .stream()
            .collect(Collectors.groupingBy(r -> r.table.id));
    Map<Long, List<TableCell>> cells =
        TableCell.<TableCell>list(
                "select c from TableCell c where c.row.table.answer.request = ?1"
                    + " order by c.columnPosition",
                request)
            .stream()
            .collect(Collectors.groupingBy(c -> c.row.id));
    Map<Long, List<TableFacts>> byAnswer = new java.util.LinkedHashMap<>();
    for (AnswerTable t : tables) {
      List<String> cols =
          columns.getOrDefault(t.id, List.of()).stream()
              .map(c -> c.groupLabel == null ? c.label : c.groupLabel + " " + c.label)
              .toList();
      List<TableFacts.Row> rowFacts =
          rows.getOrDefault(t.id, List.of()).stream()
              .map(
                  r ->
                      new TableFacts.Row(
                          r.header,
                          cells.getOrDefault(r.id, List.of()).stream()
                              .map(
                                  c ->
                                      new TableFacts.Cell(
                                          TableFacts.CellKind.valueOf(c.state.name()),
                                          c.numericValue,
                                          c.displayText))
                              .toList()))
              .toList();
      byAnswer
          .computeIfAbsent(t.answer.id, k -> new ArrayList<>())
          .add(new TableFacts(t.caption, cols, rowFacts));
    }
    return byAnswer;
  }
}
