package uk.foitracker.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.clock.ClockState;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.publication.Publishing;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.DateField;

/**
 * The clock summary stored on each request (due date, clock state, calendar, in the queue or not)
 * is the clock worked out from its events after every kind of change that moves it, and the
 * start-up backfill gives one to rows that lack it or carry one from another calendar.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ClockSummaryTest {
  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Sending sending;
  @Inject InternalReviews reviews;
  @Inject Publishing publishing;
  @Inject RequestClocks clocks;
  @Inject ClockSummaries summaries;
  @Inject EntityManager em;

  /** One change made to the request, by the service an officer's action calls. */
  record Step(String what, BiConsumer<ClockSummaryTest, String> apply) {
    @Override
    public String toString() {
      return what;
    }
  }

  private LocalDate today() {
    return clocks.today();
  }

  private LocalDate daysAgo(int days) {
    return today().minusDays(days);
  }

  static Step clock(ClockEventKind kind, int daysAgo) {
    return new Step(
        kind.slug(),
        (t, ref) ->
            t.officer.recordClockEvent(
                ref,
                StoredRequest.version(ref),
                kind,
                DateField.of(t.daysAgo(daysAgo)),
                DateField.empty(),
                "olive"));
  }

  static Step publicInterestExtension(int daysAgo, int received) {
    return new Step(
        "public-interest-extension",
        (t, ref) ->
            t.officer.recordClockEvent(
                ref,
                StoredRequest.version(ref),
                ClockEventKind.PUBLIC_INTEREST_EXTENSION,
                DateField.of(t.daysAgo(daysAgo)),
                DateField.of(
                    StatutoryClock.due(Regime.FOIA, t.daysAgo(received)).due().plusDays(14)),
                "olive"));
  }

  static Step send(int daysAgo) {
    return new Step(
        "response sent",
        (t, ref) -> {
          t.answers.saveAnswer(
              ref, null, new AnswerInput(List.of(1), List.of("The answer.")), "olive");
          t.answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
          t.sending.send(ref, t.daysAgo(daysAgo), true, "olive");
        });
  }

  static Step review(int daysAgo) {
    return new Step(
        "internal review asked for",
        (t, ref) -> t.reviews.requestReview(ref, t.daysAgo(daysAgo), "olive"));
  }

  static Step publish() {
    return new Step(
        "published",
        (t, ref) -> t.publishing.publish(ref, "summary-" + ref.toLowerCase(), "olive"));
  }

  static Step withhold() {
    return new Step(
        "withheld", (t, ref) -> t.publishing.withhold(ref, "Personal data throughout.", "olive"));
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("logged (FOIA)", Regime.FOIA, 12, List.of(), true),
        Arguments.of("logged (EIR)", Regime.EIR, 12, List.of(), true),
        Arguments.of("logged long ago: overdue", Regime.FOIA, 70, List.of(), true),
        Arguments.of("logged today", Regime.FOIA, 0, List.of(), true),
        Arguments.of(
            "clarification asked for",
            Regime.FOIA,
            40,
            List.of(clock(ClockEventKind.CLARIFICATION_REQUESTED, 20)),
            true),
        Arguments.of(
            "clarification received",
            Regime.FOIA,
            40,
            List.of(
                clock(ClockEventKind.CLARIFICATION_REQUESTED, 20),
                clock(ClockEventKind.CLARIFICATION_RECEIVED, 10)),
            true),
        Arguments.of(
            "fees notice issued",
            Regime.FOIA,
            40,
            List.of(clock(ClockEventKind.FEES_NOTICE_ISSUED, 30)),
            true),
        Arguments.of(
            "fee paid",
            Regime.FOIA,
            40,
            List.of(
                clock(ClockEventKind.FEES_NOTICE_ISSUED, 30), clock(ClockEventKind.FEES_PAID, 21)),
            true),
        Arguments.of(
            "fees notice after the due date",
            Regime.EIR,
            60,
            List.of(clock(ClockEventKind.FEES_NOTICE_ISSUED, 2)),
            true),
        Arguments.of(
            "public interest extension (FOIA s.10(3))",
            Regime.FOIA,
            25,
            List.of(publicInterestExtension(5, 25)),
            true),
        Arguments.of(
            "complex and voluminous (EIR reg 7)",
            Regime.EIR,
            25,
            List.of(clock(ClockEventKind.COMPLEX_VOLUMINOUS_EXTENSION, 5)),
            true),
        Arguments.of("response sent", Regime.FOIA, 15, List.of(send(1)), false),
        Arguments.of(
            "sent after a clarification",
            Regime.EIR,
            40,
            List.of(
                clock(ClockEventKind.CLARIFICATION_REQUESTED, 30),
                clock(ClockEventKind.CLARIFICATION_RECEIVED, 25),
                send(3)),
            false),
        Arguments.of(
            "internal review asked for", Regime.FOIA, 30, List.of(send(5), review(2)), false),
        Arguments.of("published", Regime.FOIA, 30, List.of(send(5), publish()), false),
        Arguments.of(
            "withheld from the log", Regime.FOIA, 30, List.of(send(5), withhold()), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void storedSummaryIsTheClockAfterEachChange(
      String name, Regime regime, int receivedDaysAgo, List<Step> steps, boolean inQueueAtEnd) {
    String ref =
        officer
            .log(
                Fixtures.draft(
                    regime, daysAgo(receivedDaysAgo), Fixtures.unique("Summary " + name), "Q"),
                "olive",
                false)
            .reference();
    assertStoredIsComputed(ref, "logged");
    for (Step step : steps) {
      step.apply().accept(this, ref);
      assertStoredIsComputed(ref, step.what());
    }
    assertThat(stored(ref).inQueue).as(name + ": in the queue").isEqualTo(inQueueAtEnd);
  }

  @Test
  void overdueIsNeverStored() {
    String ref =
        officer
            .log(
                Fixtures.draft(Regime.FOIA, daysAgo(70), Fixtures.unique("Overdue"), "Q"),
                "olive",
                false)
            .reference();
    FoiRequest r = stored(ref);
    assertThat(computed(r).status()).isEqualTo(ClockStatus.OVERDUE);
    assertThat(r.clockState).isEqualTo(ClockState.RUNNING);
    assertThat(r.dueOn).isBefore(today());
  }

  @Test
  void backfillFillsRowsWithoutASummaryOrFromAnotherCalendar() {
    // like the benchmark's generator: rows and events added by SQL, with no summary at all
    String bySql = "FOIA-2099-SQL" + System.nanoTime() % 1_000_000;
    String withEvents = bySql + "E";
    String outside = bySql + "X";
    String closed = bySql + "C";
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              insert(bySql, Regime.FOIA, daysAgo(30), "OPEN");
              insert(withEvents, Regime.EIR, daysAgo(50), "AWAITING_CLARIFICATION");
              em.createNativeQuery(
                      "insert into clock_event (request_id, kind, event_date, actor, recorded_at)"
                          + " select id, 'CLARIFICATION_REQUESTED', ?1, 'sql', current_timestamp"
                          + " from foi_request where system_reference = ?2")
                  .setParameter(1, daysAgo(45))
                  .setParameter(2, withEvents)
                  .executeUpdate();
              // a date the calendar does not cover: left without a summary, the rest go on
              insert(outside, Regime.FOIA, LocalDate.of(1999, 3, 1), "OPEN");
              // answered: nothing reads its summary, so the backfill leaves it alone
              insert(closed, Regime.FOIA, daysAgo(30), "CLOSED");
            });
    // and rows whose summary was worked out on another calendar (a new one-off bank holiday)
    String oldCalendar =
        officer
            .log(
                Fixtures.draft(Regime.FOIA, daysAgo(20), Fixtures.unique("Old calendar"), "Q"),
                "olive",
                false)
            .reference();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update foi_request set due_on = ?1, clock_state = 'PAUSED_FEES',"
                            + " clock_calendar = 'jollyday-2.18.0+one-off-v1'"
                            + " where system_reference = ?2")
                    .setParameter(1, LocalDate.of(2000, 1, 3))
                    .setParameter(2, oldCalendar)
                    .executeUpdate());
    assertThat(stored(bySql).inQueue).isFalse();
    try {
      ClockSummaries.Backfill done = summaries.backfill(2);
      assertThat(done.stored()).isGreaterThanOrEqualTo(3);
      assertThat(done.failed()).isGreaterThanOrEqualTo(1);
      for (String ref : List.of(bySql, withEvents, oldCalendar)) {
        assertStoredIsComputed(ref, "after the backfill");
      }
      assertThat(stored(bySql).inQueue).isTrue();
      assertThat(stored(bySql).dueOn).isNotNull();
      assertThat(stored(withEvents).clockState).isEqualTo(ClockState.PAUSED_CLARIFICATION);
      assertThat(stored(outside).clockCalendar).isNull();
      assertThat(stored(closed).clockCalendar).isNull();
      assertThat(stored(closed).inQueue).isFalse();
      // every row is now up to date: nothing left but the one the clock refuses
      assertThat(summaries.backfill(2)).isEqualTo(new ClockSummaries.Backfill(0, done.failed()));
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery("delete from foi_request where system_reference in (?1, ?2)")
                      .setParameter(1, outside)
                      .setParameter(2, closed)
                      .executeUpdate());
    }
  }

  private void insert(String reference, Regime regime, LocalDate received, String state) {
    em.createNativeQuery(
            "insert into foi_request (version, authority_id, regime, system_reference, title,"
                + " received_on, state, created_at)"
                + " values (0, (select min(id) from authority), ?1, ?2, ?3, ?4, ?5,"
                + " current_timestamp)")
        .setParameter(1, regime.name())
        .setParameter(2, reference)
        .setParameter(3, "Added by SQL " + reference)
        .setParameter(4, received)
        .setParameter(5, state)
        .executeUpdate();
  }

  private static FoiRequest stored(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow());
  }

  private ClockResult computed(FoiRequest r) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                clocks.calculate(
                    r,
                    ClockEventEntry.forRequest(
                        FoiRequest.findByReference(r.systemReference).get())));
  }

  private void assertStoredIsComputed(String ref, String after) {
    FoiRequest r = stored(ref);
    ClockResult clock = computed(r);
    assertThat(r.dueOn).as(after + ": due date").isEqualTo(clock.due().orElse(null));
    assertThat(r.clockState).as(after + ": clock").isEqualTo(ClockState.of(clock.status()));
    assertThat(r.clockCalendar).as(after + ": calendar").isEqualTo(clocks.calendarVersion());
    assertThat(r.inQueue).as(after + ": in the queue").isEqualTo(OfficerRequests.isOpen(r.state));
  }
}
