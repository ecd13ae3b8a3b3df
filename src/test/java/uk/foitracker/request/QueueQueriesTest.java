package uk.foitracker.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.clock.ClockView;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Option;

/**
 * The queue worked out in the database gives the same requests, in the same order, with the same
 * totals and choices, as working out every open request's clock in memory did (the reference below
 * is the queue's earlier code); and a page reads only its own rows.
 */
@QuarkusTest
class QueueQueriesTest {
  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Sending sending;
  @Inject QueueSearch queue;
  @Inject RequestClocks clocks;
  @Inject EntityManager em;

  private static String team;
  private static List<String> officers;

  @BeforeEach
  void mixedRequests() {
    if (team != null) {
      return;
    }
    team = "mix" + System.nanoTime() % 1_000_000;
    officers = List.of(team + "-ann", team + "-bob", team + "-cat");
    LocalDate today = clocks.today();
    for (int i = 0; i < 36; i++) {
      Regime regime = i % 4 == 0 ? Regime.EIR : Regime.FOIA;
      // received dates repeat, so due dates tie and the reference decides
      LocalDate received = today.minusDays((i * 7L) % 75);
      String ref =
          officer
              .log(
                  Fixtures.draft(regime, received, Fixtures.unique("Mixed " + i), "Q"),
                  "olive",
                  false)
              .reference();
      String assignee = i % 4 == 3 ? null : officers.get(i % 4);
      if (assignee != null) {
        officer.assign(ref, StoredRequest.version(ref), assignee, "olive");
      }
      switch (i % 6) {
        case 1 -> event(ref, ClockEventKind.CLARIFICATION_REQUESTED, today, null);
        case 2 -> {
          event(ref, ClockEventKind.CLARIFICATION_REQUESTED, received, null);
          event(ref, ClockEventKind.CLARIFICATION_RECEIVED, today, null);
        }
        case 3 -> event(ref, ClockEventKind.FEES_NOTICE_ISSUED, today, null);
        case 4 -> {
          if (regime == Regime.FOIA) {
            LocalDate statutory = StatutoryClock.due(regime, received).due();
            event(
                ref,
                ClockEventKind.PUBLIC_INTEREST_EXTENSION,
                today.isBefore(statutory) ? today : statutory,
                statutory.plusDays(10 + i));
          } else {
            event(ref, ClockEventKind.COMPLEX_VOLUMINOUS_EXTENSION, today, null);
          }
        }
        case 5 -> {
          // sent: out of the queue
          answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("A.")), "olive");
          answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
          sending.send(ref, today, true, "olive");
        }
        default -> {}
      }
    }
  }

  private void event(String ref, ClockEventKind kind, LocalDate on, LocalDate newDue) {
    officer.recordClockEvent(
        ref,
        StoredRequest.version(ref),
        kind,
        DateField.of(on),
        newDue == null ? DateField.empty() : DateField.of(newDue),
        "olive");
  }

  private List<QueueFilter> filters() {
    List<QueueFilter> filters = new ArrayList<>();
    for (String sort : List.of("due", "received", "reference")) {
      for (String order : List.of("asc", "desc")) {
        filters.add(new QueueFilter("", false, false, "", "", sort, order, 1));
        filters.add(new QueueFilter("", false, false, "", team + "-ann", sort, order, 1));
        filters.add(new QueueFilter("", false, false, "", QueueFilter.UNASSIGNED, sort, order, 1));
        for (String state : List.of("OPEN", "AWAITING_CLARIFICATION", "AWAITING_FEE")) {
          filters.add(new QueueFilter(state, false, false, "", "", sort, order, 1));
        }
        filters.add(new QueueFilter("", true, false, "", "", sort, order, 1));
        filters.add(new QueueFilter("", false, true, "", "", sort, order, 1));
        filters.add(new QueueFilter("", true, true, "", "", sort, order, 1));
        filters.add(new QueueFilter("", false, false, "EIR", "", sort, order, 1));
        filters.add(new QueueFilter("OPEN", false, false, "FOIA", team + "-bob", sort, order, 1));
        filters.add(new QueueFilter("", true, false, "FOIA", team + "-cat", sort, order, 1));
        filters.add(new QueueFilter("AWAITING_FEE", false, false, "EIR", "", sort, order, 1));
        filters.add(new QueueFilter("", false, true, "", QueueFilter.UNASSIGNED, sort, order, 1));
      }
    }
    return filters;
  }

  @Test
  void sameRequestsInTheSameOrderAsWorkingOutEveryClock() {
    for (QueueFilter f : filters()) {
      Expected expected = QuarkusTransaction.requiringNew().call(() -> reference(f));
      QueuePage first = page(f, 1);
      assertThat(first.total()).as("total for %s", f).isEqualTo(expected.references().size());
      List<String> assignees =
          first.assignees().stream().skip(2).map(Option::value).collect(Collectors.toList());
      assertThat(assignees).as("assignee choices").containsExactlyElementsOf(expected.assignees());
      assertThat(assignees).contains(officers.toArray(String[]::new));
      List<QueueRow> all = new ArrayList<>(first.rows());
      for (int p = 2; p <= first.pages(); p++) {
        QueuePage next = page(f, p);
        assertThat(next.page()).isEqualTo(p);
        all.addAll(next.rows());
      }
      assertThat(all.stream().map(QueueRow::reference).toList())
          .as("rows for %s", f)
          .containsExactlyElementsOf(expected.references());
      for (QueueRow row : all) {
        ClockResult c = expected.clocks().get(row.reference());
        if (c == null) {
          // no received date stated: no clock, listed after the rest
          assertThat(row.dueOn()).isNull();
          assertThat(row.clockStatus()).isEqualTo(ClockView.NO_CLOCK);
          continue;
        }
        assertThat(row.dueOn()).isEqualTo(c.due().orElse(null));
        assertThat(row.clockStatus()).isEqualTo(c.status().name());
        assertThat(row.overdue()).isEqualTo(c.status() == ClockStatus.OVERDUE);
      }
    }
    // the fixture gives every filter something to find
    assertThat(
            page(new QueueFilter("", true, false, "", team + "-bob", "due", "asc", 1), 1).total())
        .isPositive();
    for (String state : List.of("OPEN", "AWAITING_CLARIFICATION", "AWAITING_FEE")) {
      assertThat(page(new QueueFilter(state, false, false, "", "", "due", "asc", 1), 1).total())
          .isPositive();
    }
  }

  @Test
  void aPageReadsOnlyItsOwnRows() {
    // at least two pages of open FOIA requests
    while (QuarkusTransaction.requiringNew()
            .call(
                () ->
                    FoiRequest.count(
                        "inQueue = true and state = ?1 and regime = ?2",
                        RequestState.OPEN,
                        Regime.FOIA))
        < 2 * QueueFilter.PAGE_SIZE) {
      officer.log(
          Fixtures.draft(Regime.FOIA, clocks.today(), Fixtures.unique("Filler"), "Q"),
          "olive",
          false);
    }
    Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    assertThat(stats.isStatisticsEnabled()).isTrue();
    for (QueueFilter f :
        List.of(
            QueueFilter.defaults(),
            new QueueFilter("", false, false, "", "", "received", "desc", 2),
            new QueueFilter("OPEN", false, false, "FOIA", "", "reference", "asc", 2))) {
      stats.clear();
      QueuePage page = page(f, f.page());
      assertThat(page.total()).isGreaterThanOrEqualTo(2 * QueueFilter.PAGE_SIZE);
      assertThat(page.rows()).hasSize(QueueFilter.PAGE_SIZE);
      // no entity at all: the page's columns are read as values
      assertThat(stats.getEntityLoadCount()).as("entities loaded").isZero();
      // count, the page's references, their rows, their clock events, the officers' names
      assertThat(stats.getPrepareStatementCount()).as("statements").isLessThanOrEqualTo(5);
      for (String query : stats.getQueries()) {
        long rows = stats.getQueryStatistics(query).getExecutionRowCount();
        if (query.contains("distinct r.assignedTo")) {
          assertThat(rows).isEqualTo(page.assignees().size() - 2);
        } else if (query.contains("from ClockEventEntry")) {
          assertThat(rows).as(query).isLessThanOrEqualTo(3L * QueueFilter.PAGE_SIZE);
        } else {
          assertThat(rows).as(query).isLessThanOrEqualTo(QueueFilter.PAGE_SIZE);
        }
      }
    }
  }

  @Test
  void aRequestWhoseEventsTheClockRefusesIsFlaggedNotFatal() {
    // events loaded from elsewhere that the clock refuses (a fees notice while waiting for
    // clarification): the officer's recording never lets this happen, but one such row must not
    // take the queue down
    String who = "refused" + System.nanoTime() % 1_000_000;
    String ref = "FOI-SQL-" + System.nanoTime() % 1_000_000;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into foi_request (version, authority_id, regime, system_reference,"
                          + " title, received_on, state, assigned_to, in_queue, created_at)"
                          + " values (0, (select min(id) from authority), 'FOIA', ?1,"
                          + " 'Loaded from elsewhere', ?2, 'AWAITING_FEE', ?3, true,"
                          + " current_timestamp)")
                  .setParameter(1, ref)
                  .setParameter(2, clocks.today().minusDays(10))
                  .setParameter(3, who)
                  .executeUpdate();
              for (String kind : List.of("CLARIFICATION_REQUESTED", "FEES_NOTICE_ISSUED")) {
                em.createNativeQuery(
                        "insert into clock_event (request_id, kind, event_date, actor,"
                            + " recorded_at) select id, ?1, ?2, 'sql', current_timestamp"
                            + " from foi_request where system_reference = ?3")
                    .setParameter(1, kind)
                    .setParameter(2, clocks.today().minusDays(5))
                    .setParameter(3, ref)
                    .executeUpdate();
              }
            });
    try {
      QueuePage page = page(new QueueFilter("", false, false, "", who, "due", "asc", 1), 1);
      assertThat(page.rows()).hasSize(1);
      QueueRow row = page.rows().get(0);
      assertThat(row.reference()).isEqualTo(ref);
      assertThat(row.clockStatus()).isEqualTo(QueueRow.UNWORKABLE);
      assertThat(row.clockLabel()).isEqualTo("Clock events need correcting");
      assertThat(row.daysLeftText()).isEqualTo("Not known");
      assertThat(row.due()).isEqualTo("Not known");
      assertThat(row.overdue()).isFalse();
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery(
                          "update foi_request set state = 'CLOSED', in_queue = false"
                              + " where system_reference = ?1")
                      .setParameter(1, ref)
                      .executeUpdate());
    }
  }

  private QueuePage page(QueueFilter f, int page) {
    QueueFilter at =
        new QueueFilter(
            f.state(),
            f.overdue(),
            f.dueThisWeek(),
            f.regime(),
            f.assignee(),
            f.sort(),
            f.order(),
            page);
    return QuarkusTransaction.requiringNew().call(() -> queue.page(at, Audience.OFFICER));
  }

  record Expected(
      List<String> references, Map<String, ClockResult> clocks, List<String> assignees) {}

  /**
   * The queue as it was worked out before: every open request's clock (a request whose received
   * date is not stated has none, and comes last), then filter and sort.
   */
  private Expected reference(QueueFilter f) {
    List<FoiRequest> open =
        FoiRequest.list(
            "systemReference is not null and state in ?1",
            List.of(
                RequestState.OPEN, RequestState.AWAITING_CLARIFICATION, RequestState.AWAITING_FEE));
    Map<Long, List<ClockEventEntry>> events =
        ClockEventEntry.<ClockEventEntry>list(
                "request.id in ?1 and withdrawnAt is null order by id",
                open.stream().map(r -> r.id).toList())
            .stream()
            .collect(
                Collectors.groupingBy(e -> e.request.id, LinkedHashMap::new, Collectors.toList()));
    LocalDate today = clocks.today();
    LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    TreeSet<String> assignees = new TreeSet<>();
    record Row(FoiRequest request, ClockResult clock) {}
    List<Row> rows = new ArrayList<>();
    for (FoiRequest r : open) {
      if (r.assignedTo != null) {
        assignees.add(r.assignedTo);
      }
      ClockResult c = clocks.calculate(r, events.getOrDefault(r.id, List.of()));
      if (!f.state().isEmpty() && !r.state.name().equals(f.state())) {
        continue;
      }
      if (c == null && (f.overdue() || f.dueThisWeek())) {
        continue;
      }
      if (f.overdue() && c.status() != ClockStatus.OVERDUE) {
        continue;
      }
      if (f.dueThisWeek()
          && (c.due().isEmpty()
              || c.due().get().isBefore(today)
              || c.due().get().isAfter(endOfWeek))) {
        continue;
      }
      if (!f.regime().isEmpty() && !r.regime.name().equals(f.regime())) {
        continue;
      }
      if (QueueFilter.UNASSIGNED.equals(f.assignee())) {
        if (r.assignedTo != null) {
          continue;
        }
      } else if (!f.assignee().isEmpty() && !f.assignee().equals(r.assignedTo)) {
        continue;
      }
      rows.add(new Row(r, c));
    }
    Comparator<Row> byReference = Comparator.comparing(row -> row.request().systemReference);
    Comparator<Row> order =
        switch (f.sort()) {
          case "received" ->
              Comparator.comparing(
                  (Row row) -> row.request().receivedOn,
                  Comparator.nullsLast(Comparator.naturalOrder()));
          case "reference" -> byReference;
          default ->
              Comparator.comparing(
                  (Row row) ->
                      row.clock() == null
                          ? LocalDate.MAX
                          : row.clock().due().orElse(LocalDate.MAX));
        };
    order = order.thenComparing(byReference);
    if (f.order().equals("desc")) {
      order = order.reversed();
    }
    rows.sort(order);
    Map<String, ClockResult> byRef = new LinkedHashMap<>();
    rows.forEach(r -> byRef.put(r.request().systemReference, r.clock())); // null: no clock
    return new Expected(
        rows.stream().map(r -> r.request().systemReference).toList(),
        byRef,
        List.copyOf(assignees));
  }
}
