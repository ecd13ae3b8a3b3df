package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures as authorities write them in tables: the number with its precision, and its unit. */
class CellAmountTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "£12,345     | 12345     | £    | null",
        "12.5%       | 12.5      | null | %",
        "3.25        | 3.25      | null | null",
        "8 FTE       | 8         | null | FTE",
        "£341,900    | 341900    | £    | null",
        "£1.2m       | 1.2       | £    | m",
        "-£40        | -40       | £    | null",
        "£-40        | -40       | £    | null",
        "12.50%      | 12.50     | null | %",
        "18,201      | 18201     | null | null",
        "2.5 hours   | 2.5       | null | hours",
        "€ 7         | 7         | €    | null"
      })
  void readsFigures(String text, String amount, String prefix, String suffix) {
    CellAmount a = CellAmount.parse(text).orElseThrow();
    assertThat(a.amount()).isEqualTo(new BigDecimal(amount)); // with its precision: 12.50 stays
    assertThat(a.prefix()).isEqualTo(prefix);
    assertThat(a.suffix()).isEqualTo(suffix);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "1,2", "12.5.1", "", "1 000", "2019/20", "10-14", "-", "<5", "--5"})
  void refusesWhatIsNotAFigure(String text) {
    assertThat(CellAmount.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {"£12,345 | £", "12.5% | %", "3.25 | null", "8 FTE | FTE", "£1.2m | £m"})
  void theUnitAsOneString(String text, String unit) {
    assertThat(CellAmount.parse(text).orElseThrow().unit()).isEqualTo(unit);
  }
}
