package uk.foitracker.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.CellText;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.Authority;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.CitationGroup;
import uk.foitracker.citation.Provision;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.cost.Activity;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.cost.CostLine;
import uk.foitracker.question.Question;
import uk.foitracker.request.ClockSummaries;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.AuthorityKind;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/** Loads a published case from its data file, once: a case whose slug exists is left alone. */
@ApplicationScoped
@Transactional
public class CaseImporter {
  private final AuditLog audit;
  private final Clock clock;
  private final ClockSummaries summaries;

  CaseImporter(AuditLog audit, Clock clock, ClockSummaries summaries) {
    this.audit = audit;
    this.clock = clock;
    this.summaries = summaries;
  }

  /** Returns true when the case was imported, false when it was already there. */
  public boolean importIfAbsent(CaseDocument doc) {
    if (FoiRequest.findBySlug(doc.slug()).isPresent()) {
      return false;
    }
    Authority authority =
        Authority.findByName(doc.authority().name()).orElseGet(() -> newAuthority(doc));
    FoiRequest request = persistRequest(doc, authority);
    persistClock(request, doc);
    Map<String, Answer> answers = persistAnswers(request, doc);
    Map<Integer, Question> questions = persistQuestions(request, doc, answers);
    if (doc.costAssessment() != null) {
      persistCost(request, doc.costAssessment(), questions);
    }
    audit.record(
        "system",
        "CASE_IMPORTED",
        "request",
        request.id,
        "Imported published case " + doc.slug(),
        null,
        null);
    return true;
  }

  private FoiRequest persistRequest(CaseDocument doc, Authority authority) {
    FoiRequest request = new FoiRequest();
    request.authority = authority;
    request.regime = Regime.valueOf(doc.regime());
    request.slug = doc.slug();
    request.title = doc.title();
    request.authorityReference = doc.authorityReference();
    request.receivedOn = doc.receivedOn();
    request.publishedOn = doc.publishedOn();
    request.preamble = doc.preamble();
    request.postscript = doc.postscript();
    request.licence = doc.licence();
    request.licenceStatement = doc.licenceStatement();
    request.state = RequestState.PUBLISHED;
    request.createdAt = Instant.now(clock);
    request.persist();
    return request;
  }

  /** The clock events of the case (its sent date) and the clock summary made from them. */
  private void persistClock(FoiRequest request, CaseDocument doc) {
    List<ClockEventEntry> events = new ArrayList<>();
    if (doc.sentOn() != null) {
      // the sent date is a clock event, the one source of truth for it (see RequestClocks)
      ClockEventEntry sent = new ClockEventEntry();
      sent.request = request;
      sent.kind = ClockEventKind.RESPONSE_SENT;
      sent.date = doc.sentOn();
      sent.actor = "import";
      sent.recordedAt = Instant.now(clock);
      sent.persist();
      events.add(sent);
    }
    if (request.receivedOn != null) {
      summaries.refresh(request, events);
    }
  }

  /** The answers and their tables, by the key the questions use. */
  private static Map<String, Answer> persistAnswers(FoiRequest request, CaseDocument doc) {
    Map<String, Answer> answers = new HashMap<>();
    int answerPosition = 0;
    for (CaseDocument.AnswerDoc a : doc.answers()) {
      Answer answer = new Answer();
      answer.request = request;
      answer.position = ++answerPosition;
      answer.body = String.join(Answer.PARAGRAPH_BREAK, a.paragraphs());
      answer.persist();
      int tablePosition = 0;
      for (CaseDocument.TableDoc t : a.tables()) {
        persistTable(answer, ++tablePosition, t);
      }
      answers.put(a.key(), answer);
    }
    return answers;
  }

