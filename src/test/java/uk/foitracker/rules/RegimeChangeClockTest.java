package uk.foitracker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foitracker.rules.ClockEvent.ComplexVoluminousExtension;
import uk.foitracker.rules.ClockEvent.PublicInterestExtension;
import uk.foitracker.rules.ClockEvent.RegimeChanged;
import uk.foitracker.rules.ClockEvent.ResponseSent;

/**
 * A change of regime (FOIA s.39(1), EIR reg 5) as a clock event: the clock re-runs under the new
 * regime from the original date of receipt. Dates worked out by hand on the gov.uk bank holiday
 * lists; the first row is example 06 (Sheffield, carriageway repairs: asked under FOIA on 7 April
 * 2025, logged under the EIR the next day, "we must respond to you within 20 working days, by
 * 08/05/2025").
 */
class RegimeChangeClockTest {

  /** Rows without a response sent are overdue as at this day. */
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        // example 06: Good Friday 18 Apr, Easter Monday 21 Apr, Early May 5 May 2025 skipped
        Arguments.of(
            "06: FOIA request logged under the EIR, sent on the stated due date",
            Regime.EIR,
            d("2025-04-07"),
            List.of(
                new RegimeChanged(d("2025-04-08"), Regime.FOIA, Regime.EIR),
                new ResponseSent(d("2025-05-08"))),
            d("2025-05-08"),
            20,
            false),
        // under the EIR from 8 April, reg 7 becomes available: the 40th working day, skipping
        // Spring bank holiday 26 May 2025
        Arguments.of(
            "06 then extended under EIR reg 7",
            Regime.EIR,
            d("2025-04-07"),
            List.of(
                new RegimeChanged(d("2025-04-08"), Regime.FOIA, Regime.EIR),
                new ComplexVoluminousExtension(d("2025-04-10"))),
            d("2025-06-06"),
            40,
            true),
        // back to FOIA: the reg 7 extension falls away, the 20th working day is due again
        Arguments.of(
            "EIR extended under reg 7, then found to be FOIA",
            Regime.FOIA,
            d("2025-04-07"),
            List.of(
                new ComplexVoluminousExtension(d("2025-04-09")),
                new RegimeChanged(d("2025-04-14"), Regime.EIR, Regime.FOIA)),
            d("2025-05-08"),
            20,
            true),
        // example 05's dates (received 11/04/2024, stated due 10/05/2024; Early May 6 May 2024):
        // a s.10(3) extension does not survive a move to the EIR
        Arguments.of(
            "05's dates: FOIA s.10(3) extension, then moved to the EIR",
            Regime.EIR,
            d("2024-04-11"),
            List.of(
                new PublicInterestExtension(d("2024-05-09"), d("2024-06-07")),
                new RegimeChanged(d("2024-05-10"), Regime.FOIA, Regime.EIR)),
            d("2024-05-10"),
            20,
            true),
        // and back again: FOIA -> EIR -> FOIA, sent late on 1 August 2024 (example 05's reply)
        Arguments.of(
            "05's dates: to the EIR and back to FOIA, sent 1 August 2024",
            Regime.FOIA,
            d("2024-04-11"),
            List.of(
                new RegimeChanged(d("2024-04-15"), Regime.FOIA, Regime.EIR),
                new RegimeChanged(d("2024-04-22"), Regime.EIR, Regime.FOIA),
                new ResponseSent(d("2024-08-01"))),
            d("2024-05-10"),
            20,
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void theClockReRunsUnderTheNewRegime(
      String name,
      Regime now,
      LocalDate received,
      List<ClockEvent> events,
      LocalDate due,
      int limit,
      boolean late) {
    ClockResult r = StatutoryClock.ukWide().calculate(now, received, events, TODAY);
    assertEquals(now, r.regime());
    assertEquals(due, r.due().orElseThrow());
    assertEquals(limit, r.workingDayLimit());
    assertEquals(late, r.late());
    assertTrue(
        r.explanation().notes().stream().anyMatch(n -> n.contains("re-runs under the new regime")),
        r.explanation().notes().toString());
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "to the regime it already has",
            Regime.FOIA,
            List.of(new RegimeChanged(d("2025-04-08"), Regime.FOIA, Regime.FOIA)),
            "as before"),
        Arguments.of(
            "from a regime it was not under",
            Regime.EIR,
            List.of(
                new RegimeChanged(d("2025-04-08"), Regime.FOIA, Regime.EIR),
                new RegimeChanged(d("2025-04-09"), Regime.FOIA, Regime.EIR)),
            "but the request was then under EIR"),
        Arguments.of(
            "ending under another regime than the request's",
            Regime.FOIA,
            List.of(new RegimeChanged(d("2025-04-08"), Regime.FOIA, Regime.EIR)),
            "leave it under EIR"),
        Arguments.of(
            "a s.10(3) extension after the move to the EIR",
            Regime.EIR,
            List.of(
                new RegimeChanged(d("2025-04-08"), Regime.FOIA, Regime.EIR),
                new PublicInterestExtension(d("2025-04-10"), d("2025-06-06"))),
            "does not apply to an EIR request"),
        Arguments.of(
            "after the response was sent",
            Regime.EIR,
            List.of(
                new ResponseSent(d("2025-05-08")),
                new RegimeChanged(d("2025-05-09"), Regime.FOIA, Regime.EIR)),
            "comes after the response was sent"));
  }

  @ParameterizedTest(name = "refused: {0}")
  @MethodSource("refused")
  void impossibleChangesAreProblems(
      String name, Regime now, List<ClockEvent> events, String message) {
    List<ClockProblem> problems =
        StatutoryClock.ukWide().validate(now, d("2025-04-07"), events, TODAY);
    assertTrue(problems.stream().anyMatch(p -> p.message().contains(message)), problems.toString());
  }
}
