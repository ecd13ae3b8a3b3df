package uk.foitracker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UK-wide working-day calendar against the official gov.uk/bank-holidays lists. The expected
 * dates below were typed from those lists (union of England and Wales, Scotland and Northern
 * Ireland), not produced by the code.
 */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.ukWide();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023-04-29 | Saturday
          2023-04-30 | Sunday
          2023-12-25 | Christmas Day
          2024-03-29 | Good Friday
          2024-04-01 | Easter Monday (England and Wales, Northern Ireland)
          2023-05-01 | Early May bank holiday (England and Wales, Scotland, Northern Ireland)
          2023-05-08 | Bank holiday for the coronation of King Charles III (England and Wales, Scotland, Northern Ireland)
          2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II (England and Wales, Scotland, Northern Ireland)
          2022-06-03 | Platinum Jubilee bank holiday (England and Wales, Scotland, Northern Ireland)
          2022-06-02 | Spring bank holiday (England and Wales, Scotland, Northern Ireland)
          2020-05-08 | Early May bank holiday (England and Wales, Scotland, Northern Ireland)
          2023-11-30 | St Andrew's Day (Scotland)
          2025-12-01 | St Andrew's Day (substitute day) (Scotland)
          2024-03-18 | St Patrick's Day (substitute day) (Northern Ireland)
          2023-07-12 | Battle of the Boyne (Orangemen's Day) (Northern Ireland)
          2025-07-14 | Battle of the Boyne (Orangemen's Day) (substitute day) (Northern Ireland)
          2024-01-02 | 2 January (Scotland)
          2023-01-03 | 2 January (substitute day) (Scotland)
          2025-08-04 | Summer bank holiday (Scotland)
          2025-08-25 | Summer bank holiday (England and Wales, Northern Ireland)
          2022-12-27 | Christmas Day (substitute day) (England and Wales, Scotland, Northern Ireland)
          2020-12-28 | Boxing Day (substitute day) (England and Wales, Scotland, Northern Ireland)
          """)
  void namesTheReasonAndThePartsOfTheUk(LocalDate date, String reason) {
    assertEquals(reason, calendar.nonWorkingDay(date).orElseThrow().reason());
    assertFalse(calendar.isWorkingDay(date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-05-02", // day after Early May bank holiday
        "2025-11-28", // Friday before St Andrew's Day 2025 (Sunday 30 Nov)
        "2024-03-17", // St Patrick's Day on a Sunday: a Sunday, but 18 Mar is the bank holiday
        "2025-08-26",
        "2024-12-24", // Christmas Eve is a working day
        "2024-12-27"
      })
  void ordinaryWeekdaysAreWorkingDays(LocalDate date) {
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      assertEquals(NonWorkingDay.Kind.SUNDAY, calendar.nonWorkingDay(date).orElseThrow().kind());
    } else {
      assertTrue(calendar.isWorkingDay(date), date + " should be a working day");
    }
  }

  /** Every weekday holiday of a year, union of the three gov.uk lists. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2020 | 01-01 01-02 03-17 04-10 04-13 05-08 05-25 07-13 08-03 08-31 11-30 12-25 12-28
          2021 | 01-01 01-04 03-17 04-02 04-05 05-03 05-31 07-12 08-02 08-30 11-30 12-27 12-28
          2022 | 01-03 01-04 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-01 08-29 09-19 11-30 12-26 12-27
          2023 | 01-02 01-03 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-07 08-28 11-30 12-25 12-26
          2024 | 01-01 01-02 03-18 03-29 04-01 05-06 05-27 07-12 08-05 08-26 12-02 12-25 12-26
          2025 | 01-01 01-02 03-17 04-18 04-21 05-05 05-26 07-14 08-04 08-25 12-01 12-25 12-26
          """)
  void holidaysOfCheckedYearsMatchGovUk(int year, String monthDays) {
    List<LocalDate> expected =
        Arrays.stream(monthDays.trim().split("\\s+"))
            .map(md -> LocalDate.parse(year + "-" + md))
            .toList();
    List<LocalDate> actual =
        calendar.holidays(Year.of(year)).stream().map(NonWorkingDay::date).toList();
    assertEquals(expected, actual);
    assertTrue(year <= WorkingDayCalendar.LAST_CHECKED_YEAR);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2011-04-29 | Royal wedding
          2012-06-04 | Spring bank holiday
          2012-06-05 | Queen's Diamond Jubilee
          2020-05-08 | Early May bank holiday
          2022-06-02 | Spring bank holiday
          2022-06-03 | Platinum Jubilee bank holiday
          2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II
          2023-05-08 | Bank holiday for the coronation of King Charles III
          """)
  void jollydayStillHoldsTheOneOffDaysSoTheTableNeedNot(LocalDate date, String name) {
    NonWorkingDay day = calendar.nonWorkingDay(date).orElseThrow();
    assertEquals(NonWorkingDay.Kind.BANK_HOLIDAY, day.kind());
    assertTrue(day.reason().startsWith(name), day.reason());
    assertEquals(Set.of(UkPart.values()), day.parts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2012-05-28", "2020-05-04", "2022-05-30"})
  void theUsualDayIsNotAHolidayWhenAProclamationMovedIt(LocalDate date) {
    assertTrue(calendar.isWorkingDay(date));
  }

  @Test
  void theOneOffTableOnlyHoldsDaysJollydayLacks() {
    WorkingDayCalendar jollydayOnly = new WorkingDayCalendar(new OneOffHolidays(0, List.of()));
    for (OneOffHolidays.OneOffDay day : OneOffHolidays.current().days()) {
      boolean inJollyday = !jollydayOnly.isWorkingDay(day.date());
      assertEquals(
          day.change() == OneOffHolidays.Change.WITHDRAWN,
          inJollyday,
          day + " is redundant with Jollyday");
    }
  }

  @Test
  void mergesAddedAndWithdrawnOneOffDays() {
    OneOffHolidays table =
        new OneOffHolidays(
            7,
            List.of(
                new OneOffHolidays.OneOffDay(
                    LocalDate.of(2027, 6, 8),
                    "Test holiday",
                    Set.of(UkPart.SCOTLAND),
                    "Proclamation (test)",
                    OneOffHolidays.Change.ADDED),
                new OneOffHolidays.OneOffDay(
                    LocalDate.of(2027, 5, 31),
                    "Spring bank holiday",
                    Set.of(UkPart.values()),
                    "Proclamation (test)",
                    OneOffHolidays.Change.WITHDRAWN)));
    WorkingDayCalendar custom = new WorkingDayCalendar(table);
    NonWorkingDay added = custom.nonWorkingDay(LocalDate.of(2027, 6, 8)).orElseThrow();
    assertEquals(NonWorkingDay.Kind.ONE_OFF_BANK_HOLIDAY, added.kind());
    assertEquals("Test holiday (one-off day: Scotland; Proclamation (test))", added.reason());
    assertTrue(custom.isWorkingDay(LocalDate.of(2027, 5, 31)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 5, 31)));
    assertTrue(custom.name().endsWith("one-off days table v7"));
    // a new table is a new calendar: due dates stored on the old one get worked out again
    assertEquals("jollyday-2.19.0+one-off-v7", custom.version());
    assertNotEquals(calendar.version(), custom.version());
  }

  /** Day-by-day count, as the year-at-a-time one must give. */
  private int countDayByDay(LocalDate fromExclusive, LocalDate toInclusive) {
    int n = 0;
    for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
      n += calendar.isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }

  @Test
  void countsWorkingDaysBetweenAnyTwoDaysAsDayByDay() {
    java.util.Random random = new java.util.Random(2026);
    LocalDate first = LocalDate.of(2005, 1, 1);
    int span = (int) java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.of(2035, 12, 31));
    for (int i = 0; i < 400; i++) {
      LocalDate from = first.plusDays(random.nextInt(span));
      // short spans within a year, across a new year, and years long
      int length = i % 3 == 0 ? random.nextInt(40) : random.nextInt(i % 3 == 1 ? 400 : 4000);
      LocalDate to =
          from.plusDays(length).isAfter(first.plusDays(span)) ? from : from.plusDays(length);
      assertEquals(
          countDayByDay(from, to), calendar.workingDaysBetween(from, to), from + " to " + to);
    }
    // the edges of years and of the calendar
    assertEquals(
        countDayByDay(LocalDate.of(2004, 12, 31), LocalDate.of(2035, 12, 31)),
        calendar.workingDaysBetween(LocalDate.of(2004, 12, 31), LocalDate.of(2035, 12, 31)));
    assertEquals(
        0, calendar.workingDaysBetween(LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 24)));
    assertEquals(
        0, calendar.workingDaysBetween(LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 24)));
    // 25 and 26 Dec, 1 and 2 Jan (Scotland) are holidays, 28 and 29 Dec a weekend: 27, 30, 31 Dec
    assertEquals(
        3, calendar.workingDaysBetween(LocalDate.of(2024, 12, 24), LocalDate.of(2025, 1, 2)));
    assertThrows(
        OutsideCalendarException.class,
        () -> calendar.workingDaysBetween(LocalDate.of(2035, 12, 1), LocalDate.of(2036, 1, 5)));
  }

  @Test
  void saysWhichCalendarIsInUse() {
    assertEquals(
        "UK-wide working-day calendar: Jollyday 2.19.0 UNITED_KINGDOM (eng, wls, sct, nir)"
            + " + one-off days table v1",
        calendar.name());
    assertEquals("jollyday-2.19.0+one-off-v1", calendar.version());
    assertEquals(calendar.version(), WorkingDayCalendar.ukWideVersion());
    assertEquals(calendar.version(), StatutoryClock.ukWide().calendar().version());
    assertEquals(2005, calendar.firstYear());
    assertEquals(2035, calendar.lastYear());
    assertEquals(2025, calendar.lastCheckedYear());
  }

  @Test
  void jollydayVersionInTheNameIsTheOneOnTheClassPath() {
    String manifest =
        de.focus_shift.jollyday.core.HolidayManager.class.getPackage().getImplementationVersion();
    if (manifest != null) {
      assertEquals(manifest, WorkingDayCalendar.JOLLYDAY_VERSION);
    }
    assertTrue(
        de.focus_shift.jollyday.core.HolidayManager.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toString()
            .contains("jollyday-core-" + WorkingDayCalendar.JOLLYDAY_VERSION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2004-12-31", "2036-01-01", "1999-12-31"})
  void refusesDatesOutsideItsYears(LocalDate date) {
    OutsideCalendarException e =
        assertThrows(OutsideCalendarException.class, () -> calendar.isWorkingDay(date));
    assertTrue(e.getMessage().contains("2005 to 2035"), e.getMessage());
  }

  @Test
  void isSafeToShareBetweenThreads() {
    WorkingDayCalendar fresh = new WorkingDayCalendar(OneOffHolidays.current());
    List<Boolean> parallel =
        IntStream.range(0, 4000)
            .parallel()
            .mapToObj(i -> fresh.isWorkingDay(LocalDate.of(2010, 1, 1).plusDays(i)))
            .toList();
    List<Boolean> sequential =
        IntStream.range(0, 4000)
            .mapToObj(i -> calendar.isWorkingDay(LocalDate.of(2010, 1, 1).plusDays(i)))
            .toList();
    assertEquals(sequential, parallel);
  }
}
