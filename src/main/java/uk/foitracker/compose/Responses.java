package uk.foitracker.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.TableCell;
import uk.foitracker.answer.TableColumn;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableRow;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.Provision;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.clock.ClockSummaries;
import uk.foitracker.clock.RequestClocks;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.compose.ResponseInputs.CostLineInput;
import uk.foitracker.compose.ResponseInputs.RelatedInput;
import uk.foitracker.cost.Activity;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.cost.CostLine;
import uk.foitracker.publication.CaseVersion;
import uk.foitracker.publication.CaseView;
import uk.foitracker.publication.PublishedCases;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.Aggregation;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockProblem;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.NoticeCompleteness;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.WorkingDayCalendar;
import uk.foitracker.search.SearchIndex;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.ValidationProblem;

/**
 * Composing, sending and publishing a response: one public method per officer action, each writing
 * its audit event in the same transaction. Bad input changes nothing.
 */
@ApplicationScoped
@Transactional
public class Responses {
  public static final String LICENCE = "OGL-UK-3.0";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final AuditLog audit;
  private final Clock clock;
  private final PublishedCases cases;
  private final ObjectMapper json;
  private final ResponseDrafts drafts;
  private final SearchIndex search;
  private final RequestClocks clocks;
  private final ClockSummaries summaries;

  Responses(
      RequestClocks clocks,
      ClockSummaries summaries,
      AuditLog audit,
      Clock clock,
      PublishedCases cases,
      ObjectMapper json,
      ResponseDrafts drafts,
      SearchIndex search) {
    this.audit = audit;
    this.clock = clock;
    this.cases = cases;
    this.json = json;
    this.drafts = drafts;
    this.search = search;
    this.clocks = clocks;
    this.summaries = summaries;
  }

  // --- answers ---------------------------------------------------------------------------------

