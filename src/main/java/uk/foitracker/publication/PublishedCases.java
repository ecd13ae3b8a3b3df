package uk.foitracker.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.TableCell;
import uk.foitracker.answer.TableColumn;
import uk.foitracker.answer.TableRow;
import uk.foitracker.citation.Citation;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.publication.CaseView.AnswerView;
import uk.foitracker.publication.CaseView.CellView;
import uk.foitracker.publication.CaseView.CitationView;
import uk.foitracker.publication.CaseView.ColumnGroupView;
import uk.foitracker.publication.CaseView.ColumnView;
import uk.foitracker.publication.CaseView.CostLineView;
import uk.foitracker.publication.CaseView.CostView;
import uk.foitracker.publication.CaseView.QuestionView;
import uk.foitracker.publication.CaseView.RowView;
import uk.foitracker.publication.CaseView.TableView;
import uk.foitracker.question.Outcome;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.StatutoryClock;

/** Reads published cases for the public: the disclosure log and each case in full. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedCases {
  private final ObjectMapper json;

  PublishedCases(ObjectMapper json) {
    this.json = json;
  }

  /** One published version, for the history list. */
  public record VersionSummary(int version, LocalDate publishedOn, String reason) {
    public String publishedText() {
      return uk.foitracker.web.Dates.display(publishedOn);
    }
  }

  /**
   * The case as it stands, before or after publication: what the letter and the officer's preview
   * show. Officers only: the public reads {@link #find}.
   */
  public CaseView draft(FoiRequest request) {
    return view(request);
  }

  /** The published versions of a case, oldest first; empty for a case imported without history. */
  public List<VersionSummary> versions(String slug) {
    return FoiRequest.findPublishedBySlug(slug).map(CaseVersion::forRequest).orElse(List.of()).stream()
        .map(v -> new VersionSummary(v.version, v.publishedOn, v.reason))
        .toList();
  }

  /** One published version of a case as it was published. */
  public Optional<CaseView> version(String slug, int version) {
    return FoiRequest.findPublishedBySlug(slug)
        .flatMap(r -> CaseVersion.<CaseVersion>find("request = ?1 and version = ?2", r, version).<CaseVersion>firstResultOptional())
        .map(this::read);
  }

  CaseView read(CaseVersion v) {
    try {
      return json.readValue(v.snapshot, CaseView.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Unreadable snapshot of case version " + v.id, e);
    }
  }

  public List<CaseSummary> list() {
    List<FoiRequest> published =
        FoiRequest.list(
            "select r from FoiRequest r join fetch r.authority where r.state = ?1 order by r.publishedOn desc nulls last, r.id desc",
            RequestState.PUBLISHED);
    Map<Long, TreeSet<Outcome>> outcomes = new LinkedHashMap<>();
    if (!published.isEmpty()) {
      List<Object[]> rows =
          Question.getEntityManager()
              .createQuery("select q.request.id, q.outcome from Question q where q.request in ?1", Object[].class)
              .setParameter(1, published)
              .getResultList();
      for (Object[] row : rows) {
        if (row[1] != null) {
          outcomes.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((Outcome) row[1]);
        }
      }
    }
    return published.stream()
        .map(
            r ->
                new CaseSummary(
                    r.slug,
                    r.title,
                    r.authority.name,
                    r.regime,
                    List.copyOf(outcomes.getOrDefault(r.id, new TreeSet<>())),
                    r.publishedOn))
        .toList();
  }

  public Optional<CaseView> find(String slug) {
    return FoiRequest.findPublishedBySlug(slug)
        .map(r -> CaseVersion.latest(r).map(v -> read((CaseVersion) v)).orElseGet(() -> view(r)));
  }

  private CaseView view(FoiRequest request) {
    List<Question> questions =
        Question.list("select q from Question q left join fetch q.answer where q.request = ?1 order by q.number", request);
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
                        q.outcome == null ? "Not stated" : q.outcome.label(),
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
        request.receivedOn == null ? null : StatutoryClock.due(request.regime, request.receivedOn).due(),
        request.sentOn,
        request.publishedOn,
        request.preamble,
        questionViews,
        request.postscript,
        CostAssessment.forRequest(request).map(PublishedCases::cost).orElse(null),
        request.licence,
        request.licenceStatement);
  }

  /** Every answer of the request with its tables, in four queries whatever the size. */
  private static Map<Long, AnswerView> answers(FoiRequest request, List<Question> questions) {
    List<AnswerTable> tables =
        AnswerTable.list("select t from AnswerTable t join fetch t.answer a where a.request = ?1 order by a.position, t.position", request);
    Map<Long, List<TableColumn>> columns =
        TableColumn.<TableColumn>list("select c from TableColumn c where c.table.answer.request = ?1 order by c.position", request).stream()
            .collect(Collectors.groupingBy(c -> c.table.id));
    Map<Long, List<TableRow>> rows =
        TableRow.<TableRow>list("select r from TableRow r where r.table.answer.request = ?1 order by r.position", request).stream()
            .collect(Collectors.groupingBy(r -> r.table.id));
    Map<Long, List<TableCell>> cells =
        TableCell.<TableCell>list("select c from TableCell c where c.row.table.answer.request = ?1 order by c.columnPosition", request).stream()
            .collect(Collectors.groupingBy(c -> c.row.id));

    Map<Long, List<TableView>> tablesByAnswer = new LinkedHashMap<>();
    int number = 0;
    for (AnswerTable t : tables) {
      List<ColumnView> cols =
          columns.getOrDefault(t.id, List.of()).stream().map(c -> new ColumnView(c.groupLabel, c.label)).toList();
      List<RowView> rowViews =
          rows.getOrDefault(t.id, List.of()).stream()
              .map(
                  r ->
                      new RowView(
                          r.header,
                          cells.getOrDefault(r.id, List.of()).stream()
                              .map(c -> new CellView(c.state, c.numericValue, c.displayText))
                              .toList()))
              .toList();
      tablesByAnswer
          .computeIfAbsent(t.answer.id, k -> new ArrayList<>())
          .add(new TableView(++number, t.caption, t.cornerLabel, groups(cols), cols, rowViews));
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

  /** Adjacent columns with the same group label become one group heading spanning them. */
  public static List<ColumnGroupView> groups(List<ColumnView> columns) {
    List<ColumnGroupView> groups = new ArrayList<>();
    String current = null;
    int span = 0;
    for (ColumnView c : columns) {
      if (span > 0 && java.util.Objects.equals(current, c.group())) {
        span++;
      } else {
        if (span > 0) {
          groups.add(new ColumnGroupView(current, span));
        }
        current = c.group();
        span = 1;
      }
    }
    if (span > 0) {
      groups.add(new ColumnGroupView(current, span));
    }
    return groups;
  }

  private static CostView cost(CostAssessment c) {
    List<CostLineView> lines =
        c.lines.stream().map(l -> new CostLineView(l.activity.name(), l.activity.label(), l.basis, l.minutes)).toList();
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
