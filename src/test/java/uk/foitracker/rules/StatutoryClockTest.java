package uk.foitracker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.ClockEvent.ClarificationReceived;
import uk.foitracker.rules.ClockEvent.ClarificationRequested;
import uk.foitracker.rules.ClockEvent.ComplexVoluminousExtension;
import uk.foitracker.rules.ClockEvent.FeesNoticeIssued;
import uk.foitracker.rules.ClockEvent.FeesPaid;
import uk.foitracker.rules.ClockEvent.InternalReviewDecided;
import uk.foitracker.rules.ClockEvent.InternalReviewRequested;
import uk.foitracker.rules.ClockEvent.PublicInterestExtension;
import uk.foitracker.rules.ClockEvent.ResponseSent;

/**
 * The statutory clock, specified by tables of real dates. Every expected date was worked out by
 * hand on a printed calendar with the gov.uk bank holiday lists (see the comments), not copied from
 * the code's output.
 */
class StatutoryClockTest {

  private final StatutoryClock clock = StatutoryClock.ukWide();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // --- FOIA s.10(1) / EIR reg 5(2): the 20th working day ---------------------------------------

  @ParameterizedTest(name = "received {0} -> day 1 {1}, due {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # received | day 1      | due        | why
          2023-04-28 | 2023-05-02 | 2023-05-31 | Early May 1 May, Coronation 8 May, Spring 29 May
          2022-09-01 | 2022-09-02 | 2022-09-30 | State funeral 19 Sep 2022
          2023-04-29 | 2023-05-02 | 2023-05-31 | received on a Saturday: day 1 still the next working day
          2023-05-29 | 2023-05-30 | 2023-06-26 | received on a bank holiday
          2023-12-15 | 2023-12-18 | 2024-01-18 | Christmas, Boxing Day, 1 Jan, 2 Jan (Scotland)
          2024-12-20 | 2024-12-23 | 2025-01-23 | 25, 26 Dec, 1 Jan, 2 Jan (Scotland)
          2022-12-16 | 2022-12-19 | 2023-01-19 | 26 Dec, 27 Dec (substitute), 2 Jan, 3 Jan (Scotland substitute)
          2021-12-17 | 2021-12-20 | 2022-01-20 | 27, 28 Dec 2021, 3 Jan, 4 Jan 2022 (Scotland)
          2024-03-28 | 2024-04-02 | 2024-04-29 | Good Friday 29 Mar, Easter Monday 1 Apr
          2024-03-08 | 2024-03-11 | 2024-04-10 | St Patrick's Day observed 18 Mar, Easter
          2025-11-21 | 2025-11-24 | 2025-12-22 | St Andrew's Day observed Mon 1 Dec 2025
          2025-07-01 | 2025-07-02 | 2025-07-30 | Battle of the Boyne observed Mon 14 Jul 2025
          2025-07-25 | 2025-07-28 | 2025-08-26 | Scotland 4 Aug and England 25 Aug both skipped
          2022-05-20 | 2022-05-23 | 2022-06-21 | Spring bank holiday moved to 2 Jun, Jubilee 3 Jun
          2020-04-30 | 2020-05-01 | 2020-06-01 | VE Day 8 May 2020, Spring 25 May
          2020-11-20 | 2020-11-23 | 2020-12-21 | St Andrew's Day 30 Nov 2020
          """)
  void dueOnTheTwentiethWorkingDay(LocalDate received, LocalDate dayOne, LocalDate due) {
    for (Regime regime : Regime.values()) {
      DueDate result = StatutoryClock.due(regime, received);
      assertEquals(due, result.due(), regime + " due");
      assertEquals(dayOne, result.dayOne(), regime + " day 1");
      assertEquals(20, result.workingDays());
    }
  }

  @Test
  void theCalculatorListsEverySkippedDayWithItsReason() {
    DueDate result = StatutoryClock.due(Regime.FOIA, d("2023-04-28"));
    List<String> holidays =
        result.skipped().stream()
            .filter(s -> s.kind() != NonWorkingDay.Kind.SATURDAY)
            .filter(s -> s.kind() != NonWorkingDay.Kind.SUNDAY)
            .map(s -> s.date() + " " + s.reason())
            .toList();
    assertEquals(
        List.of(
            "2023-05-01 Early May bank holiday (England and Wales, Scotland, Northern Ireland)",
            "2023-05-08 Bank holiday for the coronation of King Charles III"
                + " (England and Wales, Scotland, Northern Ireland)",
            "2023-05-29 Spring bank holiday (England and Wales, Scotland, Northern Ireland)"),
        holidays);
    // 29 Apr to 31 May: 5 weekends (10 days) + 3 bank holidays
    assertEquals(13, result.skipped().size());
    assertEquals(result.calendar(), WorkingDayCalendar.ukWide().name());
  }

  @ParameterizedTest(name = "EIR reg 7: received {0} -> due {1}")
  @CsvSource({
    "2023-04-28, 2023-06-28",
    "2023-05-31, 2023-07-27", // 12 July (Northern Ireland) skipped
    "2025-06-20, 2025-08-19" // 14 Jul (NI) and 4 Aug (Scotland) skipped
  })
  void eirRegulation7GivesTheFortiethWorkingDay(LocalDate received, LocalDate due) {
    assertEquals(due, StatutoryClock.dueWithRegulation7Extension(received).due());
    ClockResult result =
        clock.calculate(
            Regime.EIR,
            received,
            List.of(new ComplexVoluminousExtension(received.plusDays(5))),
            received.plusDays(6));
    assertEquals(Optional.of(due), result.due());
    assertEquals(Optional.of(due), result.refusalNoticeDue()); // reg 7(2), reg 14(2)
    assertEquals(40, result.workingDayLimit());
  }

  @Test
  void fortyDaysIsOnlyForTheEir() {
    assertThrows(
        IllegalArgumentException.class, () -> clock.deadline(Regime.FOIA, d("2023-04-28"), 40));
    assertThrows(
        IllegalArgumentException.class, () -> clock.deadline(Regime.EIR, d("2023-04-28"), 21));
  }

  @Test
  void aDeadlineRunningPastTheCalendarIsRefused() {
    assertThrows(
        OutsideCalendarException.class, () -> StatutoryClock.due(Regime.FOIA, d("2035-12-20")));
  }

  // --- Running, overdue, sent ------------------------------------------------------------------

  @ParameterizedTest(name = "received 2023-04-28, {0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # today    | sent       | status       | used | left | late  | late by
          2023-05-10 |            | RUNNING      | 6    | 14   | false | 0
          2023-05-31 |            | RUNNING      | 20   | 0    | false | 0
          2023-06-05 |            | OVERDUE      | 23   | -3   | true  | 3
          2023-06-30 | 2023-05-31 | STOPPED_SENT | 20   | 0    | false | 0
          2023-06-30 | 2023-05-12 | STOPPED_SENT | 8    | 12   | false | 0
          2023-06-30 | 2023-06-02 | STOPPED_SENT | 22   | -2   | true  | 2
          2023-06-30 | 2023-06-03 | STOPPED_SENT | 22   | -2   | true  | 2
          """)
  void countsDaysUsedAndLeft(
      LocalDate today,
      LocalDate sent,
      ClockStatus status,
      int used,
      int left,
      boolean late,
      int lateBy) {
    List<ClockEvent> events = sent == null ? List.of() : List.of(new ResponseSent(sent));
    ClockResult r = clock.calculate(Regime.FOIA, d("2023-04-28"), events, today);
    assertEquals(status, r.status());
    assertEquals(Optional.of(d("2023-05-31")), r.due());
    assertEquals(sent == null ? today : sent, r.asOf());
    assertEquals(used, r.workingDaysUsed(), "used");
    assertEquals(left, r.workingDaysLeft(), "left");
    assertEquals(late, r.late());
    assertEquals(lateBy, r.lateByWorkingDays());
  }

