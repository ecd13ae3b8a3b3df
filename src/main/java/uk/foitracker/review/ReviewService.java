package uk.foitracker.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.audit.KeptUntilChanged;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.review.CaseReviewer.Reviewed;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.rules.checks.RefusalCheck;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The auditor's review: runs the checks of {@link RefusalCheck} over every request, lists refusals
 * with their grounds and findings, worst first, a page at a time, and records the auditor's marks.
 * Auditors change nothing else.
 *
 * <p>Every request is reviewed a batch at a time ({@code foi.review.batch}, each batch read in a
 * few queries and a transaction of its own, see {@link CaseReviewer}) into a small {@link
 * RefusalSummary}, from which a page's filter, totals and order are read; only the cases of the
 * page shown are then read and reviewed again in full. The summary is kept until a request changes
 * (the audit chain's head moves) or the date does (the timeliness checks read today), and made
 * again in the background while the last one shows when making it took longer than {@code
 * foi.review.rebuild-while-waiting} (see {@link KeptUntilChanged}).
 */
@ApplicationScoped
public class ReviewService {
  private static final Logger LOG = Logger.getLogger(ReviewService.class);
  static final int NOTE_MAX = 2000;

  private final AuditLog audit;
  private final CaseReviewer reviewer;
  private final Clock clock;
  private final int batch;
  private volatile int pageSize;
  private final KeptUntilChanged<Basis, RefusalSummary> summary;

  /** What the summary depends on: every change to a request, and today's date. */
  record Basis(long position, LocalDate today) {}

  private final AuthorityScope scope;

  ReviewService(
      AuditLog audit,
      CaseReviewer reviewer,
      Clock clock,
      ReviewConfig config,
      AuthorityScope scope) {
    this.scope = scope;
    this.audit = audit;
    this.reviewer = reviewer;
    this.clock = clock;
    this.batch = config.batch();
    this.pageSize = config.pageSize();
    this.summary =
        new KeptUntilChanged<>(
            "review", this::basis, this::summarise, clock, config.rebuildWhileWaiting());
  }

  @PreDestroy
  void stop() {
    summary.stop();
  }

  /** Sets how long a review may take and still be redone at once; returns the setting before. */
  Duration rebuildWhileWaiting(Duration longest) {
    return summary.waitFor(longest);
  }

  /** Sets how many cases a page shows; returns the setting before. */
  int pageSize(int cases) {
    int was = pageSize;
    pageSize = cases;
    return was;
  }

  /**
   * The cases of these that the auditor's authorities hold, in the order given (all of them for an
   * auditor of every authority): the summary is kept for the whole installation, each page shows
   * only the auditor's own.
   */
  private long[] scoped(long[] ids) {
    if (scope.all()) {
      return ids;
    }
    Set<Long> mine = mine();
    return Arrays.stream(ids).filter(mine::contains).toArray();
  }

  /** The ids of the requests of the auditor's authorities (only when they do not hold all). */
  private Set<Long> mine() {
    return new HashSet<>(
        QuarkusTransaction.joiningExisting()
            .call(
                () ->
                    FoiRequest.getEntityManager()
                        .createQuery(
                            "select r.id from FoiRequest r where 1 = 1"
                                + scope.restrict("r.authority"),
                            Long.class)
                        .getResultList()));
  }

  private Basis basis() {
    return new Basis(audit.position(), LocalDate.now(clock));
  }

  /** Reviews every request, a batch at a time, each batch in a transaction of its own. */
  private RefusalSummary summarise(Basis basis) {
    long start = System.nanoTime();
    RefusalSummary.Builder builder = new RefusalSummary.Builder();
    long after = 0;
    while (true) {
      long from = after;
      Long last =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    List<Reviewed> reviewed = reviewer.next(from, batch, basis.today());
                    reviewed.forEach(builder::add);
                    reviewer.clear();
                    return reviewed.isEmpty()
                        ? null
                        : reviewed.get(reviewed.size() - 1).request().id;
                  });
      if (last == null) {
        break;
      }
      after = last;
    }
    RefusalSummary made = builder.build();
    LOG.infof(
        "Review: reviewed %d requests in %d ms",
        made.requests(), (System.nanoTime() - start) / 1_000_000);
    return made;
  }

  private static Map<String, FindingMark> marks(List<Reviewed> reviewed) {
    return FindingMark.forRequests(reviewed.stream().map(r -> r.request().id).toList()).stream()
        .collect(Collectors.toMap(ReviewService::key, Function.identity()));
  }

  private static String key(FindingMark m) {
    return m.request.id + "|" + m.ruleId + "|" + m.questionNumbers;
  }

  private static String key(long requestId, Finding f) {
    return requestId + "|" + f.ruleId() + "|" + f.questionKey();
  }

  static MarkView markView(FindingMark m) {
    return m == null ? null : new MarkView(m.verdict, m.note, m.markedBy, m.markedAt);
  }

  /**
   * A page number as typed: blank is the first page.
   *
   * @throws ValidationProblem when it is not a whole number from 1
   */
  static int page(String typed) {
    if (typed == null || typed.isBlank()) {
      return 1;
    }
    String page = typed.strip();
    if (!page.matches("[0-9]{1,9}") || Integer.parseInt(page) < 1) {
      throw ValidationProblem.of("page", "Page must be a whole number, 1 or more");
    }
    return Integer.parseInt(page);
  }

  /**
   * The day to review as at, as typed ({@code YYYY-MM-DD}): blank is today. What is still open on
   * that day (a request with no response sent, an internal review not decided, an instalment still
   * to come) is judged as at it: overdue only if its due date is before it, as a lawyer judges a
   * thread as at its last message. A response already sent is judged on the day it was sent, as
   * always. A day still to come is refused: a finding states what is late, not what will be.
   *
   * @throws ValidationProblem when it is not a real date written YYYY-MM-DD, or is after today
   */
  public LocalDate asAt(String typed) {
    LocalDate today = LocalDate.now(clock);
    if (typed == null || typed.isBlank()) {
      return today;
    }
    String day = typed.strip();
    LocalDate asAt;
    try {
      if (!day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", day, 0);
      }
      asAt = LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw ValidationProblem.of(
          "asAt", "The date to review as at must be a real date, YYYY-MM-DD");
    }
    if (asAt.isAfter(today)) {
      throw ValidationProblem.of(
          "asAt", "The date to review as at must be today or a day before today");
    }
    return asAt;
  }

  private static int pageCount(int items, int size) {
    return Math.max(1, (items + size - 1) / size);
  }

  /**
   * @throws ValidationProblem when there is no such page
   */
  private static void exists(int page, int pageCount) {
    if (page > pageCount) {
      String pages = pageCount == 1 ? "there is 1 page" : "there are " + pageCount + " pages";
      throw ValidationProblem.of("page", "Page " + page + " does not exist: " + pages);
    }
  }

  private static long[] slice(long[] ids, int page, int size) {
    int from = Math.min(ids.length, (page - 1) * size);
    return Arrays.copyOfRange(ids, from, Math.min(ids.length, from + size));
  }

  private static List<Long> list(long[] ids) {
    return Arrays.stream(ids).boxed().toList();
  }

  // --- The API ---------------------------------------------------------------------------------

  /**
   * A page of findings: the cases with findings, worst first (their worst finding, then the number
   * of findings, then the order they were logged), {@code pageSize} cases a page, each case's
   * findings worst first.
   *
   * @throws ValidationProblem when the page is not a number from 1 or there is no such page
   */
  public FindingsPage findings(String typedPage) {
    return findings(typedPage, LocalDate.now(clock));
  }

  /**
   * A page of findings as at a day (see {@link #asAt(String)}). As at today the kept summary orders
   * the cases; as at another day the summary is made afresh for it (every request reviewed again).
   *
   * @throws ValidationProblem when the page is not a number from 1 or there is no such page
   */
  public FindingsPage findings(String typedPage, LocalDate asAt) {
    int page = page(typedPage);
    Basis now = basis();
    RefusalSummary s =
        asAt.equals(now.today())
            ? summary.get(now).value()
            : summarise(new Basis(now.position(), asAt));
    long[] ordered = scoped(s.withFindings());
    int size = pageSize;
    int pageCount = pageCount(ordered.length, size);
    exists(page, pageCount);
    List<Long> ids = list(slice(ordered, page, size));
    List<FindingView> views =
        QuarkusTransaction.joiningExisting().call(() -> findingViews(ids, true, asAt));
    // the total is the auditor's own cases' findings, like the pages
    long total = scope.all() ? s.findings() : s.findingsOf(ordered);
    return new FindingsPage(views, page, pageCount, ordered.length, total);
  }

  /** The findings of one case, worst first. */
  public List<FindingView> findingsOf(String slug) {
    return findingsOf(slug, LocalDate.now(clock));
  }

  /** The findings of one case as at a day (see {@link #asAt(String)}), worst first. */
  public List<FindingView> findingsOf(String slug, LocalDate asAt) {
    return findingsOf(() -> FoiRequest.findBySlugFor(slug), "No case " + slug, asAt);
  }

  /** The findings of the request with this reference, published or not, worst first. */
  public List<FindingView> findingsOfReference(String reference) {
    return findingsOfReference(reference, LocalDate.now(clock));
  }

  /** The findings of the request with this reference as at a day, worst first. */
  public List<FindingView> findingsOfReference(String reference, LocalDate asAt) {
    return findingsOf(
        () -> FoiRequest.findByReference(reference),
        "No request has the reference " + reference,
        asAt);
  }

  private List<FindingView> findingsOf(
      Supplier<Optional<FoiRequest>> find, String notFound, LocalDate asAt) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              FoiRequest request = find.get().orElseThrow(() -> new NotFoundProblem(notFound));
              return findingViews(List.of(request.id), false, asAt);
            });
  }

  private List<FindingView> findingViews(
      List<Long> ids, boolean withQuestionsOnly, LocalDate asAt) {
    List<Reviewed> reviewed = reviewer.byIds(ids, asAt);
    Map<String, FindingMark> marks = marks(reviewed);
    List<FindingView> views = new ArrayList<>();
    for (Reviewed r : reviewed) {
      if (withQuestionsOnly && r.questions().isEmpty()) {
        continue;
      }
      List<FindingView> ofCase = new ArrayList<>();
      for (Finding f : r.result().findings()) {
        ofCase.add(
            new FindingView(
                r.request().slug,
                r.request().systemReference,
                r.request().title,
                f.questionNumbers(),
                f.ruleId(),
                f.provision(),
                f.severity(),
                f.message(),
                markView(marks.get(key(r.request().id, f))),
                asAt));
      }
      ofCase.sort(Comparator.comparing(FindingView::severity));
      views.addAll(ofCase);
    }
    return views;
  }

  // --- The refusals page -----------------------------------------------------------------------

  /**
   * One page of the questions not provided in full, by case, with their grounds and the findings,
   * worst case first. A page number that is not valid gives the page with its error and no cases.
   */
  public Refusals refusals(RefusalFilter filter, String typedPage) {
    try {
      return refusals(filter, page(typedPage), null, true);
    } catch (ValidationProblem e) {
      return refusals(filter, 1, e.errors(), false);
    }
  }

  /**
   * The page holding the case of a mark the auditor must correct, with the mark as typed and its
   * errors.
   */
  public Refusals rejected(RefusalFilter filter, MarkRejected rejected) {
    Integer page = pageOf(filter, rejected.command().requestId());
    RefusalFilter shown = page == null ? RefusalFilter.NONE : filter;
    int p = page == null ? pageOf(shown, rejected.command().requestId(), 1) : page;
    List<FieldError> errors = new ArrayList<>();
    for (FieldError e : rejected.errors()) {
      errors.add(new FieldError(anchorOf(rejected.command()) + "-" + e.field(), e.message()));
    }
    return select(shown, p, rejected, errors, true);
  }

  /** The page of the refusals page, with this filter, that holds a case; null if none does. */
  public Integer pageOf(RefusalFilter filter, Long requestId) {
    if (requestId == null) {
      return null;
    }
    long[] ids = scoped(summary.get(basis()).value().select(filter).ids());
    int index = -1;
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == requestId) {
        index = i;
        break;
      }
    }
    return index < 0 ? null : index / pageSize + 1;
  }

  private int pageOf(RefusalFilter filter, Long requestId, int otherwise) {
    Integer page = pageOf(filter, requestId);
    return page == null ? otherwise : page;
  }

  private Refusals refusals(
      RefusalFilter filter, int page, List<FieldError> errors, boolean showCases) {
    try {
      return select(filter, page, null, errors == null ? List.of() : errors, showCases);
    } catch (ValidationProblem e) {
      return select(filter, 1, null, e.errors(), false);
    }
  }

  /** The cases of one page of the refusals, read and reviewed again in full. */
  private Refusals select(
      RefusalFilter filter,
      int page,
      MarkRejected rejected,
      List<FieldError> errors,
      boolean showCases) {
    Basis now = basis();
    KeptUntilChanged.Made<Basis, RefusalSummary> made = summary.get(now);
    RefusalSummary s = made.value();
    if (!scope.all()) {
      // the totals, the filter's choices and the count of requests are the auditor's own
      Set<Long> theirs = mine();
      s = s.only(theirs, theirs.size());
    }
    RefusalSummary.Selection selection = s.select(filter);
    int size = pageSize;
    long[] mine = selection.ids();
    int pageCount = pageCount(mine.length, size);
    if (showCases) {
      exists(page, pageCount);
    }
    long[] ids = showCases ? slice(mine, page, size) : new long[0];
    List<Refusals.ShownCase> cases =
        ids.length == 0
            ? List.of()
            : QuarkusTransaction.joiningExisting()
                .call(() -> shown(reviewer.byIds(list(ids), now.today()), filter));
    int from = ids.length == 0 ? 0 : (page - 1) * size + 1;
    return new Refusals(
        filter,
        s,
        selection,
        page,
        pageCount,
        from,
        from == 0 ? 0 : from + ids.length - 1,
        cases,
        made.at(),
        made.current(now),
        rejected,
        errors,
        showCases);
  }

  /**
   * What the filter selects of each case of a page, fully reviewed, in the order given: the
   * questions not provided in full that it shows, and the findings about them (or about the whole
   * case) with their marks. A case the filter leaves nothing of is left out.
   */
  private List<Refusals.ShownCase> shown(List<Reviewed> reviewed, RefusalFilter filter) {
    Map<String, FindingMark> marks = marks(reviewed);
    List<Refusals.ShownCase> cases = new ArrayList<>();
    for (Reviewed r : reviewed) {
      List<Question> shown = shownQuestions(r, filter);
      if (shown.isEmpty()) {
        continue;
      }
      List<Integer> shownNumbers = shown.stream().map(q -> q.number).toList();
      List<Refusals.MarkedFinding> findings = new ArrayList<>();
      for (Finding f : r.result().findings()) {
        if (f.questionNumbers().isEmpty()
            || f.questionNumbers().stream().anyMatch(shownNumbers::contains)) {
          findings.add(new Refusals.MarkedFinding(f, marks.get(key(r.request().id, f))));
        }
      }
      cases.add(new Refusals.ShownCase(r, shown, findings));
    }
    return cases;
  }

  /** The questions of a case not provided in full that the filter selects; none to leave it out. */
  private static List<Question> shownQuestions(Reviewed r, RefusalFilter filter) {
    FoiRequest request = r.request();
    List<Question> refused = RefusalSummary.Builder.refused(r.questions());
    if (filter.year() != null
        && (request.receivedOn == null || request.receivedOn.getYear() != filter.year())) {
      return List.of();
    }
    if (filter.officer() != null && !filter.officer().equals(request.assignedTo)) {
      return List.of();
    }
    return refused.stream()
        .filter(q -> filter.outcome() == null || q.outcome == filter.outcome())
        .filter(
            q ->
                filter.provision() == null
                    || r.citations().getOrDefault(q.id, List.of()).stream()
                        .anyMatch(c -> c.provision.code.equals(filter.provision())))
        .toList();
  }

  static String anchor(long requestId, Finding f) {
    return anchor(requestId, f.ruleId(), f.questionKey());
  }

  static String anchorOf(MarkCommand c) {
    return anchor(c.requestId(), c.ruleId(), c.questions());
  }

  static String anchor(Long requestId, String ruleId, String questions) {
    String q = questions == null || questions.isBlank() ? "all" : questions.replace(",", "-");
    return ("finding-" + requestId + "-" + ruleId + "-" + q)
        .toLowerCase(Locale.UK)
        .replace('_', '-');
  }

  // --- Marks -----------------------------------------------------------------------------------

  /**
   * Marks a finding accepted or disputed with a note, and records the mark as an audit event in the
   * same transaction. The finding must be one the checks find now.
   *
   * @return the anchor of the finding on the refusals page
   * @throws MarkRejected when the verdict or the note is missing or too long
   */
  @Transactional
  public String mark(String actor, MarkCommand command) {
    FoiRequest request =
        command.requestId() == null
            ? null
            : FoiRequest.<FoiRequest>findByIdOptional(command.requestId()).orElse(null);
    if (request == null || !scope.covers(request.authority)) {
      throw new NotFoundProblem("No such case");
    }
    Finding finding =
        reviewer
            .byIds(List.of(request.id), LocalDate.now(clock))
            .get(0)
            .result()
            .findings()
            .stream()
            .filter(f -> f.ruleId().equals(command.ruleId()))
            .filter(
                f -> f.questionKey().equals(command.questions() == null ? "" : command.questions()))
            .findFirst()
            .orElseThrow(
                () ->
                    ValidationProblem.of("ruleId", "The checks do not find this in the case now."));
    List<FieldError> errors = new ArrayList<>();
    Verdict verdict = null;
    try {
      verdict = command.verdict() == null ? null : Verdict.valueOf(command.verdict());
    } catch (IllegalArgumentException e) {
      verdict = null;
    }
    if (verdict == null) {
      errors.add(new FieldError("verdict", "Select whether you accept or dispute the finding"));
    }
    String note = command.note() == null ? "" : command.note().strip();
    if (note.isEmpty()) {
      errors.add(new FieldError("note", "Enter a note on the finding"));
    } else if (note.length() > NOTE_MAX) {
      errors.add(new FieldError("note", "The note must be 2,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new MarkRejected(command, errors);
    }
    FindingMark mark =
        FindingMark.find(request, finding.ruleId(), finding.questionKey()).orElse(null);
    if (mark != null && mark.verdict == verdict && note.equals(mark.note)) {
      // the same mark posted again (a refresh, a double click): nothing to record
      return anchor(request.id, finding);
    }
    String before = mark == null ? null : mark.verdict + ": " + mark.note;
    if (mark == null) {
      mark = new FindingMark();
      mark.request = request;
      mark.ruleId = finding.ruleId();
      mark.questionNumbers = finding.questionKey();
    }
    mark.verdict = verdict;
    mark.note = note;
    mark.markedBy = actor;
    mark.markedAt = Instant.now(clock);
    mark.persist();
    audit.record(
        actor,
        verdict == Verdict.ACCEPTED ? "FINDING_ACCEPTED" : "FINDING_DISPUTED",
        "request",
        request.id,
        "Finding "
            + finding.ruleId()
            + " ("
            + finding.provision()
            + ", "
            + finding.questionsLabel().toLowerCase(Locale.UK)
            + ") "
            + verdict.label().toLowerCase(Locale.UK),
        before,
        verdict + ": " + note);
    return anchor(request.id, finding);
  }
}
