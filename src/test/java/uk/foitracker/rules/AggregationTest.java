package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.Aggregation.Related;

/**
 * Reg 5(2)(b): within any period of 60 consecutive working days. Worked by hand: 4 Sep to 24 Nov
 * 2023 is 12 full weeks with no UK holiday (60 working days); from 11 Sep 2023, 60 working days end
 * on Mon 4 Dec because St Andrew's Day (Thu 30 Nov 2023, Scotland) is not a working day.
 */
class AggregationTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.ukWide();

  @ParameterizedTest(name = "{0} and {1}: within 60 working days {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023-09-04 | 2023-11-24 | true  | exactly 60 working days
          2023-09-04 | 2023-11-27 | false | 61
          2023-09-02 | 2023-11-24 | true  | received Saturday: counts from Monday 4 Sep
          2023-09-11 | 2023-12-04 | true  | St Andrew's Day 30 Nov 2023 skipped
          2023-09-11 | 2023-12-05 | false | 61 with St Andrew's Day
          2023-11-24 | 2023-09-04 | true  | order does not matter
          """)
  void sixtyConsecutiveWorkingDays(LocalDate a, LocalDate b, boolean within, String why) {
    assertThat(Aggregation.withinWindow(calendar, List.of(a, b))).isEqualTo(within);
  }

  @Test
  void allThreeConditionsOfRegulationFive() {
    LocalDate received = LocalDate.of(2023, 9, 4);
    List<Aggregation.Refusal> refusals =
        Aggregation.check(
            calendar,
            received,
            List.of(
                new Related("FOI-1", LocalDate.of(2023, 10, 2), true, true),
                new Related("FOI-2", LocalDate.of(2023, 10, 2), false, true),
                new Related("FOI-3", LocalDate.of(2023, 10, 2), true, false),
                new Related("FOI-4", LocalDate.of(2023, 11, 27), true, true),
                new Related("FOI-5", null, true, true)));
    assertThat(refusals)
        .extracting(Aggregation.Refusal::reference)
        .containsExactly("FOI-2", "FOI-3", "FOI-4", "FOI-5");
    assertThat(refusals.get(0).reason()).contains("reg 5(1)");
    assertThat(refusals.get(1).reason()).contains("reg 5(2)(a)");
    assertThat(refusals.get(2).reason()).contains("61 working days apart");
  }

  @Test
  void allTheRequestsMustFitOneWindow() {
    // each is within 60 working days of 20 Oct 2023, but not of each other
    List<Aggregation.Refusal> refusals =
        Aggregation.check(
            calendar,
            LocalDate.of(2023, 10, 20),
            List.of(
                new Related("FOI-A", LocalDate.of(2023, 9, 4), true, true),
                new Related("FOI-B", LocalDate.of(2023, 12, 5), true, true)));
    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0).reason()).contains("one period of 60 consecutive working days");
  }
}