  @Test
  void explainsEveryDay() {
    ClockResult r = clock.calculate(Regime.FOIA, d("2023-04-28"), List.of(), d("2023-05-02"));
    Explanation x = r.explanation();
    assertEquals(d("2023-04-28"), x.countedAfter());
    assertEquals(d("2023-05-02"), x.dayOne());
    assertEquals(20, x.counted().size());
    assertEquals(new Explanation.Counted(1, d("2023-05-02")), x.counted().get(0));
    assertEquals(new Explanation.Counted(5, d("2023-05-09")), x.counted().get(4));
    assertEquals(new Explanation.Counted(20, d("2023-05-31")), x.counted().get(19));
    assertEquals(
        new Explanation.Skipped(
            d("2023-05-08"),
            "Bank holiday for the coronation of King Charles III"
                + " (England and Wales, Scotland, Northern Ireland)"),
        x.skipped().get(5)); // after 29 Apr, 30 Apr, 1 May, 6 May, 7 May
    assertEquals(
        List.of(
            d("2023-04-29"), d("2023-04-30"), d("2023-05-01"), d("2023-05-06"), d("2023-05-07")),
        x.skipped().subList(0, 5).stream().map(Explanation.Skipped::date).toList());
    // days are in date order, one entry per calendar day from 29 Apr to 31 May
    assertEquals(33, x.days().size());
  }

