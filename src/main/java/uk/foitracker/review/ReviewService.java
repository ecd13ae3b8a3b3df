package uk.foitracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.question.Outcome;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.review.Views.CaseRefusals;
import uk.foitracker.review.Views.FindingRow;
import uk.foitracker.review.Views.FindingView;
import uk.foitracker.review.Views.Ground;
import uk.foitracker.review.Views.MarkFormState;
import uk.foitracker.review.Views.MarkView;
import uk.foitracker.review.Views.NoteRow;
import uk.foitracker.review.Views.Option;
import uk.foitracker.review.Views.RefusalsView;
import uk.foitracker.review.Views.RefusedQuestion;
import uk.foitracker.rules.checks.CheckResult;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.rules.checks.RefusalCheck;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The auditor's review: runs the checks of {@link RefusalCheck} over every request, lists refusals
 * with their grounds and findings, and records the auditor's marks. Auditors change nothing else.
 */
@ApplicationScoped
@Transactional
public class ReviewService {
  static final int NOTE_MAX = 2000;

  private final AuditLog audit;
  private final ReviewConfig config;
  private final Clock clock;
  private final RefusalCheck check = RefusalCheck.standard();

  ReviewService(AuditLog audit, ReviewConfig config, Clock clock) {
    this.audit = audit;
    this.config = config;
    this.clock = clock;
  }

  /** A request with its questions, citations and the result of the checks. */
  private record Reviewed(
      FoiRequest request,
      List<Question> questions,
      Map<Long, List<Citation>> citations,
      CheckResult result) {}

  private Reviewed review(FoiRequest request) {
    List<Question> questions =
        Question.list(
            "select q from Question q left join fetch q.answer where q.request = ?1 order by q.number",
            request);
    Map<Long, List<Citation>> citations =
        Citation.forQuestions(questions).stream()
            .collect(
                Collectors.groupingBy(c -> c.question.id, LinkedHashMap::new, Collectors.toList()));
    CheckResult result =
        check.review(
            FactsBuilder.build(
                request,
                questions,
                citations,
                config.smallNumberThreshold(),
                LocalDate.now(clock)));
    return new Reviewed(request, questions, citations, result);
  }

