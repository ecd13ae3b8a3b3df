package uk.foitracker.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.foitracker.citation.Citation;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.RequestClocks;
import uk.foitracker.compose.InternalReview;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.checks.ProvisionType;
import uk.foitracker.rules.checks.QuestionOutcome;
import uk.foitracker.rules.stats.FoiStatistics;
import uk.foitracker.rules.stats.RequestFacts;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewOutcome;
import uk.foitracker.rules.stats.Timeliness;

/**
 * The performance statistics: reads every request with its questions, citations, clock events and
 * internal review (five queries), turns each into {@link RequestFacts} and lets {@link
 * FoiStatistics} count. Reads only; holds no personal data (the requester's contact is never read).
 */
@ApplicationScoped
@Transactional
public class StatisticsService {
  private final RequestClocks clocks;

  StatisticsService(RequestClocks clocks) {
    this.clocks = clocks;
  }

  /** The statistics for a filter, for the page and both exports. */
  StatisticsView statistics(StatsFilter filter) {
    List<FoiRequest> requests = FoiRequest.list("order by id");
    Map<Long, List<Question>> questions =
        Question.<Question>list("order by request.id, number").stream()
            .collect(Collectors.groupingBy(q -> q.request.id));
    Map<Long, List<Citation>> citations =
        Citation.<Citation>list(
                "select c from Citation c join fetch c.provision order by c.question.id, c.position")
            .stream()
            .collect(Collectors.groupingBy(c -> c.question.id));
    Map<Long, List<ClockEventEntry>> events =
        ClockEventEntry.<ClockEventEntry>list("order by id").stream()
            .collect(Collectors.groupingBy(e -> e.request.id));
    Map<Long, InternalReview> reviews = new HashMap<>();
    for (InternalReview r : InternalReview.<InternalReview>listAll()) {
      reviews.put(r.request.id, r);
    }
    List<RequestFacts> facts = new ArrayList<>();
    for (FoiRequest r : requests) {
      facts.add(
          facts(
              r,
              questions.getOrDefault(r.id, List.of()),
              citations,
              events.getOrDefault(r.id, List.of()),
              Optional.ofNullable(reviews.get(r.id))));
    }
    return StatisticsView.of(filter, FoiStatistics.compute(facts, filter.year(), filter.regime()));
  }

  private RequestFacts facts(
      FoiRequest r,
      List<Question> questions,
      Map<Long, List<Citation>> citations,
      List<ClockEventEntry> events,
      Optional<InternalReview> review) {
    boolean resolved = r.sentOn != null;
    Optional<Timeliness> timeliness = Optional.empty();
    if (resolved && r.receivedOn != null) {
      try {
        timeliness = Optional.of(Timeliness.of(clocks.calculate(r, events)));
      } catch (OutsideCalendarException | InvalidClockEventsException e) {
        timeliness = Optional.empty();
      }
    }
    List<QuestionFacts> qs =
        questions.stream()
            .map(
                q ->
                    new QuestionFacts(
                        q.outcome == null
                            ? QuestionOutcome.NOT_STATED
                            : QuestionOutcome.valueOf(q.outcome.name()),
                        citations.getOrDefault(q.id, List.of()).stream()
                            .map(
                                c ->
                                    new Cited(
                                        c.provision.code,
                                        c.provision.reference,
                                        ProvisionType.valueOf(c.provision.kind.name())))
                            .toList()))
            .toList();
    Optional<ReviewFacts> rf =
        review.map(
            ir ->
                new ReviewFacts(
                    Optional.ofNullable(ir.outcome).map(o -> ReviewOutcome.valueOf(o.name()))));
    return new RequestFacts(
        r.regime, Optional.ofNullable(r.receivedOn), resolved, timeliness, qs, rf);
  }
}
