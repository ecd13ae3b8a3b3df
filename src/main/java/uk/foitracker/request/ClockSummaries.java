package uk.foitracker.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockState;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;

/**
 * The one writer of a request's stored clock summary ({@code due_on}, {@code clock_state}, {@code
 * clock_calendar} on {@code foi_request}), which lets the work queue filter, sort, count and page
 * in the database.
 *
 * <p><b>Every change that moves a request's clock calls {@link #refresh}</b> in its own
 * transaction, after the change: logging a request, recording a clock event, sending the response,
 * importing a case. (An internal review does not move the request's clock; publishing and
 * withholding change only the state, which {@code FoiRequest} keeps in the queue or out of it by
 * itself.)
 *
 * <p>At start-up, open requests (the ones the queue reads) whose summary is missing (rows added by
 * SQL, such as the benchmark's generator, or written before the summary existed) or was worked out
 * on another holiday calendar (a new one-off bank holiday, a Jollyday upgrade) get it, in batches,
 * each its own transaction. Requests already answered are left as they are: nothing reads their
 * summary, and working out the clocks of a million closed requests would hold up start-up for
 * minutes. A start-up with nothing to do costs one query on the state index and does not load the
 * holiday calendar.
 */
@ApplicationScoped
public class ClockSummaries {
  private static final Logger LOG = Logger.getLogger(ClockSummaries.class);
  private static final List<RequestState> OPEN =
      List.of(RequestState.OPEN, RequestState.AWAITING_CLARIFICATION, RequestState.AWAITING_FEE);

  /** How a backfill went: summaries stored, and requests whose clock could not be worked out. */
  public record Backfill(int stored, int failed) {}

  private final RequestClocks clocks;
  private final EntityManager em;
  private final ClockSummaryConfig config;

  ClockSummaries(RequestClocks clocks, EntityManager em, ClockSummaryConfig config) {
    this.clocks = clocks;
    this.em = em;
    this.config = config;
  }

  /**
   * Works out the request's clock from its events (all of them, including any recorded in this
   * transaction) and stores its summary on the request. Returns the clock as at today; null, with
   * no due date or clock state stored, when the received date is not stated (no clock).
   */
  public ClockResult refresh(FoiRequest request, List<ClockEventEntry> entries) {
    ClockResult clock = clocks.calculate(request, entries);
    if (clock == null) {
      request.dueOn = null;
      request.clockState = null;
      request.clockCalendar = null;
      return null;
    }
    request.dueOn = clock.due().orElse(null);
    request.clockState = ClockState.of(clock.status());
    request.clockCalendar = clocks.calendarVersion();
    return clock;
  }

  void onStart(@Observes StartupEvent event) {
    long start = System.nanoTime();
    Backfill done = backfill(config.backfillBatchSize());
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (done.failed() > 0) {
      LOG.warnf(
          "Clock summaries: stored for %d requests on calendar %s in %d ms; %d requests have"
              + " clock events the clock refuses and are left without one (see the warnings above)",
          done.stored(), clocks.calendarVersion(), ms, done.failed());
    } else {
      LOG.infof(
          "Clock summaries: stored for %d requests on calendar %s in %d ms",
          done.stored(), clocks.calendarVersion(), ms);
    }
  }

  /**
   * Stores the summary of every request with a date received whose summary is missing or was worked
   * out on another calendar, {@code batchSize} requests per transaction, in id order.
   */
  public Backfill backfill(int batchSize) {
    String calendar = clocks.calendarVersion();
    // Which ones first, in one query with no order or limit, so that the database reads them
    // through the state index (an id-ordered "first n" would walk the whole table to find none).
    List<Long> stale =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "select r.id from FoiRequest r where r.state in :open"
                                + " and r.receivedOn is not null and (r.clockCalendar is null"
                                + " or r.clockCalendar <> :calendar)",
                            Long.class)
                        .setParameter("open", OPEN)
                        .setParameter("calendar", calendar)
                        .getResultList())
            .stream()
            .sorted()
            .toList();
    int stored = 0;
    int failed = 0;
    for (int from = 0; from < stale.size(); from += batchSize) {
      List<Long> ids = stale.subList(from, Math.min(stale.size(), from + batchSize));
      Backfill batch = QuarkusTransaction.requiringNew().call(() -> backfillBatch(ids, calendar));
      stored += batch.stored();
      failed += batch.failed();
    }
    return new Backfill(stored, failed);
  }

  private record Stale(
      long id, Regime regime, LocalDate received, RequestState state, String reference) {}

  private record Summary(
      long id, LocalDate due, ClockState state, String calendar, boolean inQueue) {}

  /** Stores the summaries of these requests. */
  private Backfill backfillBatch(List<Long> ids, String calendar) {
    List<Stale> rows =
        em
            .createQuery(
                "select r.id, r.regime, r.receivedOn, r.state, r.systemReference"
                    + " from FoiRequest r where r.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .map(
                o ->
                    new Stale(
                        (Long) o[0],
                        (Regime) o[1],
                        (LocalDate) o[2],
                        (RequestState) o[3],
                        (String) o[4]))
            .toList();
    Map<Long, List<ClockEvent>> events =
        ClockEventEntry.eventsOf(rows.stream().map(Stale::id).toList());
    List<Summary> summaries = new ArrayList<>();
    int stored = 0;
    for (Stale row : rows) {
      boolean inQueue = FoiRequest.inQueue(row.state(), row.received(), row.reference());
      try {
        ClockResult clock =
            clocks.calculateEvents(
                row.regime(), row.received(), events.getOrDefault(row.id(), List.of()));
        summaries.add(
            new Summary(
                row.id(),
                clock.due().orElse(null),
                ClockState.of(clock.status()),
                calendar,
                inQueue));
        stored++;
      } catch (InvalidClockEventsException | OutsideCalendarException e) {
        // left without a summary, and tried again at the next start
        LOG.warnf("Clock summary: request %s: %s", row.reference(), e.getMessage());
        summaries.add(new Summary(row.id(), null, null, null, inQueue));
      }
    }
    em.unwrap(Session.class).doWork(connection -> write(connection, summaries));
    return new Backfill(stored, rows.size() - stored);
  }

  private static void write(Connection connection, List<Summary> summaries) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update foi_request set due_on = ?, clock_state = ?, clock_calendar = ?, in_queue = ?"
                + " where id = ?")) {
      for (Summary s : summaries) {
        if (s.due() == null) {
          update.setNull(1, Types.DATE);
        } else {
          update.setDate(1, Date.valueOf(s.due()));
        }
        update.setString(2, s.state() == null ? null : s.state().name());
        update.setString(3, s.calendar());
        update.setBoolean(4, s.inQueue());
        update.setLong(5, s.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
