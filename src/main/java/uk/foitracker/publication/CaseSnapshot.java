package uk.foitracker.publication;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.foitracker.answer.TableView;
import uk.foitracker.rules.BlankMeaning;
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
 * <p>The one place a snapshot maps to and from the view. Fields added since format 1 (instalments,
 * reviews, the rights as sent, the attribution; an answer's instalment and a question's further
 * answers) are nullable and left out when null, so a version stored before them reads and writes
 * back as it was.
 *
 * <p>Also nullable and left out when null: {@code authorityReferences}, {@code statedDue}, {@code
 * regimeChanges}, {@code correspondence} (the kind and date of each acknowledgement and holding
 * reply; the acknowledged date is read from it), {@code authoritySlug} (issue 22: a version stored
 * before it reads with null, and {@link CaseVersions} takes it from the request's authority).
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
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Attachment> attachments,
    @JsonInclude(NON_NULL) List<Instalment> instalments,
    @JsonInclude(NON_NULL) List<Review> reviews,
    @JsonInclude(NON_NULL) String reviewProcedure,
    @JsonInclude(NON_NULL) String complaintRights,
    @JsonInclude(NON_NULL) String attributionStatement,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Cited> citations,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> authorityReferences,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate statedDue,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<RegimeChange> regimeChanges,
    @JsonInclude(NON_NULL) List<Letter> correspondence,
    @JsonInclude(NON_NULL) String authoritySlug) {

  /** An acknowledgement or holding reply with its date; null in snapshots stored before. */
  public record Letter(String kind, String label, LocalDate sentOn) {}

  /** A change of regime with its date (issue 17 point 8); null in snapshots stored before. */
  public record RegimeChange(LocalDate on, String from, String to) {}

  /** A published attachment (issue 17); snapshots stored before attachments have none (null). */
  public record Attachment(
      int number, String name, String mediaType, long sizeBytes, String sha256) {}

  /** The format written now. */
  public static final int FORMAT = 1;

  public record Question(
      int number,
      String text,
      String outcome,
      String outcomeLabel,
      List<Citation> provisions,
      Answer answer,
      @JsonInclude(NON_NULL) List<Answer> furtherAnswers) {}

  public record Answer(
      int position,
      List<Integer> questionNumbers,
      List<String> paragraphs,
      List<Table> tables,
      @JsonInclude(NON_NULL) Integer instalment) {}

  public record Instalment(
      int number,
      LocalDate sentOn,
      List<Integer> questionNumbers,
      List<Integer> answerPositions,
      boolean moreToFollow,
      Integer reviewNumber) {}

  public record Review(
      int number,
      LocalDate requestedOn,
      LocalDate acknowledgedOn,
      LocalDate due,
      LocalDate latestDue,
      LocalDate statedDue,
      LocalDate decidedOn,
      String outcome,
      String outcomeLabel,
      String decisionText,
      List<ReviewDecision> decisions,
      Integer releasedInstalment) {}

  public record ReviewDecision(int questionNumber, String outcome, String outcomeLabel) {}

  public record Table(
      int number,
      String caption,
      String cornerLabel,
      List<ColumnGroup> columnGroups,
      List<Column> columns,
      List<Row> rows,
      Boolean headerRow,
      String blankMeans,
      String note,
      String dashMeans,
      Boolean countsPeople) {}

  public record ColumnGroup(String label, int span) {}

  public record Column(String group, String label, Boolean total) {}

  public record Row(String header, List<Cell> cells, Boolean total) {}

  public record Cell(String state, Long value, String text, BigDecimal amount, String unit) {}

  public record Citation(
      String code, String reference, String title, String kind, String role, String reasons) {}

  /**
   * One citation with the questions it covers. Added to format 1 as a nullable field: a snapshot
   * stored before it has none (null, and written back without it), and its page shows the
   * per-question provisions only.
   */
  public record Cited(
      String provision,
      String reference,
      String title,
      String kind,
      String role,
      List<Integer> questions,
      String reasons,
      PublicInterestTest publicInterest,
      boolean ncnd,
      String excludedDuty,
      boolean absolute,
      List<Precedent> precedents) {}

  public record PublicInterestTest(
      @JsonProperty("for") String argumentsFor, String against, String conclusion) {}

  public record Precedent(String kind, String kindLabel, String reference, String url) {}

  public record Cost(
      int limitPence,
      int hourlyRatePence,
      int limitHours,
      List<Integer> questionNumbers,
      List<CostLine> lines,
      int estimatedMinutes,
      String statement,
      String advice,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal statedHours,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal computedHours,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal computedHoursMax) {}

  /** The unit fields are null for lines stated outright and in snapshots stored before them. */
  public record CostLine(
      String activity,
      String activityLabel,
      String basis,
      int minutes,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer units,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesEachMin,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesEachMax,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesMax) {}

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
        map(
            v.attachments(),
            a -> new Attachment(a.number(), a.name(), a.mediaType(), a.sizeBytes(), a.sha256())),
        map(
            v.instalments(),
            i ->
                new Instalment(
                    i.number(),
                    i.sentOn(),
                    i.questionNumbers(),
                    i.answerPositions(),
                    i.moreToFollow(),
                    i.reviewNumber())),
        map(
            v.reviews(),
            r ->
                new Review(
                    r.number(),
                    r.requestedOn(),
                    r.acknowledgedOn(),
                    r.due(),
                    r.latestDue(),
                    r.statedDue(),
                    r.decidedOn(),
                    r.outcome(),
                    r.outcomeLabel(),
                    r.decisionText(),
                    map(
                        r.decisions(),
                        d -> new ReviewDecision(d.questionNumber(), d.outcome(), d.outcomeLabel())),
                    r.releasedInstalment())),
        v.reviewProcedure(),
        v.complaintRights(),
        v.attributionStatement(),
        map(v.citations(), CaseSnapshot::cited),
        v.authorityReferences(),
        v.statedDue(),
        map(v.regimeChanges(), c -> new RegimeChange(c.on(), name(c.from()), name(c.to()))),
        map(v.correspondence(), l -> new Letter(l.kind(), l.label(), l.sentOn())),
        v.authoritySlug());
  }

  /** The case as the public reads it; refused when the format is one this code does not know. */
  public CaseView toView() {
    if (formatNumber() != 1) {
      throw new IllegalStateException(
          "Case snapshot format " + formatNumber() + " is not known (known: 1)");
    }
    List<CaseView.QuestionView> questionViews = map(questions, CaseSnapshot::questionView);
    List<CaseView.CorrespondenceView> letters =
        map(correspondence, l -> new CaseView.CorrespondenceView(l.kind(), l.label(), l.sentOn()));
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
        questionViews,
        postscript,
        costAssessment == null ? null : costView(costAssessment),
        licence,
        licenceStatement,
        attachments == null
            ? List.of()
            : map(
                attachments,
                a ->
                    new CaseView.FileView(
                        a.number(),
                        a.name(),
                        a.mediaType(),
                        a.sizeBytes(),
                        a.sha256(),
                        "/cases/" + slug + "/attachments/" + a.number())),
        map(
            instalments,
            i ->
                new CaseView.InstalmentView(
                    i.number(),
                    i.sentOn(),
                    i.questionNumbers(),
                    i.answerPositions(),
                    i.moreToFollow(),
                    i.reviewNumber())),
        map(
            reviews,
            r ->
                new CaseView.InternalReviewView(
                    r.number(),
                    r.requestedOn(),
                    r.acknowledgedOn(),
                    r.due(),
                    r.latestDue(),
                    r.statedDue(),
                    r.decidedOn(),
                    r.outcome(),
                    r.outcomeLabel(),
                    r.decisionText(),
                    map(
                        r.decisions(),
                        d ->
                            new CaseView.ReviewDecisionView(
                                d.questionNumber(), d.outcome(), d.outcomeLabel())),
                    r.releasedInstalment())),
        reviewProcedure,
        complaintRights,
        attributionStatement,
        map(citations, CaseSnapshot::citedView),
        authorityReferences,
        statedDue,
        null,
        map(
            regimeChanges,
            c ->
                new CaseView.RegimeChangeView(
                    c.on(),
                    c.from() == null ? null : Regime.valueOf(c.from()),
                    c.to() == null ? null : Regime.valueOf(c.to()))),
        letters,
        CaseView.acknowledged(letters),
        authoritySlug);
  }

  private static Cited cited(CaseView.CitedView c) {
    CaseView.PublicInterestView pi = c.publicInterest();
    return new Cited(
        c.provision(),
        c.reference(),
        c.title(),
        name(c.kind()),
        name(c.role()),
        c.questions(),
        c.reasons(),
        pi == null
            ? null
            : new PublicInterestTest(pi.argumentsFor(), pi.against(), pi.conclusion()),
        c.ncnd(),
        c.excludedDuty(),
        c.absolute(),
        map(c.precedents(), p -> new Precedent(p.kind(), p.kindLabel(), p.reference(), p.url())));
  }

  private static CaseView.CitedView citedView(Cited c) {
    PublicInterestTest pi = c.publicInterest();
    return new CaseView.CitedView(
        c.provision(),
        c.reference(),
        c.title(),
        c.kind() == null ? null : ProvisionKind.valueOf(c.kind()),
        c.role() == null ? null : CitationRole.valueOf(c.role()),
        c.questions() == null ? List.of() : c.questions(),
        c.reasons(),
        pi == null
            ? null
            : new CaseView.PublicInterestView(pi.argumentsFor(), pi.against(), pi.conclusion()),
        c.ncnd(),
        c.excludedDuty(),
        c.absolute(),
        c.precedents() == null
            ? List.of()
            : map(
                c.precedents(),
                p -> new CaseView.PrecedentView(p.kind(), p.kindLabel(), p.reference(), p.url())));
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
        a == null ? null : answer(a),
        map(q.furtherAnswers(), CaseSnapshot::answer));
  }

  private static Answer answer(CaseView.AnswerView a) {
    return new Answer(
        a.position(),
        a.questionNumbers(),
        a.paragraphs(),
        map(a.tables(), CaseSnapshot::table),
        a.instalment());
  }

  private static CaseView.AnswerView answerView(Answer a) {
    return new CaseView.AnswerView(
        a.position(),
        a.questionNumbers(),
        a.paragraphs(),
        map(a.tables(), CaseSnapshot::tableView),
        a.instalment());
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
        a == null ? null : answerView(a),
        map(q.furtherAnswers(), CaseSnapshot::answerView));
  }

  private static Table table(TableView t) {
    return new Table(
        t.number(),
        t.caption(),
        t.cornerLabel(),
        map(t.columnGroups(), g -> new ColumnGroup(g.label(), g.span())),
        map(t.columns(), c -> new Column(c.group(), c.label(), c.total())),
        map(
            t.rows(),
            r ->
                new Row(
                    r.header(),
                    map(
                        r.cells(),
                        c -> new Cell(name(c.state()), c.value(), c.text(), c.amount(), c.unit())),
                    r.total())),
        t.headerRow(),
        name(t.blankMeans()),
        t.note(),
        name(t.dashMeans()),
        t.countsPeople());
  }

  /** A table as stored; one stored before headerRow, totals and amounts read as it was shown. */
  private static TableView tableView(Table t) {
    return new TableView(
        t.number(),
        t.caption(),
        t.cornerLabel(),
        map(t.columnGroups(), g -> new TableView.ColumnGroupView(g.label(), g.span())),
        map(
            t.columns(),
            c -> new TableView.ColumnView(c.group(), c.label(), Boolean.TRUE.equals(c.total()))),
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
                                c.text(),
                                c.amount(),
                                c.unit())),
                    Boolean.TRUE.equals(r.total()))),
        t.headerRow(),
        t.blankMeans() == null ? null : BlankMeaning.valueOf(t.blankMeans()),
        t.note(),
        t.dashMeans() == null ? null : BlankMeaning.valueOf(t.dashMeans()),
        t.countsPeople());
  }

  private static Cost cost(CaseView.CostView c) {
    return new Cost(
        c.limitPence(),
        c.hourlyRatePence(),
        c.limitHours(),
        c.questionNumbers(),
        map(
            c.lines(),
            l ->
                new CostLine(
                    l.activity(),
                    l.activityLabel(),
                    l.basis(),
                    l.minutes(),
                    l.units(),
                    l.minutesEachMin(),
                    l.minutesEachMax(),
                    l.minutesMax())),
        c.estimatedMinutes(),
        c.statement(),
        c.advice(),
        c.statedHours(),
        c.computedHours(),
        c.computedHoursMax());
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
                new CaseView.CostLineView(
                    l.activity(),
                    l.activityLabel(),
                    l.basis(),
                    l.minutes(),
                    l.units(),
                    l.minutesEachMin(),
                    l.minutesEachMax(),
                    l.minutesMax())),
        c.estimatedMinutes(),
        c.statement(),
        c.advice(),
        c.statedHours(),
        c.computedHours(),
        c.computedHoursMax());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
    return list == null ? null : list.stream().map(f).toList();
  }
}
