package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.RequestTables;
import uk.foitracker.answer.TableView;
import uk.foitracker.attachment.Attachments;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.CitedGrounds;
import uk.foitracker.citation.Provision;
import uk.foitracker.citation.PublicInterest;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.instalment.AnswerAddition;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.internalreview.ReviewDecision;
import uk.foitracker.publication.CaseView.AnswerView;
import uk.foitracker.publication.CaseView.CitationView;
import uk.foitracker.publication.CaseView.CitedView;
import uk.foitracker.publication.CaseView.CorrespondenceView;
import uk.foitracker.publication.CaseView.CostLineView;
import uk.foitracker.publication.CaseView.CostView;
import uk.foitracker.publication.CaseView.FileView;
import uk.foitracker.publication.CaseView.InstalmentView;
import uk.foitracker.publication.CaseView.InternalReviewView;
import uk.foitracker.publication.CaseView.PrecedentView;
import uk.foitracker.publication.CaseView.PublicInterestView;
import uk.foitracker.publication.CaseView.QuestionView;
import uk.foitracker.publication.CaseView.RegimeChangeView;
import uk.foitracker.publication.CaseView.RelatedCaseView;
import uk.foitracker.publication.CaseView.ReviewDecisionView;
import uk.foitracker.question.Question;
import uk.foitracker.request.Correspondence;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.References;
import uk.foitracker.request.RequestLink;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.ReviewClock;
import uk.foitracker.rules.ReviewDeadline;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.StatuteLabels;

