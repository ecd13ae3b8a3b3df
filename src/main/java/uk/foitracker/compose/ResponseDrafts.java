package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.authority.Letterhead;
import uk.foitracker.authority.Letterheads;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.CitedGrounds;
import uk.foitracker.citation.PublicInterest;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.internalreview.ReviewDecision;
import uk.foitracker.publication.CaseAssembler;
import uk.foitracker.publication.CaseView;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.NoticeCompleteness;
import uk.foitracker.rules.PrecedentReference;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.RefusalNoticeDraft;
import uk.foitracker.rules.RefusalNoticeDraft.Ground;
import uk.foitracker.rules.RefusalNoticeDraft.GroundKind;
import uk.foitracker.rules.ReviewClock;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Money;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.StatuteLabels;

/** Reads a response being composed: the preview, the refusal notice, the letter, the review. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResponseDrafts {
  private final CaseAssembler cases;
  private final Clock clock;
  private final Letterheads letterheads;

  ResponseDrafts(CaseAssembler cases, Clock clock, Letterheads letterheads) {
    this.cases = cases;
    this.clock = clock;
    this.letterheads = letterheads;
  }

  /** The response as it stands, for the officer: preview, notice check, review. */
  public ResponseView response(String ref) {
    return response(request(ref));
  }

  /** The response to this request as it stands. */
  public ResponseView response(FoiRequest request) {
    CaseView view = cases.draft(request);
    return new ResponseView(
        request.systemReference,
        request.state.name(),
        request.state.label(),
        request.withheldReason,
        view,
        notice(request),
        review(request),
        InternalReview.allFor(request).stream().map(r -> review(request, r)).toList(),
        citations(request));
  }

  /** The request's citations, each once with its questions and the position to address it by. */
  static List<CitationEntry> citations(FoiRequest request) {
    return CitedGrounds.of(Question.forRequest(request)).stream()
        .map(
            g ->
                new CitationEntry(
                    g.position(),
                    g.provision().code,
                    g.provision().reference,
                    g.provision().title,
                    g.questions(),
                    g.role().name(),
                    g.reasons(),
                    g.publicInterest() != null,
                    g.precedents().stream().map(PrecedentReference::reference).toList()))
        .toList();
  }

  /**
   * The letter to the requester: officers only, as it may carry the requester's name and address.
   */
  public LetterView letter(String ref) {
    return letter(ref, true);
  }

  /**
   * The letter as sent, for an auditor: the same letter without the addressee's name and address,
   * which are the requester's personal data.
   */
  public LetterView letterWithoutAddressee(FoiRequest request) {
    return letter(request, false);
  }

  private LetterView letter(String ref, boolean withAddressee) {
    return letter(request(ref), withAddressee);
  }

  private LetterView letter(FoiRequest request, boolean withAddressee) {
    String name = null;
    List<String> address = List.of();
    if (withAddressee) {
      RequesterContact contact =
          RequesterContact.<RequesterContact>find("request", request).firstResult();
      if (contact != null) {
        name = contact.name;
        address = contact.address == null ? List.of() : List.of(contact.address.split("\\R"));
      }
    }
    return new LetterView(
        request.authority.name,
        name,
        address,
        request.systemReference,
        request.authorityReference,
        Dates.display(request.sentOn),
        cases.draft(request),
        notice(request),
        letterheads.of(request.authority));
  }

  /** The authority's standard paragraphs a new refusal notice starts from. */
  Letterhead letterhead(FoiRequest request) {
    return letterheads.of(request.authority);
  }

  NoticeView notice(FoiRequest request) {
    RefusalNoticeDraft draft = noticeDraft(request);
    List<GroundView> grounds = new ArrayList<>();
    for (Ground g : draft.grounds()) {
      grounds.add(
          new GroundView(
              g.reference(),
              Money.joinNumbers(g.questions()),
              g.kind().name(),
              g.whyItApplies(),
              g.publicInterestFor(),
              g.publicInterestAgainst(),
              g.publicInterestConclusion()));
    }
    return new NoticeView(
        draft.noticeRequired(),
        grounds,
        draft.reviewProcedure(),
        draft.complaintRights(),
        NoticeCompleteness.check(draft).stream()
            .map(m -> new MissingView(m.section(), m.field(), m.message()))
            .toList());
  }

  /** The refusal notice assembled from the citations: one ground per provision and reasons. */
  RefusalNoticeDraft noticeDraft(FoiRequest request) {
    List<Question> questions = Question.forRequest(request);
    List<Citation> citations = Citation.forQuestions(questions);
    Map<List<Object>, List<Integer>> numbers = new LinkedHashMap<>();
    Map<List<Object>, Citation> first = new LinkedHashMap<>();
    Map<List<Object>, PublicInterest> tests = new LinkedHashMap<>();
    for (Citation c : citations) {
      PublicInterest pi = PublicInterest.findById(c.id);
      List<Object> key =
          Arrays.asList(
              c.provision.code,
              c.reasons,
              pi == null ? null : pi.argumentsFor,
              pi == null ? null : pi.argumentsAgainst,
              pi == null ? null : pi.conclusion);
      numbers.computeIfAbsent(key, k -> new ArrayList<>()).add(c.question.number);
      first.putIfAbsent(key, c);
      if (pi != null) {
        tests.putIfAbsent(key, pi);
      }
    }
    List<Ground> grounds = new ArrayList<>();
    for (Map.Entry<List<Object>, Citation> e : first.entrySet()) {
      Citation c = e.getValue();
      PublicInterest pi = tests.get(e.getKey());
      grounds.add(
          new Ground(
              numbers.get(e.getKey()).stream().distinct().sorted().toList(),
              c.provision.reference,
              kindOf(c.provision.kind),
              c.reasons,
              pi == null ? null : pi.argumentsFor,
              pi == null ? null : pi.argumentsAgainst,
              pi == null ? null : pi.conclusion));
    }
    ResponseNotice notice = ResponseNotice.findById(request.id);
    return new RefusalNoticeDraft(
        request.regime,
        grounds,
        notice == null ? null : notice.reviewProcedure,
        notice == null ? null : notice.complaintRights);
  }

  static GroundKind kindOf(ProvisionKind kind) {
    return switch (kind) {
      case DENIAL -> GroundKind.DENIAL;
      case COST_LIMIT -> GroundKind.COST_LIMIT;
      case REFUSAL -> GroundKind.VEXATIOUS_OR_REPEATED;
      case ABSOLUTE -> GroundKind.ABSOLUTE_EXEMPTION;
      case QUALIFIED -> GroundKind.QUALIFIED_EXEMPTION;
      case PROCEDURE, ADVICE -> GroundKind.PROCEDURE;
    };
  }

  /** The latest internal review, or null. */
  ReviewView review(FoiRequest request) {
    Optional<InternalReview> found = InternalReview.forRequest(request);
    return found.map(r -> review(request, r)).orElse(null);
  }

  ReviewView review(FoiRequest request, InternalReview r) {
    ReviewClock clockResult = null;
    // The sent date and every other event come from the clock_event table, the one source of
    // truth for the clock (see RequestClocks#calculate).
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(request);
    boolean sent = entries.stream().anyMatch(e -> e.kind == ClockEventKind.RESPONSE_SENT);
    if (request.receivedOn != null && sent && r.number == 1) {
      List<ClockEvent> events =
          new ArrayList<>(entries.stream().map(ClockEventEntry::toEvent).toList());
      events.add(new ClockEvent.InternalReviewRequested(r.requestedOn));
      if (r.decidedOn != null) {
        events.add(new ClockEvent.InternalReviewDecided(r.decidedOn));
      }
      ClockResult result =
          StatutoryClock.ukWide()
              .calculate(request.regime, request.receivedOn, events, LocalDate.now(clock));
      clockResult = result.review().orElse(null);
    }
    if (clockResult == null) {
      // The review clock runs from the request for review alone; the received date is not needed.
      clockResult = reviewOnly(request, r);
    }
    return new ReviewView(
        r.requestedOn,
        r.reviewer,
        r.outcome == null ? null : r.outcome.name(),
        r.outcome == null ? null : StatuteLabels.label(r.outcome),
        r.reasons,
        r.decidedOn,
        clockResult.due(),
        clockResult.latestDue(),
        clockResult.status().name(),
        clockResult.lateByWorkingDays(),
        r.number,
        r.acknowledgedOn,
        r.statedDueOn,
        ReviewDecision.forReview(r).stream()
            .map(
                d ->
                    new CaseView.ReviewDecisionView(
                        d.questionNumber, d.outcome.name(), StatuteLabels.label(d.outcome)))
            .toList(),
        ResponseInstalment.forRequest(request).stream()
            .filter(i -> i.reviewNumber != null && i.reviewNumber == r.number)
            .map(i -> i.number)
            .findFirst()
            .orElse(null));
  }

  private ReviewClock reviewOnly(FoiRequest request, InternalReview r) {
    // A request whose received date is not stated: work the review clock from a nominal receipt on
    // the day the response was sent, which cannot change the review dates (they run from the
    // request for review).
    LocalDate nominal = Objects.requireNonNullElse(request.sentOn, r.requestedOn);
    List<ClockEvent> events = new ArrayList<>();
    events.add(new ClockEvent.ResponseSent(nominal));
    events.add(new ClockEvent.InternalReviewRequested(r.requestedOn));
    if (r.decidedOn != null) {
      events.add(new ClockEvent.InternalReviewDecided(r.decidedOn));
    }
    return StatutoryClock.ukWide()
        .calculate(request.regime, nominal, events, LocalDate.now(clock))
        .review()
        .orElseThrow();
  }

  private static FoiRequest request(String ref) {
    return FoiRequest.findByReference(ref)
        .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref));
  }
}
