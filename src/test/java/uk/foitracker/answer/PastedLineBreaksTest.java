package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A browser submits a textarea's line breaks as CR LF. A cell copied from a spreadsheet with a line
 * break in it arrives quoted, with CR LF inside: it is one cell with a line break, not a cell
 * holding a control character.
 */
class PastedLineBreaksTest {
  @Test
  void crLfFromABrowserIsALineBreakInsideAQuotedCellAndBetweenRows() {
    String pasted = "Year\t\"Libraries\r\nopen on Sundays\"\r\n2025\t7\r\n";
    List<List<String>> grid = TableGrids.fromPaste(pasted);
    assertThat(grid)
        .containsExactly(List.of("Year", "Libraries\nopen on Sundays"), List.of("2025", "7"));
  }

  @Test
  void aLoneCarriageReturnIsALineBreakToo() {
    assertThat(TableGrids.fromPaste("Year,Libraries\r2025,7"))
        .containsExactly(List.of("Year", "Libraries"), List.of("2025", "7"));
  }
}
