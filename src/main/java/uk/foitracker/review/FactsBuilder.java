package uk.foitracker.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.RequestTables;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.PublicInterest;
import uk.foitracker.compose.ResponseNotice;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.checks.CitationFacts;
import uk.foitracker.rules.checks.CostFacts;
import uk.foitracker.rules.checks.InstalmentFacts;
import uk.foitracker.rules.checks.NoticeFacts;
import uk.foitracker.rules.checks.PublicInterestFacts;
import uk.foitracker.rules.checks.QuestionFacts;
import uk.foitracker.rules.checks.ResponseFacts;
import uk.foitracker.rules.checks.ReviewFacts;
import uk.foitracker.rules.checks.TableFacts;

/** Turns what is recorded about a request into the pure facts the checks read. */
final class FactsBuilder {
  private FactsBuilder() {}

  /** States in which the response has gone to the requester. */
  static final Set<RequestState> RESPONDED =
      EnumSet.of(
          RequestState.SENT,
          RequestState.PUBLISHED,
          RequestState.WITHHELD_FROM_LOG,
          RequestState.CLOSED);

  /**
   * What else is recorded about one request beside its questions, citations, cost and tables.
   *
   * @param clockEvents the clock events in recorded order (clarification, fees, extensions, regime
   *     change, the response sent)
   * @param notice the s.17(7) paragraphs of the notice being composed, if any
   * @param instalments the instalments sent, in order, each with the paragraphs sent with it
   * @param reviews the internal reviews, in order
   * @param publicInterest the public interest tests recorded, by citation id
   */
  record Recorded(
      List<ClockEvent> clockEvents,
      Optional<ResponseNotice> notice,
      List<ResponseInstalment> instalments,
      List<InternalReview> reviews,
      Map<Long, PublicInterest> publicInterest) {
    static final Recorded NONE =
        new Recorded(List.of(), Optional.empty(), List.of(), List.of(), Map.of());
  }

  static ResponseFacts build(
      FoiRequest request,
      List<Question> questions,
      Map<Long, List<Citation>> citationsByQuestion,
      Optional<CostAssessment> assessment,
      Map<Long, List<TableFacts>> tables,
      int smallNumberThreshold,
      LocalDate today,
      Recorded recorded) {
    List<QuestionFacts> facts = new ArrayList<>();
    for (Question q : questions) {
      List<CitationFacts> citations =
          citationsByQuestion.getOrDefault(q.id, List.of()).stream()
              .map(
                  c ->
                      new CitationFacts(
                          c.provision.code,
                          c.provision.reference,
                          c.provision.kind,
                          c.role,
                          c.reasons,
                          Optional.ofNullable(recorded.publicInterest().get(c.id))
                              .map(
                                  pi ->
                                      new PublicInterestFacts(
                                          pi.argumentsFor, pi.argumentsAgainst, pi.conclusion))))
              .toList();
      facts.add(
          new QuestionFacts(
              q.number,
              q.text,
              Optional.ofNullable(q.outcome),
              q.answer == null ? null : "answer-" + q.answer.id,
              q.answer == null ? "" : q.answer.body,
              q.answer == null ? List.of() : tables.getOrDefault(q.answer.id, List.of()),
              citations));
    }
    Optional<CostFacts> cost =
        assessment.map(
            c ->
                new CostFacts(
                    c.limitPence,
                    c.hourlyRatePence,
                    c.questions.stream().map(q -> q.number).sorted().toList(),
                    c.lines.stream()
                        .sorted(Comparator.comparingInt(l -> l.position))
                        .map(l -> new CostFacts.Line(l.activity.name(), l.basis, l.minutes))
                        .toList(),
                    c.statement,
                    c.advice,
                    Optional.ofNullable(c.statedMinutes)));
    ResponseFacts withoutNotice =
        new ResponseFacts(
            request.regime,
            Optional.ofNullable(request.receivedOn),
            RESPONDED.contains(request.state),
            Optional.ofNullable(request.sentOn),
            recorded.clockEvents(),
            today,
            facts,
            cost,
            smallNumberThreshold,
            Optional.ofNullable(request.statedDueOn));
    return new ResponseFacts(
        withoutNotice.regime(),
        withoutNotice.received(),
        withoutNotice.responded(),
        withoutNotice.sent(),
        withoutNotice.clockEvents(),
        withoutNotice.asOf(),
        withoutNotice.questions(),
        withoutNotice.cost(),
        withoutNotice.smallNumberThreshold(),
        withoutNotice.statedDue(),
        notice(recorded, withoutNotice.letterText()),
        limit(request),
        recorded.instalments().stream()
            .map(
                i ->
                    new InstalmentFacts(
                        i.number, Optional.ofNullable(i.sentOn), i.questionNumbers, i.moreToFollow))
            .toList(),
        recorded.reviews().stream()
            .map(
                r ->
                    new ReviewFacts(
                        r.number,
                        Optional.ofNullable(r.requestedOn),
                        Optional.ofNullable(r.acknowledgedOn),
                        Optional.ofNullable(r.statedDueOn),
                        Optional.ofNullable(r.decidedOn),
                        Optional.ofNullable(r.outcome)))
            .toList());
  }

  /**
   * The Fees Regulations 2004 reg 3 limit for the authority's kind (central government or not), as
   * set up for the authority, never the figure typed with an estimate.
   */
  static AppropriateLimit limit(FoiRequest request) {
    return AppropriateLimit.forAuthority(
        request.authority != null && request.authority.centralGovernment);
  }

  /**
   * The notice as sent: the s.17(7) paragraphs frozen with the instalments sent (the latest first),
   * else those of the notice being composed; the letter is its body as composed (answers, reasons,
   * the cost statement and advice) followed by those paragraphs.
   */
  static NoticeFacts notice(Recorded recorded, String body) {
    List<ResponseInstalment> latestFirst = new ArrayList<>(recorded.instalments());
    latestFirst.sort(Comparator.comparingInt((ResponseInstalment i) -> i.number).reversed());
    String review =
        firstNonBlank(
            Stream.concat(
                latestFirst.stream().map(i -> i.reviewProcedure),
                recorded.notice().stream().map(n -> n.reviewProcedure)));
    String complaint =
        firstNonBlank(
            Stream.concat(
                latestFirst.stream().map(i -> i.complaintRights),
                recorded.notice().stream().map(n -> n.complaintRights)));
    String letter =
        Stream.of(body, review, complaint)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining("\n\n"));
    return new NoticeFacts(review, complaint, letter);
  }

  private static String firstNonBlank(Stream<String> texts) {
    return texts.filter(Objects::nonNull).filter(s -> !s.isBlank()).findFirst().orElse("");
  }

  /** The facts of loaded answer tables (of one request or of several) by answer id. */
  static Map<Long, List<TableFacts>> tables(RequestTables loaded) {
    Map<Long, List<TableFacts>> byAnswer = new LinkedHashMap<>();
    for (AnswerTable t : loaded.tables()) {
      byAnswer.computeIfAbsent(t.answer.id, k -> new ArrayList<>()).add(loaded.view(t, 0).facts());
    }
    return byAnswer;
  }
}
