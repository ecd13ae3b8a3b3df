package uk.foitracker.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.audit.KeptUntilChanged;
import uk.foitracker.citation.Citation;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestClocks;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.stats.OpenStatus;
import uk.foitracker.rules.stats.RequestFacts;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewFacts;
import uk.foitracker.rules.stats.ReviewTimeliness;
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

  private final RequestClocks clocks;
  private final EntityManager em;
  private final AuditLog audit;
  private final int batch;
  private final KeptUntilChanged<Key, Tallies> tally;

  /** Every request's count, and each authority's (by its id), made in the same pass. */
  private record Tallies(StatisticsTally all, Map<Long, StatisticsTally> byAuthority) {
    StatisticsTally of(long authorityId) {
      return byAuthority.getOrDefault(authorityId, new StatisticsTally());
    }
  }

  /**
   * What the tally depends on: every change (the audit chain's head) and the day, since an open
   * request falls overdue, and a fee or clarification lapses, with no change recorded.
   */
  private record Key(long position, LocalDate day) {}

  StatisticsService(
      RequestClocks clocks,
      EntityManager em,
      AuditLog audit,
      Clock clock,
      @ConfigProperty(name = "foi.statistics.batch", defaultValue = "1000") int batch,
      @ConfigProperty(name = "foi.statistics.recount-while-waiting", defaultValue = "2s")
          Duration recountWhileWaiting) {
    this.clocks = clocks;
    this.em = em;
    this.audit = audit;
    this.batch = batch;
    this.tally =
        new KeptUntilChanged<>(
            "statistics",
            () -> new Key(this.audit.position(), this.clocks.today()),
            this::count,
            clock,
            recountWhileWaiting);
  }

  /** Sets how long a count may take and still be redone at once; returns the setting before. */
  Duration recountWhileWaiting(Duration longest) {
    return tally.waitFor(longest);
  }

  @PreDestroy
  void stop() {
    tally.stop();
  }

  /** The statistics for a filter, for the page and both exports. */
  StatisticsView statistics(StatsFilter filter) {
    Key now = new Key(audit.position(), clocks.today());
    KeptUntilChanged.Made<Key, Tallies> c = tally.get(now);
    StatisticsTally all = c.value().all();
    return StatisticsView.of(filter, all.result(filter.year(), filter.regime()), note(c, all, now));
  }

  /** One authority's statistics (its id), for its page and its CSV. */
  StatisticsView statistics(StatsFilter filter, long authorityId) {
    Key now = new Key(audit.position(), clocks.today());
    KeptUntilChanged.Made<Key, Tallies> c = tally.get(now);
    StatisticsTally one = c.value().of(authorityId);
    return StatisticsView.of(filter, one.result(filter.year(), filter.regime()), note(c, one, now));
  }

  /**
   * The statistics of several authorities' requests together (their ids), for an auditor who holds
   * those authorities and not every one.
   */
  StatisticsView statistics(StatsFilter filter, Collection<Long> authorityIds) {
    Key now = new Key(audit.position(), clocks.today());
    KeptUntilChanged.Made<Key, Tallies> c = tally.get(now);
    StatisticsTally theirs = new StatisticsTally();
    for (Long id : new TreeSet<>(authorityIds)) {
      theirs.merge(c.value().of(id));
    }
    return StatisticsView.of(
        filter, theirs.result(filter.year(), filter.regime()), note(c, theirs, now));
  }

  /**
   * Each authority's timeliness over every request it has received, both regimes, with the ICO's
   * band, in the order given.
   */
  List<AuthorityTimeliness> compare(List<AuthorityTimeliness.Named> authorities) {
    Key now = new Key(audit.position(), clocks.today());
    Tallies t = tally.get(now).value();
    return authorities.stream()
        .map(
            a ->
                AuthorityTimeliness.of(
                    a, t.of(a.id()).result(Optional.empty(), Optional.empty()).total().figures()))
        .toList();
  }

  private static String note(
      KeptUntilChanged.Made<Key, Tallies> c, StatisticsTally counted, Key now) {
    return "Counted from "
        + String.format(Locale.UK, "%,d", counted.requests())
        + " requests at "
        + WHEN.format(c.at().atZone(Clocks.UK)).replace("AM", "am").replace("PM", "pm")
        + (c.current(now) ? "." : "; a recount after the latest changes is under way.");
  }

  /** The published statistics: every request, both regimes, per quarter up to today's. */
  PublishedStatistics published() {
    return PublishedStatistics.of(statistics(StatsFilter.NONE), clocks.today());
  }

  /** One authority's published statistics. */
  PublishedStatistics published(long authorityId) {
    return PublishedStatistics.of(statistics(StatsFilter.NONE, authorityId), clocks.today());
  }

  /** Counts every request, a batch at a time, each batch in a transaction of its own. */
  private Tallies count(Key key) {
    long start = System.nanoTime();
    Tallies counted = new Tallies(new StatisticsTally(), new HashMap<>());
    long after = 0;
    while (true) {
      long from = after;
      Long last = QuarkusTransaction.requiringNew().call(() -> countBatch(from, counted));
      if (last == null) {
        break;
      }
      after = last;
    }
    LOG.infof(
        "Statistics: counted %d requests in %d ms",
        counted.all().requests(), (System.nanoTime() - start) / 1_000_000);
    return counted;
  }

  /** Counts the next thousand requests after the id {@code after}; null when there are none. */
  private Long countBatch(long after, Tallies tally) {
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
                "request.id between ?1 and ?2 and withdrawnAt is null order by id", first, last)
            .stream()
            .collect(Collectors.groupingBy(e -> e.request.id));
    Map<Long, InternalReview> reviews = new HashMap<>();
    for (InternalReview r :
        InternalReview.<InternalReview>list(
            "request.id between ?1 and ?2 order by number", first, last)) {
      reviews.put(r.request.id, r);
    }
    for (FoiRequest r : requests) {
      RequestFacts facts =
          facts(
              r,
              questions.getOrDefault(r.id, List.of()),
              citations,
              events.getOrDefault(r.id, List.of()),
              Optional.ofNullable(reviews.get(r.id)));
      tally.all().add(facts);
      Long authority = authorityId(r);
      if (authority != null) {
        tally.byAuthority().computeIfAbsent(authority, k -> new StatisticsTally()).add(facts);
      }
    }
    em.clear();
    return last;
  }

  /** The request's authority's id, read from the proxy without loading the authority. */
  private static Long authorityId(FoiRequest r) {
    return r.authority == null ? null : r.authority.id;
  }

  private RequestFacts facts(
      FoiRequest r,
      List<Question> questions,
      Map<Long, List<Citation>> citations,
      List<ClockEventEntry> events,
      Optional<InternalReview> review) {
    boolean resolved = r.sentOn != null;
    Optional<Timeliness> timeliness = Optional.empty();
    Optional<OpenStatus> open = Optional.empty();
    if (!resolved) {
      open = Optional.of(OpenStatus.NOT_KNOWN);
    }
    if (r.receivedOn != null) {
      try {
        ClockResult clock = clocks.calculate(r, events);
        if (resolved) {
          timeliness = Optional.of(Timeliness.of(clock));
        } else {
          open =
              Optional.of(
                  OpenStatus.of(
                      clock.status(),
                      pausedSince(events),
                      r.state == RequestState.CLOSED,
                      clocks.today()));
        }
      } catch (OutsideCalendarException | InvalidClockEventsException e) {
        timeliness = Optional.empty();
      }
    } else if (!resolved && r.state == RequestState.CLOSED) {
      open = Optional.of(OpenStatus.LAPSED);
    }
    List<QuestionFacts> qs = new ArrayList<>();
    for (Question q : questions) {
      qs.add(
          new QuestionFacts(
              Optional.ofNullable(q.outcome),
              citations.getOrDefault(q.id, List.of()).stream()
                  .map(c -> new Cited(c.provision.code, c.provision.reference, c.provision.kind))
                  .toList()));
    }
    Optional<ReviewFacts> rf =
        review.map(
            ir -> new ReviewFacts(Optional.ofNullable(ir.outcome), reviewTimeliness(r.regime, ir)));
    return new RequestFacts(
        r.regime, Optional.ofNullable(r.receivedOn), resolved, timeliness, qs, rf, open);
  }

  private Optional<ReviewTimeliness> reviewTimeliness(Regime regime, InternalReview ir) {
    if (ir.requestedOn == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ReviewTimeliness.of(
              regime, ir.requestedOn, Optional.ofNullable(ir.decidedOn), clocks.today()));
    } catch (OutsideCalendarException | InvalidClockEventsException e) {
      return Optional.empty();
    }
  }

  /** The day of the latest request for clarification or fees notice: when the clock stopped. */
  private static Optional<LocalDate> pausedSince(List<ClockEventEntry> events) {
    return events.stream()
        .filter(
            e ->
                e.kind == ClockEventKind.CLARIFICATION_REQUESTED
                    || e.kind == ClockEventKind.FEES_NOTICE_ISSUED)
        .map(e -> e.date)
        .filter(d -> d != null)
        .max(Comparator.naturalOrder());
  }
}
