package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.foitracker.rules.CellState;

class CellTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "19      | VALUE      | 19",
        "18,201  | VALUE      | 18201",
        "0       | VALUE      | 0",
        "-       | NOT_HELD   | null",
        "<5      | SUPPRESSED | null",
        "*       | SUPPRESSED | null",
        "nil     | NIL        | null"
      })
  void readsCells(String raw, CellState state, Long value) {
    CellText cell = CellText.parse(raw);
    assertThat(cell.state()).isEqualTo(state);
    assertThat(cell.value()).isEqualTo(value);
    assertThat(cell.text()).isEqualTo(raw.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1,2", "12.5.1", "", "1 000"})
  void refusesWhatIsNotACell(String raw) {
    assertThatThrownBy(() -> CellText.parse(raw)).isInstanceOf(IllegalArgumentException.class);
  }
}