  private List<Reviewed> reviewAll() {
    List<FoiRequest> requests = FoiRequest.list("order by id");
    return requests.stream().map(this::review).filter(r -> !r.questions().isEmpty()).toList();
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

  private static MarkView markView(FindingMark m) {
    return m == null ? null : new MarkView(m.verdict, m.note, m.markedBy, m.markedAt);
  }

  // --- The API ---------------------------------------------------------------------------------

  /** Every finding, worst first, or those of one case. */
  public List<FindingView> findings(String slug) {
    List<Reviewed> reviewed;
    if (slug == null || slug.isBlank()) {
      reviewed = reviewAll();
    } else {
      FoiRequest request =
          FoiRequest.findBySlug(slug).orElseThrow(() -> new NotFoundException("No case " + slug));
      reviewed = List.of(review(request));
    }
    Map<String, FindingMark> marks = marks(reviewed);
    List<FindingView> views = new ArrayList<>();
    for (Reviewed r : reviewed) {
      for (Finding f : r.result().findings()) {
        views.add(
            new FindingView(
                r.request().slug,
                r.request().systemReference,
                r.request().title,
                f.questionNumbers(),
                f.ruleId(),
                f.provision(),
                f.severity(),
                f.message(),
                markView(marks.get(key(r.request().id, f)))));
      }
    }
    views.sort(Comparator.comparing(FindingView::severity));
    return views;
  }

  // --- The refusals page -----------------------------------------------------------------------

  /**
   * Every question not provided in full, by case, with its grounds and the findings, worst case
   * first; {@code rejected} is a mark the auditor must correct, shown again with its errors.
   */
  public RefusalsView refusals(RefusalFilter filter, MarkRejected rejected) {
    List<Reviewed> reviewed = reviewAll();
    Map<String, FindingMark> marks = marks(reviewed);
    TreeMap<String, String> provisionOptions = new TreeMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    TreeSet<String> officers = new TreeSet<>();
    List<CaseRefusals> cases = new ArrayList<>();
    int questionCount = 0;
    for (Reviewed r : reviewed) {
      FoiRequest request = r.request();
      List<Question> refused =
          r.questions().stream()
              .filter(q -> q.outcome != null && q.outcome != Outcome.PROVIDED_IN_FULL)
              .toList();
      if (refused.isEmpty()) {
        continue;
      }
      if (request.receivedOn != null) {
        years.add(request.receivedOn.getYear());
      }
      if (request.assignedTo != null) {
        officers.add(request.assignedTo);
      }
      refused.forEach(
          q ->
              r.citations()
                  .getOrDefault(q.id, List.of())
                  .forEach(
                      c ->
                          provisionOptions.put(
                              c.provision.code, c.provision.reference + " " + c.provision.title)));
      if (filter.year() != null
          && (request.receivedOn == null || request.receivedOn.getYear() != filter.year())) {
        continue;
      }
      if (filter.officer() != null && !filter.officer().equals(request.assignedTo)) {
        continue;
      }
      List<Question> shown =
          refused.stream()
              .filter(q -> filter.outcome() == null || q.outcome == filter.outcome())
              .filter(
                  q ->
                      filter.provision() == null
                          || r.citations().getOrDefault(q.id, List.of()).stream()
                              .anyMatch(c -> c.provision.code.equals(filter.provision())))
              .toList();
      if (shown.isEmpty()) {
        continue;
      }
      questionCount += shown.size();
      List<Integer> shownNumbers = shown.stream().map(q -> q.number).toList();
      List<FindingRow> rows = new ArrayList<>();
      for (Finding f : r.result().findings()) {
        if (!f.questionNumbers().isEmpty()
            && f.questionNumbers().stream().noneMatch(shownNumbers::contains)) {
          continue;
        }
        String anchor = anchor(request.id, f);
        MarkFormState form = null;
        if (rejected != null
            && Objects.equals(rejected.command().requestId(), request.id)
            && f.ruleId().equals(rejected.command().ruleId())
            && f.questionKey().equals(rejected.command().questions())) {
          form =
              new MarkFormState(
                  rejected.command().verdict(),
                  rejected.command().note(),
                  error(rejected, "verdict"),
                  error(rejected, "note"));
        }
        rows.add(
            new FindingRow(
                anchor,
                request.id,
                f.ruleId(),
                f.provision(),
                f.questionNumbers(),
                f.questionKey(),
                f.questionsLabel(),
                f.severity(),
                f.message(),
                markView(marks.get(key(request.id, f))),
                form));
      }
      List<RefusedQuestion> questions =
          shown.stream()
              .map(
                  q ->
                      new RefusedQuestion(
                          q.number,
                          q.text,
                          q.outcome,
                          r.citations().getOrDefault(q.id, List.of()).stream()
                              .map(
                                  c ->
                                      new Ground(
                                          c.provision.reference,
                                          c.provision.title,
                                          c.role.label(),
                                          c.reasons))
                              .toList(),
                          rows.stream()
                              .filter(f -> f.questionNumbers().contains(q.number))
                              .map(f -> new Views.FindingLink(f.anchor(), f.ruleId()))
                              .toList()))
              .toList();
      cases.add(
          new CaseRefusals(
              request.id,
              request.slug,
              request.title,
              request.systemReference != null
                  ? request.systemReference
                  : request.authorityReference,
              request.state == RequestState.PUBLISHED,
              request.assignedTo == null ? "Not assigned" : request.assignedTo,
              request.receivedOn == null
                  ? "Not stated"
                  : String.valueOf(request.receivedOn.getYear()),
              questions,
              rows,
              r.result().notes().stream()
                  .map(n -> new NoteRow(n.ruleId(), n.questionsLabel(), n.message()))
                  .toList()));
    }
    cases.sort(
        Comparator.comparingInt(ReviewService::worst)
            .thenComparing(c -> -c.findings().size())
            .thenComparing(CaseRefusals::title));
    List<Option> provisionChoices =
        provisionOptions.entrySet().stream()
            .map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(filter.provision())))
            .toList();
    List<Option> outcomeChoices =
        java.util.Arrays.stream(Outcome.values())
            .filter(o -> o != Outcome.PROVIDED_IN_FULL)
            .map(o -> new Option(o.name(), o.label(), o == filter.outcome()))
            .toList();
    List<Option> yearChoices =
        years.stream()
            .map(y -> new Option(String.valueOf(y), String.valueOf(y), y.equals(filter.year())))
            .toList();
    List<Option> officerChoices =
        officers.stream().map(o -> new Option(o, o, o.equals(filter.officer()))).toList();
    // The summary links to each field by its id on the page: the finding's anchor and the field.
    List<FieldError> errors = new ArrayList<>();
    if (rejected != null) {
      for (FieldError e : rejected.errors()) {
        errors.add(new FieldError(anchorOf(rejected.command()) + "-" + e.field(), e.message()));
      }
    }
    return new RefusalsView(
        cases,
        questionCount,
        provisionChoices,
        outcomeChoices,
        yearChoices,
        officerChoices,
        filter.any(),
        new FormErrors(errors));
  }

  private static int worst(CaseRefusals c) {
    return c.findings().stream()
        .mapToInt(f -> f.severity().ordinal())
        .min()
        .orElse(Severity.values().length);
  }

  private static String error(MarkRejected rejected, String field) {
    return rejected.errors().stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
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
  public String mark(String actor, MarkCommand command) {
    FoiRequest request =
        command.requestId() == null
            ? null
            : FoiRequest.<FoiRequest>findByIdOptional(command.requestId()).orElse(null);
    if (request == null) {
      throw new NotFoundException("No such case");
    }
    Finding finding =
        review(request).result().findings().stream()
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
