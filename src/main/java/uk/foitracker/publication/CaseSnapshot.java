package uk.foitracker.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.foitracker.answer.TableView;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * A published version of a case as it is stored ({@link CaseVersion#snapshot}, as JSON): its own
 * record, not the page's {@link CaseView}, so that renaming a field of the view can never silently
 * change published history. Enum values are stored by name. {@code format} says which shape the
 * JSON has; a snapshot stored before the format was written (it has none) has format 1, the shape
 * it still has. A new shape gets the next number and a reading of the old ones in {@link #toView}.
 *
 * <p>Fields added since format 1 ({@code authorityReferences}, {@code statedDue}) are nullable and
 * left out when null, so a version stored before them reads back and writes out as it was.
 *
 * <p>The one place a snapshot maps to and from the view.
 */
public record CaseSnapshot(
    Integer format,
    String slug,
    String title,
    String authority,
    String regime,
    String authorityReference,
    LocalDate receivedOn,
    LocalDate due,
    LocalDate sentOn,
    LocalDate publishedOn,
    String preamble,
    List<Question> questions,
    String postscript,
    Cost costAssessment,
    String licence,
    String licenceStatement,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> authorityReferences,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate statedDue) {

  /** The format written now. */
  public static final int FORMAT = 1;

  public record Question(
      int number,
      String text,
      String outcome,
      String outcomeLabel,
      List<Citation> provisions,
      Answer answer) {}

  public record Answer(
      int position, List<Integer> questionNumbers, List<String> paragraphs, List<Table> tables) {}

  public record Table(
      int number,
      String caption,
      String cornerLabel,
      List<ColumnGroup> columnGroups,
      List<Column> columns,
      List<Row> rows) {}

  public record ColumnGroup(String label, int span) {}

  public record Column(String group, String label) {}

  public record Row(String header, List<Cell> cells) {}

  public record Cell(String state, Long value, String text) {}

  public record Citation(
      String code, String reference, String title, String kind, String role, String reasons) {}

  public record Cost(
      int limitPence,
      int hourlyRatePence,
      int limitHours,
      List<Integer> questionNumbers,
      List<CostLine> lines,
      int estimatedMinutes,
      String statement,
      String advice) {}

  public record CostLine(String activity, String activityLabel, String basis, int minutes) {}

  /** The format of this snapshot: 1 when it was stored without one. */
  public int formatNumber() {
    return format == null ? 1 : format;
  }

  /** The case as it is stored now, in the current format. */
  public static CaseSnapshot of(CaseView v) {
    return new CaseSnapshot(
        FORMAT,
        v.slug(),
        v.title(),
        v.authority(),
        name(v.regime()),
        v.authorityReference(),
        v.receivedOn(),
        v.due(),
        v.sentOn(),
        v.publishedOn(),
        v.preamble(),
        map(v.questions(), CaseSnapshot::question),
        v.postscript(),
        v.costAssessment() == null ? null : cost(v.costAssessment()),
        v.licence(),
        v.licenceStatement(),
        v.authorityReferences(),
        v.statedDue());
  }

  /** The case as the public reads it; refused when the format is one this code does not know. */
  public CaseView toView() {
    if (formatNumber() != 1) {
      throw new IllegalStateException(
          "Case snapshot format " + formatNumber() + " is not known (known: 1)");
    }
    return new CaseView(
        slug,
        title,
        authority,
        regime == null ? null : Regime.valueOf(regime),
        authorityReference,
        receivedOn,
        due,
        sentOn,
        publishedOn,
        preamble,
        map(questions, CaseSnapshot::questionView),
        postscript,
        costAssessment == null ? null : costView(costAssessment),
        licence,
        licenceStatement,
        authorityReferences,
        statedDue,
        null);
  }

  private static Question question(CaseView.QuestionView q) {
    CaseView.AnswerView a = q.answer();
    return new Question(
        q.number(),
        q.text(),
        name(q.outcome()),
        q.outcomeLabel(),
        map(
            q.provisions(),
            c ->
                new Citation(
                    c.code(),
                    c.reference(),
                    c.title(),
                    name(c.kind()),
                    name(c.role()),
                    c.reasons())),
        a == null
            ? null
            : new Answer(
                a.position(),
                a.questionNumbers(),
                a.paragraphs(),
                map(a.tables(), CaseSnapshot::table)));
  }

  private static CaseView.QuestionView questionView(Question q) {
    Answer a = q.answer();
    return new CaseView.QuestionView(
        q.number(),
        q.text(),
        q.outcome() == null ? null : Outcome.valueOf(q.outcome()),
        q.outcomeLabel(),
        map(
            q.provisions(),
            c ->
                new CaseView.CitationView(
                    c.code(),
                    c.reference(),
                    c.title(),
                    c.kind() == null ? null : ProvisionKind.valueOf(c.kind()),
                    c.role() == null ? null : CitationRole.valueOf(c.role()),
                    c.reasons())),
        a == null
            ? null
            : new CaseView.AnswerView(
                a.position(),
                a.questionNumbers(),
                a.paragraphs(),
                map(a.tables(), CaseSnapshot::tableView)));
  }

  private static Table table(TableView t) {
    return new Table(
        t.number(),
        t.caption(),
        t.cornerLabel(),
        map(t.columnGroups(), g -> new ColumnGroup(g.label(), g.span())),
        map(t.columns(), c -> new Column(c.group(), c.label())),
        map(
            t.rows(),
            r ->
                new Row(
                    r.header(),
                    map(r.cells(), c -> new Cell(name(c.state()), c.value(), c.text())))));
  }

  private static TableView tableView(Table t) {
    return new TableView(
        t.number(),
        t.caption(),
        t.cornerLabel(),
        map(t.columnGroups(), g -> new TableView.ColumnGroupView(g.label(), g.span())),
        map(t.columns(), c -> new TableView.ColumnView(c.group(), c.label())),
        map(
            t.rows(),
            r ->
                new TableView.RowView(
                    r.header(),
                    map(
                        r.cells(),
                        c ->
                            new TableView.CellView(
                                c.state() == null ? null : CellState.valueOf(c.state()),
                                c.value(),
                                c.text())))));
  }

  private static Cost cost(CaseView.CostView c) {
    return new Cost(
        c.limitPence(),
        c.hourlyRatePence(),
        c.limitHours(),
        c.questionNumbers(),
        map(c.lines(), l -> new CostLine(l.activity(), l.activityLabel(), l.basis(), l.minutes())),
        c.estimatedMinutes(),
        c.statement(),
        c.advice());
  }

  private static CaseView.CostView costView(Cost c) {
    return new CaseView.CostView(
        c.limitPence(),
        c.hourlyRatePence(),
        c.limitHours(),
        c.questionNumbers(),
        map(
            c.lines(),
            l ->
                new CaseView.CostLineView(l.activity(), l.activityLabel(), l.basis(), l.minutes())),
        c.estimatedMinutes(),
        c.statement(),
        c.advice());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
    return list == null ? null : list.stream().map(f).toList();
  }
}