  /** The questions and their citations, by number. */
  private static Map<Integer, Question> persistQuestions(
      FoiRequest request, CaseDocument doc, Map<String, Answer> answers) {
    Map<Integer, Question> questions = new HashMap<>();
    // A ground stated once in an answer shared by several questions is one citation of them all.
    Map<List<String>, CitationGroup> groups = new HashMap<>();
    for (CaseDocument.QuestionDoc q : doc.questions()) {
      Question question = new Question();
      question.request = request;
      question.number = q.number();
      question.text = q.text();
      question.outcome = Outcome.valueOf(q.outcome());
      question.answer = answers.get(q.answer());
      question.persist();
      questions.put(q.number(), question);
      int citationPosition = 0;
      for (CaseDocument.CitationDoc c : q.citations()) {
        Citation citation = new Citation();
        citation.question = question;
        citation.provision =
            Provision.findByCode(c.provision())
                .orElseThrow(() -> new IllegalStateException("Unknown provision " + c.provision()));
        citation.position = ++citationPosition;
        citation.role = CitationRole.valueOf(c.role());
        citation.reasons = c.reasons();
        List<String> key =
            q.answer() == null
                ? List.of("question", String.valueOf(q.number()), String.valueOf(citationPosition))
                : Arrays.asList(q.answer(), c.provision(), c.role(), c.reasons());
        citation.group =
            groups.computeIfAbsent(
                key,
                k -> {
                  CitationGroup g = CitationGroup.next(request);
                  g.persist();
                  return g;
                });
        citation.persist();
      }
    }
    return questions;
  }

  private static Authority newAuthority(CaseDocument doc) {
    Authority authority = new Authority();
    authority.name = doc.authority().name();
    authority.slug = Authority.slugOf(authority.name);
    authority.kind =
        doc.authority().kind() != null
            ? AuthorityKind.valueOf(doc.authority().kind())
            : doc.authority().centralGovernment()
                ? AuthorityKind.CENTRAL_GOVERNMENT
                : AuthorityKind.COUNCIL;
    authority.appropriateLimitPence = doc.authority().appropriateLimitPence();
    authority.hourlyRatePence = doc.authority().hourlyRatePence();
    authority.centralGovernment = doc.authority().centralGovernment();
    authority.persist();
    return authority;
  }

  private static void persistTable(Answer answer, int position, CaseDocument.TableDoc t) {
    List<TableDraft.Row> rows = new ArrayList<>();
    for (CaseDocument.RowDoc r : t.rows()) {
      if (r.cells().size() != t.columns().size()) {
        throw new IllegalStateException(
            "Row " + r.header() + " of table " + t.caption() + " has the wrong number of cells");
      }
      rows.add(new TableDraft.Row(r.header(), r.cells().stream().map(CellText::parse).toList()));
    }
    List<TableDraft.Column> columns =
        t.columns().stream().map(c -> new TableDraft.Column(c.group(), c.label())).toList();
    int notHeld =
        (int)
            rows.stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.state() == CellState.NOT_HELD)
                .count();
    AnswerTable table =
        AnswerTable.create(
            answer, position, new TableDraft(t.caption(), t.cornerLabel(), columns, rows, notHeld));
    table.countsPeople = Boolean.TRUE.equals(t.countsPeople());
  }

  private static void persistCost(
      FoiRequest request, CaseDocument.CostDoc c, Map<Integer, Question> questions) {
    CostAssessment cost = new CostAssessment();
    cost.request = request;
    cost.limitPence = c.limitPence();
    cost.hourlyRatePence = c.hourlyRatePence();
    cost.statement = c.statement();
    cost.advice = c.advice();
    List<Question> covered = c.questions().stream().map(questions::get).toList();
    cost.questions.addAll(covered);
    cost.persist();
    int position = 0;
    for (CaseDocument.CostLineDoc l : c.lines()) {
      CostLine line = new CostLine();
      line.assessment = cost;
      line.position = ++position;
      line.activity = Activity.valueOf(l.activity());
      line.basis = l.basis();
      line.minutes = l.minutes();
      line.persist();
    }
  }
}
