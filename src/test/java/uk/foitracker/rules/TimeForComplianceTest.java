package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Freedom of Information (Time for Compliance with Request) Regulations 2004 (SI 2004/3364),
 * with SI 2009/1369 and SI 2010/2768, worked by hand on the UK-wide calendar. Received Fri 28 Apr
 * 2023: the 20th working day is Wed 31 May (1, 8 and 29 May are bank holidays), the 30th Wed 14
 * Jun, the 60th Thu 27 Jul (12 July, a Northern Ireland bank holiday, is not a working day
 * anywhere, FOIA s.10(6)). With a half term from 29 May to 2 Jun the 20th school day is Tue 6 Jun.
 * Received Fri 14 Jul 2023 with no sessions after 21 Jul: the 60th working day, Tue 10 Oct (7 Aug,
 * Scotland's summer bank holiday, and 28 Aug skipped), comes first (reg 3(2)(b)).
 */
class TimeForComplianceTest {

  static Predicate<LocalDate> calendar(String name) {
    return switch (name) {
      case "half-term" ->
          d -> d.isBefore(LocalDate.of(2023, 5, 29)) || d.isAfter(LocalDate.of(2023, 6, 2));
      case "closed-after-21-july" -> d -> !d.isAfter(LocalDate.of(2023, 7, 21));
      default -> null;
    };
  }

  @ParameterizedTest(name = "[{index}] {0} {1} received {2}, school days {3} -> {4} to {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # type                  | regime | received   | school days          | commissioner | earliest   | latest     | basis
          STANDARD                | FOIA   | 2023-04-28 | null                 | null         | 2023-05-31 | 2023-05-31 | s.10(1)
          STANDARD                | EIR    | 2023-04-28 | null                 | null         | 2023-05-31 | 2023-05-31 | reg 5(2)
          MAINTAINED_SCHOOL       | EIR    | 2023-04-28 | null                 | null         | 2023-05-31 | 2023-05-31 | reg 5(2)
          MAINTAINED_SCHOOL       | FOIA   | 2023-04-28 | null                 | null         | 2023-05-31 | 2023-07-27 | SI 2004/3364 reg 3
          MAINTAINED_SCHOOL       | FOIA   | 2023-04-28 | half-term            | null         | 2023-06-06 | 2023-06-06 | SI 2004/3364 reg 3
          ACADEMY                 | FOIA   | 2023-07-14 | closed-after-21-july | null         | 2023-10-10 | 2023-10-10 | SI 2010/2768
          NORTHERN_IRELAND_SCHOOL | FOIA   | 2023-04-28 | half-term            | null         | 2023-06-06 | 2023-06-06 | SI 2009/1369 reg 2
          ARCHIVES                | FOIA   | 2023-04-28 | null                 | null         | 2023-06-14 | 2023-06-14 | SI 2004/3364 reg 4
          ARMED_FORCES_OPERATIONS | FOIA   | 2023-04-28 | null                 | null         | 2023-05-31 | 2023-05-31 | s.10(1)
          ARMED_FORCES_OPERATIONS | FOIA   | 2023-04-28 | null                 | 2023-06-30   | 2023-06-30 | 2023-06-30 | SI 2004/3364 reg 5
          HELD_OUTSIDE_UK         | FOIA   | 2023-04-28 | null                 | 2023-09-01   | 2023-07-27 | 2023-07-27 | SI 2004/3364 reg 6
          """)
  void limit(
      AuthorityType type,
      Regime regime,
      LocalDate received,
      String schoolDays,
      LocalDate commissioner,
      LocalDate earliest,
      LocalDate latest,
      String basis) {
    TimeForCompliance.Limit limit =
        TimeForCompliance.limit(
            type,
            regime,
            received,
            WorkingDayCalendar.ukWide(),
            schoolDays == null ? null : calendar(schoolDays),
            commissioner);
    assertThat(limit.earliest()).isEqualTo(earliest);
    assertThat(limit.latest()).isEqualTo(latest);
    assertThat(limit.basis()).isEqualTo(basis);
  }

  @ParameterizedTest(name = "[{index}] {0}: statutory due {2} -> latest {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # type            | received   | statutory due | latest
          STANDARD          | 2023-04-28 | 2023-05-31    | 2023-05-31
          MAINTAINED_SCHOOL | 2023-04-28 | 2023-05-31    | 2023-07-27
          ARCHIVES          | 2023-04-28 | 2023-05-31    | 2023-06-14
          """)
  void latestDueShiftsTheClocksDueDate(
      AuthorityType type, LocalDate received, LocalDate due, LocalDate latest) {
    assertThat(
            TimeForCompliance.latestDue(
                type, Regime.FOIA, received, due, WorkingDayCalendar.ukWide()))
        .isEqualTo(latest);
  }
}
