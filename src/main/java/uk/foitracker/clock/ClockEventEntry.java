package uk.foitracker.clock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Regime;

/**
 * One clock event as recorded: append-only, never deleted. Its facts never change; a mistake is put
 * right by withdrawing the event (with who, when and why: it then no longer moves the clock but
 * stays in the history) and, for a correction, recording the corrected event, which names the one
 * it replaces.
 */
@Entity
@Table(name = "clock_event")
public class ClockEventEntry extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  public FoiRequest request;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  public ClockEventKind kind;

  @Column(name = "event_date", nullable = false, updatable = false)
  public LocalDate date;

  @Column(name = "extra_date", updatable = false)
  public LocalDate extraDate;

  /** A change of regime: the regime before and after; null for every other kind. */
  @Enumerated(EnumType.STRING)
  @Column(name = "regime_from", updatable = false, length = 8)
  public Regime regimeFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "regime_to", updatable = false, length = 8)
  public Regime regimeTo;

  /** Why the regime changed, as the officer put it; null for other kinds. */
  @Column(updatable = false, length = 2000)
  public String reason;

  @Column(nullable = false, updatable = false, length = 100)
  public String actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  public Instant recordedAt;

  /** When the event was withdrawn; null while it stands. */
  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  public String withdrawnBy;

  @Column(name = "withdrawn_reason", length = 2000)
  public String withdrawnReason;

  /** The event this one corrects (withdrawn when this one was recorded); null for most. */
  @Column(name = "corrects_event_id", updatable = false)
  public Long correctsEventId;

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  public ClockEvent toEvent() {
    return kind.toEvent(date, extraDate, regimeFrom, regimeTo);
  }

  /**
   * The events of one request that stand (not withdrawn), in the order they were recorded: the
   * events the clock runs on.
   */
  public static List<ClockEventEntry> forRequest(FoiRequest request) {
    return list("request = ?1 and withdrawnAt is null order by id", request);
  }

  /** Every event of one request, withdrawn ones included, in the order they were recorded. */
  public static List<ClockEventEntry> history(FoiRequest request) {
    return list("request = ?1 order by id", request);
  }

  /**
   * The events of many requests as the rule takes them, by request id, each in recorded order; read
   * as plain values (no entities), for the work queue and the clock summaries.
   */
  public static Map<Long, List<ClockEvent>> eventsOf(Collection<Long> requestIds) {
    Map<Long, List<ClockEvent>> events = new HashMap<>();
    if (requestIds.isEmpty()) {
      return events;
    }
    for (Object[] e :
        getEntityManager()
            .createQuery(
                "select e.request.id, e.kind, e.date, e.extraDate, e.regimeFrom, e.regimeTo"
                    + " from ClockEventEntry e"
                    + " where e.request.id in :ids and e.withdrawnAt is null order by e.id",
                Object[].class)
            .setParameter("ids", requestIds)
            .getResultList()) {
      events
          .computeIfAbsent((Long) e[0], k -> new ArrayList<>())
          .add(
              ((ClockEventKind) e[1])
                  .toEvent((LocalDate) e[2], (LocalDate) e[3], (Regime) e[4], (Regime) e[5]));
    }
    return events;
  }
}