  /**
   * Writes an answer and links it to its questions; {@code position} null creates a new answer.
   * Returns the answer's position. An answer left without questions is removed.
   */
  public int saveAnswer(String ref, Integer position, AnswerInput input, String actor) {
    FoiRequest request = editable(ref, actor);
    List<FieldError> errors = new ArrayList<>();
    List<Question> questions = questions(request, input.questions(), "questions", errors);
    List<String> paragraphs =
        input.paragraphs() == null
            ? List.of()
            : input.paragraphs().stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    if (paragraphs.isEmpty()) {
      errors.add(new FieldError("paragraphs", "Enter the answer"));
    }
    String body = String.join(Answer.PARAGRAPH_BREAK, paragraphs);
    if (body.length() > 50000) {
      errors.add(new FieldError("paragraphs", "The answer must be 50,000 characters or fewer"));
    }
    Answer answer = null;
    if (position != null) {
      answer = answer(request, position);
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    boolean created = answer == null;
    if (created) {
      answer = new Answer();
      answer.request = request;
      answer.position = nextAnswerPosition(request);
    }
    answer.body = body;
    answer.persist();
    Set<Answer> previous = new java.util.HashSet<>();
    for (Question q : Question.<Question>list("answer = ?1", answer)) {
      if (!questions.contains(q)) {
        q.answer = null;
      }
    }
    for (Question q : questions) {
      if (q.answer != null && q.answer != answer) {
        previous.add(q.answer);
      }
      q.answer = answer;
    }
    Question.flush();
    for (Answer old : previous) {
      if (Question.count("answer", old) == 0) {
        deleteAnswer(old);
      }
    }
    audit.record(
        actor,
        created ? "ANSWER_ADDED" : "ANSWER_CHANGED",
        "request",
        request.id,
        (created ? "Answer " : "Changed answer ")
            + answer.position
            + " to questions "
            + numbers(questions),
        null,
        null);
    return answer.position;
  }

  /** Sets the outcome of one question. */
  public void setOutcome(String ref, int number, String outcome, String actor) {
    FoiRequest request = editable(ref, actor);
    Question question = question(request, number);
    Outcome parsed;
    try {
      parsed = Outcome.valueOf(outcome == null ? "" : outcome.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of(
          "outcome", "Choose the outcome: one of " + List.of(Outcome.values()));
    }
    Outcome before = question.outcome;
    question.outcome = parsed;
    audit.record(
        actor,
        "OUTCOME_SET",
        "request",
        request.id,
        "Question " + number + ": " + StatuteLabels.label(parsed),
        before == null ? null : before.name(),
        parsed.name());
  }

  // --- tables ----------------------------------------------------------------------------------

  /** Adds a table, read and confirmed, to the end of an answer. Returns its position. */
  public int addTable(
      String ref,
      int answerPosition,
      List<List<String>> grid,
      TableDraft.Layout layout,
      String sourceField,
      String actor) {
    FoiRequest request = editable(ref, actor);
    Answer answer = answer(request, answerPosition);
    TableDraft draft = TableDraft.read(grid, layout, sourceField);
    draft.requireConfirmation(layout);
    int position =
        AnswerTable.<AnswerTable>list("answer = ?1", answer).stream()
                .mapToInt(t -> t.position)
                .max()
                .orElse(0)
            + 1;
    AnswerTable.create(answer, position, draft);
    audit.record(
        actor,
        "TABLE_ADDED",
        "request",
        request.id,
        "Table \""
            + draft.caption()
            + "\" added to answer "
            + answerPosition
            + ": "
            + draft.rows().size()
            + " rows, "
            + draft.columns().size()
            + " columns, "
            + draft.notHeldCells()
            + " not held (confirmed), "
            + draft.suppressedCells()
            + " suppressed",
        null,
        null);
    return position;
  }

  /** Removes a table from an answer. */
  public void removeTable(String ref, int answerPosition, int tablePosition, String actor) {
    FoiRequest request = editable(ref, actor);
    Answer answer = answer(request, answerPosition);
    AnswerTable table =
        AnswerTable.<AnswerTable>find("answer = ?1 and position = ?2", answer, tablePosition)
            .firstResultOptional()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Answer " + answerPosition + " has no table " + tablePosition));
    String caption = table.caption;
    deleteTable(table);
    audit.record(
        actor,
        "TABLE_REMOVED",
        "request",
        request.id,
        "Table \"" + caption + "\" removed from answer " + answerPosition,
        null,
        null);
  }

  private static void deleteTable(AnswerTable table) {
    TableCell.delete("row.id in (select r.id from TableRow r where r.table = ?1)", table);
    TableRow.delete("table", table);
    TableColumn.delete("table", table);
    table.delete();
  }

  private static void deleteAnswer(Answer answer) {
    for (AnswerTable t : AnswerTable.<AnswerTable>list("answer", answer)) {
      deleteTable(t);
    }
    answer.delete();
  }

  // --- citations -------------------------------------------------------------------------------

  /**
   * Cites a provision for a question. The role follows from the provision: s.1(1)(a) is a denial
   * (not held), never an exemption. A qualified exemption needs the public interest test.
   */
  public int cite(String ref, int number, CitationInput input, String actor) {
    FoiRequest request = editable(ref, actor);
    Question question = question(request, number);
    List<FieldError> errors = new ArrayList<>();
    Provision provision =
        input.provision() == null
            ? null
            : Provision.findByCode(input.provision().strip()).orElse(null);
    if (provision == null) {
      errors.add(new FieldError("provision", "Choose a provision from the catalogue"));
    } else if (provision.regime != request.regime) {
      errors.add(
          new FieldError(
              "provision",
              provision.reference
                  + " is a provision of the "
                  + provision.regime
                  + "; this request is under the "
                  + request.regime));
    }
    String reasons =
        text(
            input.reasons(),
            "reasons",
            "Say why " + (provision == null ? "the provision" : provision.reference) + " applies",
            errors);
    boolean qualified = provision != null && provision.kind == ProvisionKind.QUALIFIED;
    String piFor = null;
    String piAgainst = null;
    String piConclusion = null;
    if (qualified) {
      piFor =
          text(
              input.publicInterestFor(),
              "publicInterestFor",
              "Give the public interest arguments for disclosure (s.17(3))",
              errors);
      piAgainst =
          text(
              input.publicInterestAgainst(),
              "publicInterestAgainst",
              "Give the public interest arguments for maintaining the exemption (s.17(3))",
              errors);
      piConclusion =
          text(
              input.publicInterestConclusion(),
              "publicInterestConclusion",
              "Say where the balance of the public interest lies and why (s.17(3)(b))",
              errors);
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Citation citation = new Citation();
    citation.question = question;
    citation.provision = provision;
    citation.position =
        Citation.<Citation>list("question", question).stream()
                .mapToInt(c -> c.position)
                .max()
                .orElse(0)
            + 1;
    citation.role = roleOf(provision.kind);
    citation.reasons = reasons;
    citation.persist();
    if (qualified) {
      PublicInterest pi = new PublicInterest();
      pi.citationId = citation.id;
      pi.argumentsFor = piFor;
      pi.argumentsAgainst = piAgainst;
      pi.conclusion = piConclusion;
      pi.persist();
    }
    audit.record(
        actor,
        "PROVISION_CITED",
        "request",
        request.id,
        "Question "
            + number
            + ": "
            + provision.reference
            + " "
            + provision.title
            + " ("
            + StatuteLabels.label(citation.role)
            + ")",
        null,
        null);
    return citation.position;
  }

  /** Removes one citation of a question. */
  public void removeCitation(String ref, int number, int position, String actor) {
    FoiRequest request = editable(ref, actor);
    Question question = question(request, number);
    Citation citation =
        Citation.<Citation>find("question = ?1 and position = ?2", question, position)
            .firstResultOptional()
            .orElseThrow(
                () -> new NotFoundException("Question " + number + " has no citation " + position));
    PublicInterest.deleteById(citation.id);
    String reference = citation.provision.reference;
    citation.delete();
    audit.record(
        actor,
        "CITATION_REMOVED",
        "request",
        request.id,
        "Question " + number + ": " + reference + " no longer cited",
        null,
        null);
  }

  static CitationRole roleOf(ProvisionKind kind) {
    return switch (kind) {
      case DENIAL -> CitationRole.DENIAL;
      case COST_LIMIT -> CitationRole.COST_LIMIT;
      case ADVICE -> CitationRole.ADVICE;
      case PROCEDURE -> CitationRole.PROCEDURE;
      case ABSOLUTE, QUALIFIED, REFUSAL -> CitationRole.EXEMPTION;
    };
  }

  // --- cost ------------------------------------------------------------------------------------

  /**
   * Records the s.12 assessment, replacing any before. Lines for activities that do not count
   * (redaction, considering exemptions) are refused with the reason; related requests are checked
   * against reg 5. Returns the estimate with its running total.
   */
  public CostEstimate.Result assessCost(String ref, CostInput input, String actor) {
    FoiRequest request = editable(ref, actor);
    List<FieldError> errors = new ArrayList<>();
    int limitPence =
        input.limitPence() == null ? request.authority.appropriateLimitPence : input.limitPence();
    int ratePence =
        input.hourlyRatePence() == null
            ? request.authority.hourlyRatePence
            : input.hourlyRatePence();
    if (limitPence <= 0) {
      errors.add(new FieldError("limitPence", "The appropriate limit must be more than £0"));
    }
    if (ratePence <= 0) {
      errors.add(new FieldError("hourlyRatePence", "The hourly rate must be more than £0"));
    }
    List<Question> questions = questions(request, input.questions(), "questions", errors);
    List<CostLineInput> lineInputs = input.lines() == null ? List.of() : input.lines();
    List<CostEstimate.ProposedLine> proposed =
        lineInputs.stream()
            .map(
                l ->
                    new CostEstimate.ProposedLine(
                        l.activity(), l.basis(), l.minutes() == null ? 0 : l.minutes()))
            .toList();
    CostEstimate.Result result =
        CostEstimate.assess(
            new AppropriateLimit(Math.max(limitPence, 1), Math.max(ratePence, 1)), proposed);
    for (CostEstimate.RefusedLine r : result.refused()) {
      errors.add(new FieldError("lines[" + r.index() + "]." + r.field(), r.reason()));
    }
    List<FoiRequest> related = new ArrayList<>();
    List<Aggregation.Related> toCheck = new ArrayList<>();
    List<RelatedInput> relatedInputs = input.related() == null ? List.of() : input.related();
    for (int i = 0; i < relatedInputs.size(); i++) {
      RelatedInput r = relatedInputs.get(i);
      FoiRequest other =
          r.reference() == null
              ? null
              : FoiRequest.<FoiRequest>find("systemReference", r.reference().strip()).firstResult();
      if (other == null || other.id.equals(request.id)) {
        errors.add(
            new FieldError(
                "related[" + i + "].reference", "Enter the reference of another request"));
        continue;
      }
      related.add(other);
      toCheck.add(
          new Aggregation.Related(
              other.systemReference,
              other.receivedOn,
              r.sameRequesterOrInConcert(),
              r.sameOrSimilarInformation()));
    }
    if (!toCheck.isEmpty()) {
      if (request.receivedOn == null) {
        errors.add(
            new FieldError(
                "related",
                "This request's received date is not stated, so no request can be aggregated with it (reg 5(2)(b))"));
      } else {
        for (Aggregation.Refusal refusal :
            Aggregation.check(WorkingDayCalendar.ukWide(), request.receivedOn, toCheck)) {
          errors.add(
              new FieldError(
                  "related",
                  (refusal.reference() == null ? "" : refusal.reference() + ": ")
                      + refusal.reason()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    CostAssessment cost = CostAssessment.forRequest(request).orElseGet(CostAssessment::new);
    boolean created = cost.id == null;
    if (!created) {
      CostLine.delete("assessment", cost);
      CostAggregation.delete("assessment", cost);
      cost.lines.clear();
      cost.questions.clear();
    }
    cost.request = request;
    cost.limitPence = limitPence;
    cost.hourlyRatePence = ratePence;
    cost.statement = blankToNull(input.statement());
    cost.advice = blankToNull(input.advice());
    cost.questions.addAll(
        questions.stream().sorted(java.util.Comparator.comparingInt(q -> q.number)).toList());
    cost.persist();
    CostLine.flush();
    int position = 0;
    for (CostEstimate.Line l : result.lines()) {
      CostLine line = new CostLine();
      line.assessment = cost;
      line.position = ++position;
      line.activity = Activity.valueOf(l.activity().name());
      line.basis = l.basis();
      line.minutes = l.minutes();
      line.persist();
      cost.lines.add(line);
    }
    for (int i = 0; i < related.size(); i++) {
      CostAggregation a = new CostAggregation();
      a.assessment = cost;
      a.related = related.get(i);
      a.reasons =
          "Same requester or in concert; same or similar information; within 60 working days (reg 5)";
      a.persist();
    }
    audit.record(
        actor,
        created ? "COST_ASSESSED" : "COST_REASSESSED",
        "request",
        request.id,
        "Cost assessment for questions "
            + numbers(questions)
            + ": "
            + result.hoursText()
            + " ("
            + uk.foitracker.web.Money.pounds(result.costPence())
            + ") against a limit of "
            + uk.foitracker.web.Money.pounds(limitPence)
            + (related.isEmpty()
                ? ""
                : ", aggregated with " + related.size() + " related requests"),
        null,
        null);
    return result;
  }

  // --- notice ----------------------------------------------------------------------------------

  /** Records the internal review procedure and the right to complain to the Commissioner. */
  public void setNotice(String ref, String reviewProcedure, String complaintRights, String actor) {
    FoiRequest request = editable(ref, actor);
    List<FieldError> errors = new ArrayList<>();
    if (reviewProcedure != null && reviewProcedure.length() > 20000) {
      errors.add(
          new FieldError(
              "reviewProcedure", "The review procedure must be 20,000 characters or fewer"));
    }
    if (complaintRights != null && complaintRights.length() > 20000) {
      errors.add(
          new FieldError(
              "complaintRights", "The complaint rights must be 20,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    ResponseNotice notice =
        ResponseNotice.<ResponseNotice>findByIdOptional(request.id).orElseGet(ResponseNotice::new);
    notice.requestId = request.id;
    notice.reviewProcedure = blankToNull(reviewProcedure);
    notice.complaintRights = blankToNull(complaintRights);
    notice.persist();
    audit.record(
        actor,
        "NOTICE_PARTICULARS_SET",
        "request",
        request.id,
        "Refusal notice: review procedure and complaint rights recorded",
        null,
        null);
  }

  /** Sets the licence statement printed with the response. */
  public void setLicenceStatement(String ref, String statement, String actor) {
    FoiRequest request = editable(ref, actor);
    if (statement != null && statement.length() > 2000) {
      throw ValidationProblem.of(
          "licenceStatement", "The licence statement must be 2,000 characters or fewer");
    }
    request.licence = LICENCE;
    request.licenceStatement = blankToNull(statement);
    audit.record(actor, "LICENCE_SET", "request", request.id, "Licence statement set", null, null);
  }

  // --- send, publish, correct ------------------------------------------------------------------

  /**
   * Records that the response was sent: the sent date stops the clock. Refused while a question has
   * no outcome; refused while the refusal notice lacks an element unless the officer acknowledges
   * it (the warning lists each one).
   */
  public List<NoticeCompleteness.Missing> send(
      String ref, LocalDate sentOn, boolean acknowledgeIncomplete, String actor) {
    FoiRequest request = request(ref);
    if (request.state == RequestState.SENT
        || request.state == RequestState.PUBLISHED
        || request.state == RequestState.WITHHELD_FROM_LOG) {
      throw ValidationProblem.of(
          "sentOn",
          "The response was already sent on " + uk.foitracker.web.Dates.display(request.sentOn));
    }
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (sentOn == null) {
      errors.add(new FieldError("sentOn", "Enter the date the response was sent"));
    } else if (sentOn.isAfter(today)) {
      errors.add(new FieldError("sentOn", "The date sent must be today or in the past"));
    } else if (request.receivedOn != null && sentOn.isBefore(request.receivedOn)) {
      errors.add(
          new FieldError(
              "sentOn", "The date sent must be on or after the date the request was received"));
    }
    for (Question q : Question.forRequest(request)) {
      if (q.outcome == null) {
        errors.add(
            new FieldError(
                "questions[" + q.number + "].outcome",
                "Choose the outcome of question " + q.number));
      }
      if (q.answer == null) {
        errors.add(
            new FieldError(
                "questions[" + q.number + "].answer", "Write the answer to question " + q.number));
      }
    }
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(request);
    if (errors.isEmpty() && request.receivedOn != null) {
      // the clock's own check: e.g. not while waiting for clarification or a fee
      for (ClockProblem p :
          clocks.problemsWith(
              request.regime, request.receivedOn, entries, new ClockEvent.ResponseSent(sentOn))) {
        errors.add(new FieldError("sentOn", p.message()));
      }
    }
    List<NoticeCompleteness.Missing> missing =
        NoticeCompleteness.check(drafts.noticeDraft(request));
    if (!missing.isEmpty() && !acknowledgeIncomplete) {
      for (NoticeCompleteness.Missing m : missing) {
        errors.add(new FieldError(m.field(), "The refusal notice is incomplete: " + m.message()));
      }
      errors.add(
          new FieldError(
              "acknowledgeIncomplete",
              "Complete the refusal notice, or confirm you are sending it without these elements"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = request.state.name();
    // The sent date is the RESPONSE_SENT clock event, the one source of truth for it (see
    // RequestClocks#calculate); FoiRequest.sentOn reads it back.
    ClockEventEntry sent = new ClockEventEntry();
    sent.request = request;
    sent.kind = ClockEventKind.RESPONSE_SENT;
    sent.date = sentOn;
    sent.actor = actor;
    sent.recordedAt = java.time.Instant.now(clock);
    sent.persist();
    List<ClockEventEntry> now = new ArrayList<>(entries);
    now.add(sent);
    if (request.receivedOn != null) {
      summaries.refresh(request, now);
    }
    request.state = RequestState.SENT;
    audit.record(
        actor,
        "RESPONSE_SENT",
        "request",
        request.id,
        "Response sent on "
            + uk.foitracker.web.Dates.display(sentOn)
            + (missing.isEmpty()
                ? ""
                : "; sent with the refusal notice lacking "
                    + String.join(
                        ", ",
                        missing.stream()
                            .map(NoticeCompleteness.Missing::section)
                            .distinct()
                            .toList())),
        before,
        RequestState.SENT.name());
    return missing;
  }

  /**
   * Publishes a sent response to the disclosure log at {@code slug}, as version 1. Refused when any
   * of the requester's personal data appears anywhere in what would be published.
   */
  public String publish(String ref, String slug, String actor) {
    FoiRequest request = request(ref);
    if (request.state != RequestState.SENT && request.state != RequestState.WITHHELD_FROM_LOG) {
      throw ValidationProblem.of(
          "slug",
          request.state == RequestState.PUBLISHED
              ? "The response is already published: publish a correction instead"
              : "Send the response before publishing it");
    }
    String s = slug == null ? "" : slug.strip();
    if (s.length() < 3 || s.length() > 120 || !SLUG.matcher(s).matches()) {
      throw ValidationProblem.of(
          "slug",
          "Enter a web address of 3 to 120 lower-case letters, digits and single hyphens, such as school-meals-2024");
    }
    if (FoiRequest.findBySlug(s).isPresent()) {
      throw ValidationProblem.of("slug", "Another case already has the web address " + s);
    }
    request.slug = s;
    request.publishedOn = LocalDate.now(clock);
    if (request.licence == null) {
      request.licence = LICENCE;
    }
    String before = request.state.name();
    request.state = RequestState.PUBLISHED;
    request.withheldReason = null;
    FoiRequest.flush();
    CaseView view = cases.draft(request);
    checkNoPersonalData(request, view);
    appendVersion(request, view, null, actor);
    audit.record(
        actor,
        "RESPONSE_PUBLISHED",
        "request",
        request.id,
        "Published to the disclosure log at /cases/" + s,
        before,
        RequestState.PUBLISHED.name());
    search.index(s); // searchable once this transaction commits
    return s;
  }

  /** Keeps a sent response out of the disclosure log, with the reason. */
  public void withhold(String ref, String reason, String actor) {
    FoiRequest request = request(ref);
    if (request.state != RequestState.SENT && request.state != RequestState.WITHHELD_FROM_LOG) {
      throw ValidationProblem.of(
          "reason",
          request.state == RequestState.PUBLISHED
              ? "The response is already published"
              : "Send the response first");
    }
    List<FieldError> errors = new ArrayList<>();
    String r = text(reason, "reason", "Say why the response is not published", errors);
    if (r != null && r.length() > 2000) {
      errors.add(new FieldError("reason", "The reason must be 2,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = request.state.name();
    request.state = RequestState.WITHHELD_FROM_LOG;
    request.withheldReason = r;
    audit.record(
        actor,
        "RESPONSE_WITHHELD",
        "request",
        request.id,
        "Not published to the disclosure log: " + r,
        before,
        RequestState.WITHHELD_FROM_LOG.name());
  }

  /**
   * Publishes the response as it now stands as a new version, with the reason for the correction.
   */
  public int correct(String ref, String reason, String actor) {
    FoiRequest request = request(ref);
    if (request.state != RequestState.PUBLISHED) {
      throw ValidationProblem.of("reason", "Only a published response can be corrected");
    }
    List<FieldError> errors = new ArrayList<>();
    String r = text(reason, "reason", "Say what the correction changes and why", errors);
    if (r != null && r.length() > 2000) {
      errors.add(new FieldError("reason", "The reason must be 2,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    ensureFirstVersion(request, actor);
    CaseView view = cases.draft(request);
    checkNoPersonalData(request, view);
    int version = appendVersion(request, view, r, actor);
    audit.record(
        actor,
        "CORRECTION_PUBLISHED",
        "request",
        request.id,
        "Published version " + version + ": " + r,
        null,
        null);
    search.index(request.slug); // the corrected text replaces the old once this commits
    return version;
  }

  private int appendVersion(FoiRequest request, CaseView view, String reason, String actor) {
    int version = CaseVersion.latest(request).map(v -> v.version).orElse(0) + 1;
    CaseVersion v = new CaseVersion();
    v.request = request;
    v.version = version;
    v.publishedOn = LocalDate.now(clock);
    v.reason = reason;
    v.actor = actor;
    try {
      v.snapshot = json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the case snapshot", e);
    }
    v.persist();
    return version;
  }

  /** A published case with no version yet (imported) keeps what the public saw as version 1. */
  private void ensureFirstVersion(FoiRequest request, String actor) {
    if (request.state == RequestState.PUBLISHED && CaseVersion.latest(request).isEmpty()) {
      CaseView asPublished = cases.draft(request);
      CaseVersion v = new CaseVersion();
      v.request = request;
      v.version = 1;
      v.publishedOn = request.publishedOn == null ? LocalDate.now(clock) : request.publishedOn;
      v.actor = actor;
      try {
        v.snapshot = json.writeValueAsString(asPublished);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write the case snapshot", e);
      }
      v.persist();
    }
  }

  /** Refuses publication when the requester's name, contact or address is anywhere in the case. */
  void checkNoPersonalData(FoiRequest request, CaseView view) {
    RequesterContact contact =
        RequesterContact.<RequesterContact>find("request", request).firstResult();
    if (contact == null) {
      return;
    }
    Map<String, String> needles = new java.util.LinkedHashMap<>();
    addNeedle(needles, contact.name, "the requester's name");
    addNeedle(needles, contact.contact, "the requester's contact details");
    addNeedle(needles, contact.address, "the requester's address");
    if (contact.address != null) {
      for (String line : contact.address.split("[\\n,]")) {
        addNeedle(needles, line, "part of the requester's address");
      }
    }
    if (contact.name != null) {
      for (String part : contact.name.strip().split("\\s+")) {
        if (part.length() >= 3) {
          addNeedle(needles, part, "part of the requester's name");
        }
      }
    }
    JsonNode tree = json.valueToTree(view);
    Set<String> found = new TreeSet<>();
    walk(tree, "", needles, found);
    if (!found.isEmpty()) {
      throw new ValidationProblem(
          found.stream()
              .map(f -> new FieldError("publication", "Remove " + f + " before publishing"))
              .toList());
    }
  }

  private static void addNeedle(Map<String, String> needles, String value, String what) {
    if (value != null && value.strip().length() >= 3) {
      needles.putIfAbsent(value.strip().toLowerCase(Locale.ROOT), what);
    }
  }

  private static void walk(
      JsonNode node, String path, Map<String, String> needles, Set<String> found) {
    if (node.isTextual()) {
      String text = node.asText().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> n : needles.entrySet()) {
        if (Pattern.compile("(^|\\W)" + Pattern.quote(n.getKey()) + "($|\\W)")
            .matcher(text)
            .find()) {
          found.add(n.getValue() + " from " + (path.isEmpty() ? "the case" : path));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", needles, found);
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), needles, found);
      }
    }
  }

  // --- internal review -------------------------------------------------------------------------

  /** Records that the requester asked for an internal review. */
  public void requestReview(String ref, LocalDate requestedOn, String actor) {
    FoiRequest request = request(ref);
    if (request.sentOn == null) {
      throw ValidationProblem.of(
          "requestedOn", "A review can only be asked for once the response is sent");
    }
    if (InternalReview.forRequest(request).isPresent()) {
      throw ValidationProblem.of("requestedOn", "An internal review is already recorded");
    }
    if (requestedOn == null) {
      throw ValidationProblem.of("requestedOn", "Enter the date the review was asked for");
    }
    if (requestedOn.isBefore(request.sentOn) || requestedOn.isAfter(LocalDate.now(clock))) {
      throw ValidationProblem.of(
          "requestedOn", "The date must be between the date the response was sent and today");
    }
    InternalReview review = new InternalReview();
    review.request = request;
    review.requestedOn = requestedOn;
    review.persist();
    audit.record(
        actor,
        "REVIEW_REQUESTED",
        "request",
        request.id,
        "Internal review asked for on " + uk.foitracker.web.Dates.display(requestedOn),
        null,
        null);
  }

  /** Records the outcome of the internal review. */
  public void decideReview(
      String ref,
      String reviewer,
      String outcome,
      String reasons,
      LocalDate decidedOn,
      String actor) {
    FoiRequest request = request(ref);
    InternalReview review =
        InternalReview.forRequest(request)
            .orElseThrow(
                () -> ValidationProblem.of("requestedOn", "Record the request for a review first"));
    if (review.decidedOn != null) {
      throw ValidationProblem.of(
          "outcome",
          "The review was already decided on " + uk.foitracker.web.Dates.display(review.decidedOn));
    }
    List<FieldError> errors = new ArrayList<>();
    String who = text(reviewer, "reviewer", "Enter who carried out the review", errors);
    if (who != null && who.length() > 100) {
      errors.add(new FieldError("reviewer", "The reviewer must be 100 characters or fewer"));
    }
    ReviewOutcome parsed = null;
    try {
      parsed = ReviewOutcome.valueOf(outcome == null ? "" : outcome.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError("outcome", "Choose the outcome: upheld, partly overturned or overturned"));
    }
    String why = text(reasons, "reasons", "Give the reasons for the outcome", errors);
    if (decidedOn == null) {
      errors.add(new FieldError("decidedOn", "Enter the date of the decision"));
    } else if (decidedOn.isBefore(review.requestedOn) || decidedOn.isAfter(LocalDate.now(clock))) {
      errors.add(
          new FieldError(
              "decidedOn", "The date must be between the date the review was asked for and today"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    review.reviewer = who;
    review.outcome = parsed;
    review.reasons = why;
    review.decidedOn = decidedOn;
    audit.record(
        actor,
        "REVIEW_DECIDED",
        "request",
        request.id,
        "Internal review by " + who + ": " + StatuteLabels.label(parsed),
        null,
        parsed.name());
  }

  // --- helpers ---------------------------------------------------------------------------------

  FoiRequest request(String ref) {
    return FoiRequest.<FoiRequest>find("systemReference", ref)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundException("No request has the reference " + ref));
  }

  /** The request, with a published case's first version kept before anything changes. */
  private FoiRequest editable(String ref, String actor) {
    FoiRequest request = request(ref);
    ensureFirstVersion(request, actor);
    return request;
  }

  private static Answer answer(FoiRequest request, int position) {
    return Answer.<Answer>find("request = ?1 and position = ?2", request, position)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundException("The request has no answer " + position));
  }

  private static Question question(FoiRequest request, int number) {
    return Question.<Question>find("request = ?1 and number = ?2", request, number)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundException("The request has no question " + number));
  }

  private static List<Question> questions(
      FoiRequest request, List<Integer> numbers, String field, List<FieldError> errors) {
    if (numbers == null || numbers.isEmpty()) {
      errors.add(new FieldError(field, "Choose at least one question"));
      return List.of();
    }
    List<Question> found = new ArrayList<>();
    for (Integer n : new TreeSet<>(numbers.stream().filter(Objects::nonNull).toList())) {
      Question q =
          Question.<Question>find("request = ?1 and number = ?2", request, n).firstResult();
      if (q == null) {
        errors.add(new FieldError(field, "The request has no question " + n));
      } else {
        found.add(q);
      }
    }
    return found;
  }

  private static int nextAnswerPosition(FoiRequest request) {
    return Answer.<Answer>list("request", request).stream()
            .mapToInt(a -> a.position)
            .max()
            .orElse(0)
        + 1;
  }

  private static String numbers(List<Question> questions) {
    return uk.foitracker.web.Money.joinNumbers(
        questions.stream().map(q -> q.number).sorted().toList());
  }

  private static String text(String value, String field, String message, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, message));
      return null;
    }
    if (value.length() > 20000) {
      errors.add(new FieldError(field, "This must be 20,000 characters or fewer"));
      return null;
    }
    return value.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
