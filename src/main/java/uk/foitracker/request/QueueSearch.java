package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockState;
import uk.foitracker.clock.ClockView;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Option;

/**
 * The officers' and auditors' work queue, and its search: filtered, sorted, counted and paged in
 * the database on each request's stored clock summary, within the authorities the user may see. One
 * search box finds a request by its reference, the authority's reference, its title or words of its
 * questions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueueSearch {
  private final RequestClocks clocks;
  private final EntityManager em;
  private final AuthorityScope scope;

  QueueSearch(RequestClocks clocks, EntityManager em, AuthorityScope scope) {
    this.clocks = clocks;
    this.em = em;
    this.scope = scope;
  }

  /** A request as the queue lists it: only the columns shown, never the whole entity. */
  private record Listed(
      long id,
      String reference,
      String title,
      Regime regime,
      LocalDate receivedOn,
      RequestState state,
      String assignedTo) {}

  /**
   * The work queue: filtered, sorted, counted and paged in the database on each request's stored
   * clock summary ({@code ClockSummaries}), with the full clock worked out only for the requests on
   * the page shown. Overdue is a due date before today while the clock runs.
   */
  public QueuePage page(QueueFilter f, Audience audience) {
    LocalDate today = clocks.today();
    Map<String, Object> params = new HashMap<>();
    String where = where(f, today, params) + scope.restrict("r.authority");
    int total =
        Math.toIntExact(
            query("select count(r) from FoiRequest r" + where, Long.class, params)
                .getSingleResult());
    int pages = Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
    int page = Math.min(f.page(), pages);
    // The page's references first (read from the index alone), then only those rows.
    String order = orderBy(f);
    List<String> references =
        total == 0
            ? List.of()
            : query(
                    "select r.systemReference from FoiRequest r" + where + " order by " + order,
                    String.class,
                    params)
                .setFirstResult((page - 1) * QueueFilter.PAGE_SIZE)
                .setMaxResults(QueueFilter.PAGE_SIZE)
                .getResultList();
    List<QueueRow> shown = rows(references);
    QueueFilter current =
        new QueueFilter(
            f.state(),
            f.overdue(),
            f.dueThisWeek(),
            f.regime(),
            f.assignee(),
            f.sort(),
            f.order(),
            page,
            f.q());
    List<Option> states = new ArrayList<>();
    states.add(new Option("", "Open work (any open state)", f.state().isEmpty()));
    for (RequestState s : RequestState.values()) {
      states.add(new Option(s.name(), s.label(), s.name().equals(f.state())));
    }
    states.add(
        new Option(
            QueueFilter.UNDER_REVIEW,
            "Under internal review",
            QueueFilter.UNDER_REVIEW.equals(f.state())));
    states.add(new Option(QueueFilter.ALL, "All requests", QueueFilter.ALL.equals(f.state())));
    List<Option> regimes =
        List.of(
            new Option("", "FOIA and EIR", f.regime().isEmpty()),
            new Option("FOIA", "FOIA", f.regime().equals("FOIA")),
            new Option("EIR", "EIR", f.regime().equals("EIR")));
    List<Option> who = new ArrayList<>();
    who.add(new Option("", "Anyone", f.assignee().isEmpty()));
    who.add(
        new Option(
            QueueFilter.UNASSIGNED, "Not assigned", f.assignee().equals(QueueFilter.UNASSIGNED)));
    TreeSet<String> assignees =
        new TreeSet<>(
            em.createQuery(
                    "select distinct r.assignedTo from FoiRequest r"
                        + " where r.assignedTo is not null"
                        + (inQueue(f) ? " and r.inQueue = true" : "")
                        + scope.restrict("r.authority"),
                    String.class)
                .getResultList());
    for (String a : assignees) {
      who.add(new Option(a, a, a.equals(f.assignee())));
    }
    return new QueuePage(
        audience.base(),
        audience == Audience.OFFICER,
        shown,
        current,
        total,
        page,
        pages,
        states,
        regimes,
        who);
  }

  /**
   * The queue's filters as a condition on the stored clock summary; fills in {@code params}. The
   * open work is the indexed {@code in_queue} range; other states and the search read by state. The
   * search matches each word in the references, the title or a question's words; never the
   * requester's name or contact, which live apart ({@link RequesterContact}).
   */
  private static String where(QueueFilter f, LocalDate today, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where r.systemReference is not null");
    if (f.openWork()) {
      where.append(" and r.inQueue = true");
    } else if (QueueFilter.UNDER_REVIEW.equals(f.state())) {
      where.append(
          " and exists (select ir.id from InternalReview ir"
              + " where ir.request = r and ir.decidedOn is null)");
    } else if (!QueueFilter.ALL.equals(f.state())) {
      where.append(" and r.state = :state");
      params.put("state", RequestState.valueOf(f.state()));
    }
    List<String> words = f.words();
    for (int i = 0; i < words.size(); i++) {
      String p = "w" + i;
      where.append(
          " and (lower(r.systemReference) like :"
              + p
              + " escape '!' or lower(r.authorityReference) like :"
              + p
              + " escape '!' or lower(r.title) like :"
              + p
              + " escape '!' or exists (select qq.id from Question qq where qq.request = r"
              + " and lower(qq.text) like :"
              + p
              + " escape '!'))");
      params.put(p, "%" + likeEscaped(words.get(i)) + "%");
    }
    if (f.overdue()) {
      // overdue: the clock runs and the due date has passed (never stored: it depends on today)
      where.append(" and r.clockState = :running and r.dueOn < :today");
      params.put("running", ClockState.RUNNING);
      params.put("today", today);
    }
    if (f.dueThisWeek()) {
      where.append(" and r.dueOn >= :today and r.dueOn <= :endOfWeek");
      params.put("today", today);
      params.put("endOfWeek", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }
    if (!f.regime().isEmpty()) {
      where.append(" and r.regime = :regime");
      params.put("regime", Regime.valueOf(f.regime()));
    }
    if (QueueFilter.UNASSIGNED.equals(f.assignee())) {
      where.append(" and r.assignedTo is null");
    } else if (!f.assignee().isEmpty()) {
      where.append(" and r.assignedTo = :assignee");
      params.put("assignee", f.assignee());
    }
    return where.toString();
  }

  /**
   * The queue's order: requests with no due date (clock stopped) or no received date (not stated)
   * after the rest, on every database (H2 and PostgreSQL order nulls differently), the reference
   * breaking ties, and "desc" reversing it all; each matches one index (V11) read forwards or back.
   */
  private static String orderBy(QueueFilter f) {
    String dir = f.order().equals("desc") ? " desc" : " asc";
    return switch (f.sort()) {
      case "received" ->
          "r.receivedOn"
              + dir
              + (dir.equals(" desc") ? " nulls first" : " nulls last")
              + ", r.systemReference"
              + dir;
      case "reference" -> "r.systemReference" + dir;
      default ->
          "r.dueOn"
              + dir
              + (dir.equals(" desc") ? " nulls first" : " nulls last")
              + ", r.systemReference"
              + dir;
    };
  }

  /** Whether the view lists only requests of the work queue (the open work or one open state). */
  private static boolean inQueue(QueueFilter f) {
    return f.openWork()
        || f.state().equals(RequestState.OPEN.name())
        || f.state().equals(RequestState.AWAITING_CLARIFICATION.name())
        || f.state().equals(RequestState.AWAITING_FEE.name());
  }

  private static String likeEscaped(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> params) {
    TypedQuery<T> q = em.createQuery(jpql, type);
    params.forEach(q::setParameter);
    return q;
  }

  /** The rows of one page, in the order of {@code references}, each with its clock as at today. */
  private List<QueueRow> rows(List<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    Map<String, Listed> byReference = new HashMap<>();
    for (Object[] o :
        em.createQuery(
                "select r.id, r.systemReference, r.title, r.regime, r.receivedOn, r.state,"
                    + " r.assignedTo from FoiRequest r where r.systemReference in :references",
                Object[].class)
            .setParameter("references", references)
            .getResultList()) {
      Listed l =
          new Listed(
              (Long) o[0],
              (String) o[1],
              (String) o[2],
              (Regime) o[3],
              (LocalDate) o[4],
              (RequestState) o[5],
              (String) o[6]);
      byReference.put(l.reference(), l);
    }
    Map<Long, List<ClockEvent>> events =
        ClockEventEntry.eventsOf(byReference.values().stream().map(Listed::id).toList());
    List<QueueRow> rows = new ArrayList<>();
    for (String reference : references) {
      Listed r = byReference.get(reference);
      if (r == null) {
        continue;
      }
      if (r.receivedOn() == null) {
        // the received date is not stated: listed, with no clock and no due date
        ClockView none = ClockView.notStated();
        rows.add(
            new QueueRow(
                r.reference(),
                r.title(),
                r.regime(),
                null,
                null,
                null,
                r.state(),
                ClockView.NO_CLOCK,
                false,
                false,
                r.assignedTo(),
                Dates.display(null),
                "Not stated",
                none.statusLabel(),
                none.statusColour()));
        continue;
      }
      try {
        ClockResult c =
            clocks.calculateEvents(
                r.regime(), r.receivedOn(), events.getOrDefault(r.id(), List.of()));
        rows.add(queueRow(r, c));
      } catch (InvalidClockEventsException | OutsideCalendarException e) {
        // events the clock refuses (loaded from elsewhere, never recorded here): the request
        // stays in the queue, flagged, rather than taking the whole page down
        rows.add(
            new QueueRow(
                r.reference(),
                r.title(),
                r.regime(),
                r.receivedOn(),
                null,
                null,
                r.state(),
                QueueRow.UNWORKABLE,
                false,
                false,
                r.assignedTo(),
                Dates.display(r.receivedOn()),
                "Not known",
                "Clock events need correcting",
                "red"));
      }
    }
    return rows;
  }

  private QueueRow queueRow(Listed r, ClockResult c) {
    boolean stopped = c.due().isEmpty();
    return new QueueRow(
        r.reference(),
        r.title(),
        r.regime(),
        r.receivedOn(),
        c.due().orElse(null),
        stopped ? null : c.workingDaysLeft(),
        r.state(),
        c.status().name(),
        c.status() == ClockStatus.OVERDUE,
        RequestClocks.dueSoon(c),
        r.assignedTo(),
        Dates.display(r.receivedOn()),
        c.due().map(Dates::display).orElse("Clock stopped"),
        RequestClocks.label(c),
        RequestClocks.colour(c));
  }
}