/** Assembles a case's view from its rows: questions, answers with their tables, citations, cost. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseAssembler {
  private final Attachments attachments;

  CaseAssembler(Attachments attachments) {
    this.attachments = attachments;
  }

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
    List<AnswerAddition> additions = AnswerAddition.forRequest(request);
    Map<Long, AnswerView> answers = answers(request, questions, additions);
    Map<Long, List<AnswerView>> further = new LinkedHashMap<>();
    for (AnswerAddition x : additions) {
      further.computeIfAbsent(x.question.id, k -> new ArrayList<>()).add(answers.get(x.answer.id));
    }
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
                        q.answer == null ? null : answers.get(q.answer.id),
                        further.getOrDefault(q.id, List.of())))
            .toList();
    List<ResponseInstalment> instalments = ResponseInstalment.forRequest(request);
    // the kind and date of each letter; the officer's note stays on the request page
    List<CorrespondenceView> letters =
        Correspondence.forRequest(request).stream()
            .map(c -> new CorrespondenceView(c.kind.name(), c.kind.publicLabel(), c.sentOn))
            .toList();
    ResponseInstalment rights =
        instalments.stream()
            .filter(i -> i.reviewProcedure != null || i.complaintRights != null)
            .reduce((a, b) -> b)
            .orElse(null);
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
        attachments.releasable(request).stream()
            .map(
                a ->
                    new FileView(
                        a.number(),
                        a.name(),
                        a.mediaType(),
                        a.sizeBytes(),
                        a.sha256(),
                        "/cases/" + request.slug + "/attachments/" + a.number()))
            .toList(),
        instalments.stream().map(i -> instalment(i, answers.values())).toList(),
        InternalReview.allFor(request).stream().map(r -> review(request, r, instalments)).toList(),
        rights == null ? null : rights.reviewProcedure,
        rights == null ? null : rights.complaintRights,
        request.attributionStatement,
        CitedGrounds.of(questions).stream().map(CaseAssembler::cited).toList(),
        References.of(request),
        request.statedDueOn,
        relatedCases(request),
        ClockEventEntry.forRequest(request).stream()
            .filter(e -> e.kind == ClockEventKind.REGIME_CHANGED)
            .map(e -> new RegimeChangeView(e.date, e.regimeFrom, e.regimeTo))
            .toList(),
        letters,
        CaseView.acknowledged(letters),
        request.authority.slug);
  }

  private static InstalmentView instalment(ResponseInstalment i, Collection<AnswerView> answers) {
    return new InstalmentView(
        i.number,
        i.sentOn,
        List.copyOf(new TreeSet<>(i.questionNumbers)),
        answers.stream()
            .filter(a -> a.instalment() != null && a.instalment() == i.number)
            .map(AnswerView::position)
            .toList(),
        i.moreToFollow,
        i.reviewNumber);
  }

  /** A review as published: its clock from the rules (never stored), its decisions, its text. */
  private static InternalReviewView review(
      FoiRequest request, InternalReview r, List<ResponseInstalment> instalments) {
    ReviewClock clock =
        ReviewDeadline.of(request.regime, r.requestedOn, r.decidedOn, r.requestedOn);
    return new InternalReviewView(
        r.number,
        r.requestedOn,
        r.acknowledgedOn,
        clock.due(),
        clock.latestDue(),
        r.statedDueOn,
        r.decidedOn,
        r.outcome == null ? null : r.outcome.name(),
        r.outcome == null ? null : StatuteLabels.label(r.outcome),
        r.reasons,
        ReviewDecision.forReview(r).stream()
            .map(
                d ->
                    new ReviewDecisionView(
                        d.questionNumber, d.outcome.name(), StatuteLabels.label(d.outcome)))
            .toList(),
        instalments.stream()
            .filter(i -> i.reviewNumber != null && i.reviewNumber == r.number)
            .map(i -> i.number)
            .findFirst()
            .orElse(null));
  }

  /** A citation with its questions, test and precedents, each once. */
  private static CitedView cited(CitedGrounds.Ground g) {
    Provision p = g.provision();
    PublicInterest pi = g.publicInterest();
    return new CitedView(
        p.code,
        p.reference,
        p.title,
        p.kind,
        g.role(),
        g.questions(),
        g.reasons(),
        pi == null
            ? null
            : new PublicInterestView(pi.argumentsFor, pi.argumentsAgainst, pi.conclusion),
        p.ncnd,
        p.excludedDuty,
        p.kind == ProvisionKind.ABSOLUTE,
        g.precedents().stream()
            .map(r -> new PrecedentView(r.kind().name(), r.kindLabel(), r.reference(), r.url()))
            .toList());
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
  private static Map<Long, AnswerView> answers(
      FoiRequest request, List<Question> questions, List<AnswerAddition> additions) {
    RequestTables loaded = RequestTables.load(List.of(request.id));

    Map<Long, List<TableView>> tablesByAnswer = new LinkedHashMap<>();
    int number = 0;
    for (AnswerTable t : loaded.tables()) {
      tablesByAnswer
          .computeIfAbsent(t.answer.id, k -> new ArrayList<>())
          .add(loaded.view(t, ++number));
    }

    Map<Long, List<Integer>> questionNumbers = new LinkedHashMap<>();
    Map<Long, Answer> byId = new LinkedHashMap<>();
    for (Question q : questions) {
      if (q.answer != null) {
        questionNumbers.computeIfAbsent(q.answer.id, k -> new ArrayList<>()).add(q.number);
        byId.put(q.answer.id, q.answer);
      }
    }
    for (AnswerAddition x : additions) {
      questionNumbers.computeIfAbsent(x.answer.id, k -> new ArrayList<>()).add(x.question.number);
      byId.put(x.answer.id, x.answer);
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
                        tablesByAnswer.getOrDefault(a.id, List.of()),
                        a.instalment)));
    return views;
  }

  private static CostView cost(CostAssessment c) {
    List<CostLineView> lines =
        c.lines.stream()
            .map(
                l ->
                    new CostLineView(
                        l.activity.name(),
                        l.activity.label(),
                        l.basis,
                        l.minutes,
                        l.units,
                        l.minutesEachMin,
                        l.minutesEachMax,
                        l.minutesMax))
            .toList();
    int low = lines.stream().mapToInt(CostLineView::minutes).sum();
    int high =
        lines.stream().mapToInt(l -> l.minutesMax() == null ? l.minutes() : l.minutesMax()).sum();
    return new CostView(
        c.limitPence,
        c.hourlyRatePence,
        new AppropriateLimit(c.limitPence, c.hourlyRatePence).hours(),
        c.questions.stream().map(q -> q.number).toList(),
        lines,
        low,
        c.statement,
        c.advice,
        c.statedMinutes == null ? null : statedHours(c.statedMinutes),
        CostEstimate.hours(low),
        CostEstimate.hours(high));
  }

  /** Stated minutes as the hours the letter gave: 1230 is 20.5, 3960 is 66 (never 6.6E+1). */
  private static BigDecimal statedHours(int minutes) {
    BigDecimal hours =
        BigDecimal.valueOf(minutes)
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return hours.scale() < 0 ? hours.setScale(0) : hours;
  }
}
