package uk.foitracker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the due date for every day from 1 January 2015 to 31 December 2030 as the day of
 * receipt: plain parameterised JUnit over generated dates.
 */
class DueDatePropertyTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.ukWide();

  static Stream<LocalDate> everyDay() {
    return LocalDate.of(2015, 1, 1).datesUntil(LocalDate.of(2031, 1, 1));
  }

  @ParameterizedTest
  @MethodSource("everyDay")
  void dueIsTheTwentiethAndFortiethWorkingDayAfterReceipt(LocalDate received) {
    for (DueDate due :
        List.of(
            StatutoryClock.due(Regime.FOIA, received),
            StatutoryClock.dueWithRegulation7Extension(received))) {
      int n = due.workingDays();
      assertTrue(due.dayOne().isAfter(received), "day 1 is after the day of receipt");
      assertTrue(CALENDAR.isWorkingDay(due.dayOne()), "day 1 is a working day");
      assertEquals(1, CALENDAR.workingDaysBetween(received, due.dayOne()), "day 1 is the first");
      assertTrue(CALENDAR.isWorkingDay(due.due()), "the due date is a working day");
      assertEquals(n, CALENDAR.workingDaysBetween(received, due.due()), "exactly n working days");
      assertEquals(n, CALENDAR.workingDaysBetween(due.dayOne().minusDays(1), due.due()));
      // every calendar day after receipt up to the due date is either counted or skipped
      long calendarDays = due.due().toEpochDay() - received.toEpochDay();
      assertEquals(calendarDays, n + due.skipped().size());
      due.skipped().forEach(s -> assertTrue(!CALENDAR.isWorkingDay(s.date())));
    }
    ClockResult clock =
        StatutoryClock.ukWide().calculate(Regime.EIR, received, List.of(), received);
    assertEquals(StatutoryClock.due(Regime.EIR, received).due(), clock.due().orElseThrow());
    assertEquals(20, clock.explanation().counted().size());
  }
}
