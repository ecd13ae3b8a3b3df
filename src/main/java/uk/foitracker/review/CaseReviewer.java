package uk.foitracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.foitracker.answer.RequestTables;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.PublicInterest;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.compose.ResponseNotice;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.checks.CheckResult;
import uk.foitracker.rules.checks.RefusalCheck;
import uk.foitracker.rules.checks.TableFacts;

/**
 * Runs the checks of {@link RefusalCheck} over a batch of requests, reading what they need for the
 * whole batch at once: the requests, their questions with answers, citations with provisions, cost
 * assessments with lines and questions, answer tables, clock events, the notices' paragraphs,
 * instalments, internal reviews and public interest tests, in a fixed number of queries whatever
 * the size of the batch (never a query per request). Reads only; never the requester's contact.
 */
@ApplicationScoped
@Transactional
class CaseReviewer {
  private final ReviewConfig config;
  private final EntityManager em;
  private final RefusalCheck check = RefusalCheck.standard();

  CaseReviewer(ReviewConfig config, EntityManager em) {
    this.config = config;
    this.em = em;
  }

  /** A request with its questions, citations by question id and the result of the checks. */
  record Reviewed(
      FoiRequest request,
      List<Question> questions,
      Map<Long, List<Citation>> citations,
      CheckResult result) {}

  /**
   * Reviews the requests with ids after {@code after}, up to {@code batch} of them in id order,
   * then clears the persistence context so the batch can be collected. Empty when there are none.
   */
  List<Reviewed> next(long after, int batch, LocalDate today) {
    List<FoiRequest> requests =
        FoiRequest.<FoiRequest>find("id > ?1 order by id", after).page(0, batch).list();
    return review(requests, today);
  }

  /** Reviews the requests with these ids, in the order given; ids of no request are left out. */
  List<Reviewed> byIds(List<Long> ids, LocalDate today) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, FoiRequest> found =
        FoiRequest.<FoiRequest>list("id in ?1", ids).stream()
            .collect(Collectors.toMap(r -> r.id, r -> r));
    List<FoiRequest> requests = new ArrayList<>();
    for (Long id : ids) {
      if (found.containsKey(id)) {
        requests.add(found.get(id));
      }
    }
    return review(requests, today);
  }

  private List<Reviewed> review(List<FoiRequest> requests, LocalDate today) {
    if (requests.isEmpty()) {
      return List.of();
    }
    List<Long> ids = requests.stream().map(r -> r.id).toList();
    Map<Long, List<Question>> questions =
        Question.<Question>list(
                "select q from Question q left join fetch q.answer where q.request.id in ?1"
                    + " order by q.request.id, q.number",
                ids)
            .stream()
            .collect(Collectors.groupingBy(q -> q.request.id));
    Map<Long, List<Citation>> citations =
        Citation.<Citation>list(
                "select c from Citation c join fetch c.provision"
                    + " where c.question.request.id in ?1 order by c.question.id, c.position",
                ids)
            .stream()
            .collect(
                Collectors.groupingBy(c -> c.question.id, LinkedHashMap::new, Collectors.toList()));
    Map<Long, CostAssessment> costs = costs(ids);
    Map<Long, List<TableFacts>> tables = FactsBuilder.tables(RequestTables.load(ids));
    Map<Long, List<ClockEvent>> events = ClockEventEntry.eventsOf(ids);
    Map<Long, ResponseNotice> notices =
        ResponseNotice.<ResponseNotice>list("requestId in ?1", ids).stream()
            .collect(Collectors.toMap(n -> n.requestId, n -> n));
    Map<Long, List<ResponseInstalment>> instalments =
        ResponseInstalment.<ResponseInstalment>list(
                "request.id in ?1 order by request.id, number", ids)
            .stream()
            .collect(Collectors.groupingBy(i -> i.request.id));
    Map<Long, List<InternalReview>> reviews =
        InternalReview.<InternalReview>list("request.id in ?1 order by request.id, number", ids)
            .stream()
            .collect(Collectors.groupingBy(i -> i.request.id));
    Map<Long, PublicInterest> tests =
        PublicInterest.forCitations(
            citations.values().stream().flatMap(List::stream).map(c -> c.id).toList());
    List<Reviewed> reviewed = new ArrayList<>(requests.size());
    for (FoiRequest r : requests) {
      List<Question> qs = questions.getOrDefault(r.id, List.of());
      Map<Long, List<Citation>> cited = new HashMap<>();
      for (Question q : qs) {
        List<Citation> c = citations.get(q.id);
        if (c != null) {
          cited.put(q.id, c);
        }
      }
      CheckResult result =
          check.review(
              FactsBuilder.build(
                  r,
                  qs,
                  cited,
                  Optional.ofNullable(costs.get(r.id)),
                  tables,
                  r.authority.smallNumberThreshold(config.smallNumberThreshold()),
                  today,
                  new FactsBuilder.Recorded(
                      events.getOrDefault(r.id, List.of()),
                      Optional.ofNullable(notices.get(r.id)),
                      instalments.getOrDefault(r.id, List.of()),
                      reviews.getOrDefault(r.id, List.of()),
                      tests)));
      reviewed.add(new Reviewed(r, qs, cited, result));
    }
    return reviewed;
  }

  /** The cost assessments of the requests by request id, lines and questions read with them. */
  private static Map<Long, CostAssessment> costs(Collection<Long> ids) {
    List<CostAssessment> assessments =
        CostAssessment.list(
            "select distinct c from CostAssessment c left join fetch c.lines"
                + " where c.request.id in ?1",
            ids);
    if (assessments.isEmpty()) {
      return Map.of();
    }
    // the same assessments again, now with their questions (two bags cannot be fetched at once)
    CostAssessment.list(
        "select distinct c from CostAssessment c left join fetch c.questions where c in ?1",
        assessments);
    Map<Long, CostAssessment> byRequest = new HashMap<>();
    for (CostAssessment c : assessments) {
      byRequest.put(c.request.id, c);
    }
    return byRequest;
  }

  /** Lets the entities of a batch go. */
  void clear() {
    em.clear();
  }
}