  // --- Clarification: FOIA s.1(3), s.10(6)(b); EIR reg 9(4) -----------------------------------

  @Test
  void clarificationStopsTheClockAndRestartsAFreshTwentyDays() {
    // received Mon 6 Mar 2023; asked Thu 9 Mar; answered Mon 20 Mar.
    // Fresh count from Tue 21 Mar: Good Friday 7 Apr and Easter Monday 10 Apr skipped -> Wed 19
    // Apr.
    List<ClockEvent> events =
        List.of(
            new ClarificationRequested(d("2023-03-09")),
            new ClarificationReceived(d("2023-03-20")));
    for (Regime regime : Regime.values()) {
      ClockResult waiting =
          clock.calculate(regime, d("2023-03-06"), events.subList(0, 1), d("2023-03-15"));
      assertEquals(ClockStatus.PAUSED_CLARIFICATION, waiting.status());
      assertEquals(Optional.empty(), waiting.due());
      assertEquals(0, waiting.workingDaysUsed());
      assertEquals(20, waiting.workingDaysLeft());
      assertFalse(waiting.late());

      ClockResult restarted = clock.calculate(regime, d("2023-03-06"), events, d("2023-03-22"));
      assertEquals(ClockStatus.RUNNING, restarted.status());
      assertEquals(Optional.of(d("2023-04-19")), restarted.due());
      assertEquals(d("2023-03-20"), restarted.explanation().countedAfter());
      assertEquals(d("2023-03-21"), restarted.explanation().dayOne());
      assertEquals(2, restarted.workingDaysUsed()); // 21 and 22 Mar
      assertEquals(18, restarted.workingDaysLeft());
    }
  }

