package uk.foitracker.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
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
import uk.foitracker.rules.stats.RequestFacts;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewOutcome;
import uk.foitracker.rules.stats.StatisticsTally;
import uk.foitracker.rules.stats.Timeliness;
import uk.foitracker.web.Clocks;

/**
 * The performance statistics: reads every request with its questions, citations, clock events and
 * internal review, a thousand requests at a time ({@code foi.statistics.batch}; five queries each,
 * in a transaction of their own), turns each into {@link RequestFacts} and counts it into a {@link
 * StatisticsTally}; every filter of the page and both exports is then read from the tally. Reads
 * only; holds no personal data (the requester's contact is never read).
 *
 * <p>The tally is kept until anything changes: every change to a request writes an audit event, so
 * the position of the audit chain's head says whether the tally is still current. After a change, a
 * count that took under {@link #RECOUNT_WHILE_WAITING} is done again at once, so the figures are
 * exact; a longer one (a million requests take a minute or more) is redone in the background while
 * the page shows the last figures and says when they were counted.
 */
@ApplicationScoped
public class StatisticsService {
  private static final Logger LOG = Logger.getLogger(StatisticsService.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

  /** A count: the tally, the audit position it covers, when it was made and how long it took. */
  record Counted(StatisticsTally tally, long position, Instant at, Duration took) {}

  private final RequestClocks clocks;
  private final EntityManager em;
  private final Clock clock;
  private final Object counting = new Object();
  private final AtomicBoolean recounting = new AtomicBoolean();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "statistics-recount");
            t.setDaemon(true);
            return t;
          });
  private final int batch;
  private volatile Counted counted;

  /** A count that took longer than this is redone in the background after a change. */
  private volatile Duration recountWhileWaiting;

  StatisticsService(
      RequestClocks clocks,
      EntityManager em,
      Clock clock,
      @ConfigProperty(name = "foi.statistics.batch", defaultValue = "1000") int batch,
      @ConfigProperty(name = "foi.statistics.recount-while-waiting", defaultValue = "2s")
          Duration recountWhileWaiting) {
    this.clocks = clocks;
    this.em = em;
    this.clock = clock;
    this.batch = batch;
    this.recountWhileWaiting = recountWhileWaiting;
  }

  /** Sets how long a count may take and still be redone at once; returns the setting before. */
  Duration recountWhileWaiting(Duration longest) {
    Duration was = recountWhileWaiting;
    recountWhileWaiting = longest;
    return was;
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  /** The statistics for a filter, for the page and both exports. */
  StatisticsView statistics(StatsFilter filter) {
    long now = position();
    Counted c = current(now);
    boolean behind = c.position() != now;
    String note =
        "Counted from "
            + String.format(Locale.UK, "%,d", c.tally().requests())
            + " requests at "
            + WHEN.format(c.at().atZone(Clocks.UK)).replace("AM", "am").replace("PM", "pm")
            + (behind ? "; a recount after the latest changes is under way." : ".");
    return StatisticsView.of(filter, c.tally().result(filter.year(), filter.regime()), note);
  }

  /**
   * The count as at audit position {@code now}, or the last one while a long recount runs in the
   * background.
   */
  private Counted current(long now) {
    Counted c = counted;
    if (c != null && c.position() == now) {
      return c;
    }
    if (c != null && c.took().compareTo(recountWhileWaiting) > 0) {
      if (recounting.compareAndSet(false, true)) {
        background.execute(
            () -> {
              try {
                recount();
              } catch (RuntimeException e) {
                LOG.warn("Statistics: the background recount failed", e);
              } finally {
                recounting.set(false);
              }
            });
      }
      return c;
    }
    return recount();
  }

  private Counted recount() {
    synchronized (counting) {
      long now = position();
      Counted c = counted;
      if (c != null && c.position() == now) {
        return c;
      }
      long start = System.nanoTime();
      StatisticsTally tally = new StatisticsTally();
      long after = 0;
      while (true) {
        long from = after;
        Long last = QuarkusTransaction.requiringNew().call(() -> countBatch(from, tally));
        if (last == null) {
          break;
        }
        after = last;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      c = new Counted(tally, now, Instant.now(clock), took);
      counted = c;
      LOG.infof("Statistics: counted %d requests in %d ms", tally.requests(), took.toMillis());
      return c;
    }
  }

  /** Where the audit chain's head stands: it moves with every change to a request. */
  private long position() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select last_position from audit_chain_head where id = 1")
                            .getSingleResult())
                    .longValue());
  }

  /** Counts the next thousand requests after the id {@code after}; null when there are none. */
  private Long countBatch(long after, StatisticsTally tally) {
    List<FoiRequest> requests =
        FoiRequest.<FoiRequest>find("id > ?1 order by id", after).page(0, batch).list();
    if (requests.isEmpty()) {
      return null;
    }
    long first = requests.get(0).id;
    long last = requests.get(requests.size() - 1).id;
    Map<Long, List<Question>> questions =
        Question.<Question>list(
                "request.id between ?1 and ?2 order by request.id, number", first, last)
            .stream()
            .collect(Collectors.groupingBy(q -> q.request.id));
    Map<Long, List<Citation>> citations =
        Citation.<Citation>list(
                "select c from Citation c join fetch c.provision"
                    + " where c.question.request.id between ?1 and ?2"
                    + " order by c.question.id, c.position",
                first,
                last)
            .stream()
            .collect(Collectors.groupingBy(c -> c.question.id));
    Map<Long, List<ClockEventEntry>> events =
        ClockEventEntry.<ClockEventEntry>list(
                "request.id between ?1 and ?2 order by id", first, last)
            .stream()
            .collect(Collectors.groupingBy(e -> e.request.id));
    Map<Long, InternalReview> reviews = new HashMap<>();
    for (InternalReview r :
        InternalReview.<InternalReview>list("request.id between ?1 and ?2", first, last)) {
      reviews.put(r.request.id, r);
    }
    for (FoiRequest r : requests) {
      tally.add(
          facts(
              r,
              questions.getOrDefault(r.id, List.of()),
              citations,
              events.getOrDefault(r.id, List.of()),
              Optional.ofNullable(reviews.get(r.id))));
    }
    em.clear();
    return last;
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
    List<QuestionFacts> qs = new ArrayList<>();
    for (Question q : questions) {
      qs.add(
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
                  .toList()));
    }
    Optional<ReviewFacts> rf =
        review.map(
            ir ->
                new ReviewFacts(
                    Optional.ofNullable(ir.outcome).map(o -> ReviewOutcome.valueOf(o.name()))));
    return new RequestFacts(
        r.regime, Optional.ofNullable(r.receivedOn), resolved, timeliness, qs, rf);
  }
}
