package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.RequestTables;
import uk.foitracker.answer.TableView;
import uk.foitracker.answer.TableView.CellView;
import uk.foitracker.answer.TableView.ColumnView;
import uk.foitracker.answer.TableView.RowView;
import uk.foitracker.citation.Citation;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.publication.CaseView.AnswerView;
import uk.foitracker.publication.CaseView.CitationView;
import uk.foitracker.publication.CaseView.CostLineView;
import uk.foitracker.publication.CaseView.CostView;
import uk.foitracker.publication.CaseView.QuestionView;
import uk.foitracker.publication.CaseView.RelatedCaseView;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.References;
import uk.foitracker.request.RequestLink;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.StatuteLabels;

/** Assembles a case's view from its rows: questions, answers with their tables, citations, cost. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseAssembler {

  /**
   * The case as it stands, before or after publication: what the letter, the officer's preview and
   * a new published version show. Officers only: the public reads {@link CaseVersions#find}.
   */
  public CaseView draft(FoiRequest request) {
    List<Question> questions =
        Question.list(
            "select q from Question q left join fetch q.answer where q.request = ?1 order by q.number",
            request);
    Map<Long, List<CitationView>> citations =
        Citation.forQuestions(questions).stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.question.id,
                    LinkedHashMap::new,
                    Collectors.mapping(
                        c ->
                            new CitationView(
                                c.provision.code,
                                c.provision.reference,
                                c.provision.title,
                                c.provision.kind,
                                c.role,
                                c.reasons),
                        Collectors.toList())));
    Map<Long, AnswerView> answers = answers(request, questions);
    List<QuestionView> questionViews =
        questions.stream()
            .map(
                q ->
                    new QuestionView(
                        q.number,
                        q.text,
                        q.outcome,
                        q.outcome == null ? "Not stated" : StatuteLabels.label(q.outcome),
                        citations.getOrDefault(q.id, List.of()),
                        q.answer == null ? null : answers.get(q.answer.id)))
            .toList();
    return new CaseView(
        request.slug,
        request.title,
        request.authority.name,
        request.regime,
        request.authorityReference,
        request.receivedOn,
        request.receivedOn == null
            ? null
            : StatutoryClock.due(request.regime, request.receivedOn).due(),
        request.sentOn,
        request.publishedOn,
        request.preamble,
        questionViews,
        request.postscript,
        CostAssessment.forRequest(request).map(CaseAssembler::cost).orElse(null),
        request.licence,
        request.licenceStatement,
        References.of(request),
        request.statedDueOn,
        relatedCases(request));
  }

  /**
   * The published cases the request belongs with (refined, repeated, aggregated), as they stand
   * now; a link to a request that is not published is left out, so it is never exposed.
   */
  public static List<RelatedCaseView> relatedCases(FoiRequest request) {
    return RequestLink.touching(request).stream()
        .map(
            l -> {
              boolean outgoing = l.request.id.equals(request.id);
              FoiRequest other = outgoing ? l.other : l.request;
              return other.state == RequestState.PUBLISHED && other.slug != null
                  ? new RelatedCaseView(
                      l.kind.name(),
                      l.kind.describe(outgoing),
                      l.kind.label(),
                      other.slug,
                      other.title)
                  : null;
            })
        .filter(Objects::nonNull)
        .toList();
  }

  /** Every answer of the request with its tables, in four queries whatever the size. */
  private static Map<Long, AnswerView> answers(FoiRequest request, List<Question> questions) {
    RequestTables loaded = RequestTables.load(List.of(request.id));

    Map<Long, List<TableView>> tablesByAnswer = new LinkedHashMap<>();
    int number = 0;
    for (AnswerTable t : loaded.tables()) {
      List<ColumnView> cols =
          loaded.columns(t).stream().map(c -> new ColumnView(c.groupLabel, c.label)).toList();
      List<RowView> rowViews =
          loaded.rows(t).stream()
              .map(
                  r ->
                      new RowView(
                          r.header,
                          loaded.cells(r).stream()
                              .map(c -> new CellView(c.state, c.numericValue, c.displayText))
                              .toList()))
              .toList();
      tablesByAnswer
          .computeIfAbsent(t.answer.id, k -> new ArrayList<>())
          .add(
              new TableView(
                  ++number, t.caption, t.cornerLabel, TableView.groups(cols), cols, rowViews));
    }

    Map<Long, List<Integer>> questionNumbers = new LinkedHashMap<>();
    Map<Long, Answer> byId = new LinkedHashMap<>();
    for (Question q : questions) {
      if (q.answer != null) {
        questionNumbers.computeIfAbsent(q.answer.id, k -> new ArrayList<>()).add(q.number);
        byId.put(q.answer.id, q.answer);
      }
    }
    Map<Long, AnswerView> views = new LinkedHashMap<>();
    byId.values().stream()
        .sorted(Comparator.comparingInt(a -> a.position))
        .forEach(
            a ->
                views.put(
                    a.id,
                    new AnswerView(
                        a.position,
                        List.copyOf(questionNumbers.get(a.id)),
                        a.paragraphs(),
                        tablesByAnswer.getOrDefault(a.id, List.of()))));
    return views;
  }

  private static CostView cost(CostAssessment c) {
    List<CostLineView> lines =
        c.lines.stream()
            .map(l -> new CostLineView(l.activity.name(), l.activity.label(), l.basis, l.minutes))
            .toList();
    return new CostView(
        c.limitPence,
        c.hourlyRatePence,
        new AppropriateLimit(c.limitPence, c.hourlyRatePence).hours(),
        c.questions.stream().map(q -> q.number).toList(),
        lines,
        lines.stream().mapToInt(CostLineView::minutes).sum(),
        c.statement,
        c.advice);
  }
}