  @Test
  void aSecondClarificationRestartsAgain() {
    // received Mon 6 Mar 2023, asked 9 Mar, answered 20 Mar, asked 22 Mar, answered Fri 31 Mar.
    // Count from Mon 3 Apr: 3-6 (4), [7, 10 Easter], 11-14 (8), 17-21 (13), 24-28 (18), 1 May
    // bank holiday, 2 May (19), 3 May (20).
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-03-06"),
            List.of(
                new ClarificationRequested(d("2023-03-09")),
                new ClarificationReceived(d("2023-03-20")),
                new ClarificationRequested(d("2023-03-22")),
                new ClarificationReceived(d("2023-03-31"))),
            d("2023-04-03"));
    assertEquals(Optional.of(d("2023-05-03")), r.due());
  }

  @Test
  void eirWarnsWhenParticularsAreAskedForAfterTwentyWorkingDays() {
    // received 28 Apr 2023: 20th working day 31 May. Asked 1 Jun, answered 2 Jun.
    ClockResult r =
        clock.calculate(
            Regime.EIR,
            d("2023-04-28"),
            List.of(
                new ClarificationRequested(d("2023-06-01")),
                new ClarificationReceived(d("2023-06-02"))),
            d("2023-06-05"));
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("reg 9(2)(a)")), r.warnings()::toString);
  }

  // --- Fees: FOIA s.9, s.10(2) -----------------------------------------------------------------

  @ParameterizedTest(name = "notice {0}, paid {1} -> due {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # received 28 Apr 2023, due 31 May without fees
          # notice   | paid       | due        | disregarded working days
          2023-05-10 | 2023-05-16 | 2023-06-07 | 10,11,12,15,16 May = 5
          2023-05-12 | 2023-05-13 | 2023-06-01 | 12 May only (paid on a Saturday) = 1
          2023-05-05 | 2023-05-09 | 2023-06-02 | 5 and 9 May (8 May is the Coronation) = 2
          2023-05-10 | 2023-05-10 | 2023-06-01 | paid the same day: that day is disregarded = 1
          2023-06-01 | 2023-06-05 | 2023-05-31 | notice after the due date does not move it
          """)
  void theFeesPeriodIsDisregarded(LocalDate notice, LocalDate paid, LocalDate due) {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new FeesNoticeIssued(notice), new FeesPaid(paid)),
            d("2023-06-06"));
    assertEquals(Optional.of(due), r.due());
    assertEquals(Optional.of(due), r.refusalNoticeDue());
    if (notice.isBefore(due)) {
      assertTrue(
          r.explanation().skipped().stream()
              .anyMatch(s -> s.date().equals(notice) && s.reason().contains("s.10(2)")));
    } else {
      assertTrue(r.warnings().stream().anyMatch(w -> w.contains("s.9(1)")), r.warnings()::toString);
    }
  }

  @Test
  void twoFeePeriodsSharingADayDisregardEachDayOnce() {
    // the second notice is given on the day the first fee is paid: 10, 11, 12, 15, 16 May are
    // disregarded (12 May once); 1 May and 8 May (Coronation) are bank holidays
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(
                new FeesNoticeIssued(d("2023-05-10")),
                new FeesPaid(d("2023-05-12")),
                new FeesNoticeIssued(d("2023-05-12")),
                new FeesPaid(d("2023-05-16"))),
            d("2023-05-19"));
    assertEquals(Optional.of(d("2023-06-07")), r.due());
    assertEquals(8, r.workingDaysUsed()); // 2, 3, 4, 5, 9, 17, 18, 19 May
    assertEquals(12, r.workingDaysLeft()); // 22 May to 7 Jun, less 29 May
  }

  @Test
  void aRequestReceivedYearsAgoIsCountedToTheDay() {
    // received 28 Apr 2023, due 31 May 2023, still unanswered on 31 May 2024: every working day
    // from 1 Jun 2023 to 31 May 2024 is late (UK-wide holidays in between)
    ClockResult r = clock.calculate(Regime.FOIA, d("2023-04-28"), List.of(), d("2024-05-31"));
    int late = 0;
    for (LocalDate day = d("2023-06-01"); !day.isAfter(d("2024-05-31")); day = day.plusDays(1)) {
      late += WorkingDayCalendar.ukWide().isWorkingDay(day) ? 1 : 0;
    }
    assertEquals(ClockStatus.OVERDUE, r.status());
    assertEquals(late, r.lateByWorkingDays());
    assertEquals(-late, r.workingDaysLeft());
    assertEquals(20 + late, r.workingDaysUsed());
  }

  @Test
  void anUnpaidFeePausesTheClock() {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new FeesNoticeIssued(d("2023-05-10"))),
            d("2023-05-12"));
    assertEquals(ClockStatus.PAUSED_FEES, r.status());
    assertEquals(Optional.empty(), r.due());
    assertEquals(5, r.workingDaysUsed()); // 2, 3, 4, 5, 9 May
    assertEquals(15, r.workingDaysLeft());
    assertTrue(r.warnings().isEmpty());
  }

  @Test
  void aFeeUnpaidForThreeMonthsIsFlagged() {
    // s.9(2): three months beginning with 10 May 2023 end on 9 Aug 2023.
    ClockResult before =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new FeesNoticeIssued(d("2023-05-10"))),
            d("2023-08-09"));
    assertTrue(before.warnings().isEmpty());
    ClockResult after =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new FeesNoticeIssued(d("2023-05-10"))),
            d("2023-08-10"));
    assertTrue(after.warnings().stream().anyMatch(w -> w.contains("s.9(2)")));
  }

  @Test
  void anUnpaidFeesNoticeGivenAfterTheDueDateDoesNotPauseAnything() {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new FeesNoticeIssued(d("2023-06-01"))),
            d("2023-06-05"));
    assertEquals(ClockStatus.OVERDUE, r.status());
    assertEquals(Optional.of(d("2023-05-31")), r.due());
    assertEquals(3, r.lateByWorkingDays()); // 1, 2, 5 Jun
    assertEquals(23, r.workingDaysUsed());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("s.9(1)")));
  }

  @Test
  void clarificationAskedForAfterTheDueDateStillStopsTheClock() {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new ClarificationRequested(d("2023-06-01"))),
            d("2023-06-05"));
    assertEquals(ClockStatus.PAUSED_CLARIFICATION, r.status());
    assertEquals(Optional.empty(), r.due());
    assertFalse(r.late());
  }

  @Test
  void aClarificationAfterAPublicInterestExtensionStopsTheClock() {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(
                new PublicInterestExtension(d("2023-05-30"), d("2023-06-15")),
                new ClarificationRequested(d("2023-06-01"))),
            d("2023-06-05"));
    assertEquals(ClockStatus.PAUSED_CLARIFICATION, r.status());
    assertEquals(Optional.empty(), r.due());
  }

  // --- Public interest extension: FOIA s.10(3) -------------------------------------------------

  @ParameterizedTest(name = "new date {0}: {1} working days beyond, warning {2}")
  @CsvSource({
    "2023-06-28, 20, false", // Jun 1-2, 5-9, 12-16, 19-23, 26-28 = 20
    "2023-06-29, 21, true",
    "2023-06-01, 1, false"
  })
  void publicInterestExtensionMovesTheTargetButNotTheRefusalNotice(
      LocalDate newDue, int beyond, boolean warned) {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new PublicInterestExtension(d("2023-05-30"), newDue)),
            d("2023-06-05"));
    assertEquals(Optional.of(newDue), r.due());
    assertEquals(Optional.of(d("2023-05-31")), r.refusalNoticeDue());
    assertEquals(ClockStatus.RUNNING.equals(r.status()), !d("2023-06-05").isAfter(newDue));
    assertEquals(beyond, WorkingDayCalendar.ukWide().workingDaysBetween(d("2023-05-31"), newDue));
    assertEquals(
        warned, r.warnings().stream().anyMatch(w -> w.contains("no more than 20 further")));
  }

  @Test
  void aLateSection17Point2NoticeIsFlagged() {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new PublicInterestExtension(d("2023-06-01"), d("2023-06-15"))),
            d("2023-06-05"));
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("s.17(2)")), r.warnings()::toString);
  }

  @Test
  void aLateRegulation7NoticeIsFlagged() {
    ClockResult r =
        clock.calculate(
            Regime.EIR,
            d("2023-04-28"),
            List.of(new ComplexVoluminousExtension(d("2023-06-01"))),
            d("2023-06-05"));
    assertEquals(Optional.of(d("2023-06-28")), r.due());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("reg 7(3)")), r.warnings()::toString);
  }

  // --- Internal review: s.45 Code para 5.4; EIR reg 11(4) --------------------------------------

  @ParameterizedTest(name = "{0} review asked {1}, decided {2}, today {3}: {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | asked      | decided    | today      | due        | latest     | status          | late by
          FOIA     | 2023-06-01 |            | 2023-06-20 | 2023-06-29 | 2023-07-28 | PENDING         | 0
          FOIA     | 2023-06-01 |            | 2023-07-03 | 2023-06-29 | 2023-07-28 | OVERDUE         | 2
          FOIA     | 2023-06-01 | 2023-06-29 | 2023-07-03 | 2023-06-29 | 2023-07-28 | DECIDED_ON_TIME | 0
          FOIA     | 2023-06-01 | 2023-07-14 | 2023-07-20 | 2023-06-29 | 2023-07-28 | DECIDED_LATE    | 10
          EIR      | 2023-06-01 |            | 2023-07-03 | 2023-07-28 | 2023-07-28 | PENDING         | 0
          EIR      | 2023-06-01 | 2023-07-31 | 2023-08-01 | 2023-07-28 | 2023-07-28 | DECIDED_LATE    | 1
          """)
  void reviewDeadlines(
      Regime regime,
      LocalDate asked,
      LocalDate decided,
      LocalDate today,
      LocalDate due,
      LocalDate latest,
      ReviewClock.Status status,
      int lateBy) {
    // FOIA late by 10: 30 Jun, 3-7 Jul, 10, 11, 13, 14 Jul (12 Jul is the Boyne holiday)
    List<ClockEvent> events =
        decided == null
            ? List.of(new ResponseSent(d("2023-05-31")), new InternalReviewRequested(asked))
            : List.of(
                new ResponseSent(d("2023-05-31")),
                new InternalReviewRequested(asked),
                new InternalReviewDecided(decided));
    ClockResult r = clock.calculate(regime, d("2023-04-28"), events, today);
    ReviewClock review = r.review().orElseThrow();
    assertEquals(due, review.due());
    assertEquals(latest, review.latestDue());
    assertEquals(status, review.status());
    assertEquals(lateBy, review.lateByWorkingDays());
    assertEquals(ClockStatus.STOPPED_SENT, r.status());
    assertFalse(r.late());
  }

  @Test
  void noReviewNoReviewClock() {
    assertEquals(
        Optional.empty(),
        clock.calculate(Regime.FOIA, d("2023-04-28"), List.of(), d("2023-05-02")).review());
  }

  // --- Invalid orders ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fee paid without notice            | FOIA | PAID:2023-05-10                                    | 0 | no fees notice had been issued
          clarification without request      | FOIA | CLAR_IN:2023-05-10                                 | 0 | no clarification had been requested
          event before receipt               | FOIA | SENT:2023-04-27                                    | 0 | before the request was received
          event in the future                | FOIA | SENT:2023-06-07                                    | 0 | in the future
          PI extension under EIR             | EIR  | PI:2023-05-30>2023-06-15                           | 0 | does not apply to an EIR request
          reg 7 under FOIA                   | FOIA | REG7:2023-05-10                                    | 0 | does not apply to a FOIA request
          review decided without request     | FOIA | SENT:2023-05-31 REVIEW_DONE:2023-06-02             | 1 | no review had been requested
          fees notice after the response     | FOIA | SENT:2023-05-31 NOTICE:2023-06-01                  | 1 | after the response was sent
          two clarification requests at once | FOIA | CLAR_OUT:2023-05-02 CLAR_OUT:2023-05-03            | 1 | is unanswered
          two fees notices at once           | FOIA | NOTICE:2023-05-02 NOTICE:2023-05-03                | 1 | is unpaid
          paid before the notice             | FOIA | PAID:2023-05-02 NOTICE:2023-05-03                  | 0 | no fees notice had been issued
          PI date not after the due date     | FOIA | PI:2023-05-30>2023-05-31                           | 0 | must be after the original due date
          two responses                      | FOIA | SENT:2023-05-30 SENT:2023-05-31                    | 1 | after the response was sent
          two reviews                        | FOIA | REVIEW:2023-06-01 REVIEW:2023-06-02                | 1 | already requested
          """)
  void invalidOrdersAreRefusedWithAMessage(
      String name, Regime regime, String script, int index, String message) {
    List<ClockEvent> events = parse(script);
    InvalidClockEventsException e =
        assertThrows(
            InvalidClockEventsException.class,
            () -> clock.calculate(regime, d("2023-04-28"), events, d("2023-06-06")));
    assertEquals(1, e.problems().size(), e.problems()::toString);
    assertEquals(index, e.problems().get(0).eventIndex());
    assertTrue(e.problems().get(0).message().contains(message), e.problems().get(0).message());
    assertEquals(e.problems(), clock.validate(regime, d("2023-04-28"), events, d("2023-06-06")));
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    List<ClockProblem> problems =
        clock.validate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(
                new ResponseSent(d("2023-06-01")),
                new FeesPaid(d("2023-05-10")),
                new ClarificationReceived(d("2023-05-03"))),
            d("2023-06-06"));
    // sorted by date: clarification (index 2), fee (index 1), response (index 0) is fine
    assertEquals(List.of(2, 1), problems.stream().map(ClockProblem::eventIndex).toList());
    assertEquals(
        "A fee was paid on Wednesday 10 May 2023 but no fees notice had been issued before then.",
        problems.get(1).message());
  }

  @Test
  void eventsAreTakenInDateOrderWhateverTheListOrder() {
    ClockResult r =
        clock.calculate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(new FeesPaid(d("2023-05-16")), new FeesNoticeIssued(d("2023-05-10"))),
            d("2023-06-06"));
    assertEquals(Optional.of(d("2023-06-07")), r.due());
  }

  @Test
  void validEventsHaveNoProblems() {
    assertEquals(
        List.of(),
        clock.validate(
            Regime.FOIA,
            d("2023-04-28"),
            List.of(
                new ClarificationRequested(d("2023-05-02")),
                new ClarificationReceived(d("2023-05-03")),
                new FeesNoticeIssued(d("2023-05-05")),
                new FeesPaid(d("2023-05-09")),
                new ResponseSent(d("2023-05-31")),
                new InternalReviewRequested(d("2023-06-01")),
                new InternalReviewDecided(d("2023-06-05"))),
            d("2023-06-06")));
  }

  private static List<ClockEvent> parse(String script) {
    return java.util.Arrays.stream(script.trim().split("\\s+"))
        .map(
            token -> {
              String[] kv = token.split(":");
              String[] dates = kv[1].split(">");
              LocalDate date = d(dates[0]);
              return switch (kv[0]) {
                case "CLAR_OUT" -> (ClockEvent) new ClarificationRequested(date);
                case "CLAR_IN" -> new ClarificationReceived(date);
                case "NOTICE" -> new FeesNoticeIssued(date);
                case "PAID" -> new FeesPaid(date);
                case "PI" -> new PublicInterestExtension(date, d(dates[1]));
                case "REG7" -> new ComplexVoluminousExtension(date);
                case "SENT" -> new ResponseSent(date);
                case "REVIEW" -> new InternalReviewRequested(date);
                case "REVIEW_DONE" -> new InternalReviewDecided(date);
                default -> throw new IllegalArgumentException(token);
              };
            })
        .toList();
  }
}
