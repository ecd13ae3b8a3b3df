package uk.foitracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label keys: what is merged and what is not, as labels are written in the example letters. */
class LabelKeysTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // year forms (Cumbria writes 2019/2020 and 2019/20; others 2019-20 and 2019 to 2020)
        "2019/20|2019/20",
        "2019/2020|2019/20",
        "2019-20|2019/20",
        "2019 - 2020|2019/20",
        "2019 to 2020|2019/20",
        "2019\u201320|2019/20",
        "FY 2019/20|fy 2019/20",
        "2019/21|2019/21",
        "1999/2005|1999/2005",
        // case, spacing and punctuation
        "  Violence   with Injury |violence with injury",
        "VIOLENCE WITH INJURY|violence with injury",
        "Charge/summons|charge summons",
        "Caution - adults|caution adults",
        "Stalking & Harassment|stalking and harassment",
        "Total:|total",
        // not merged without a mapping
        "Grand Total|grand total",
        "2019|2019",
      })
  void keys(String label, String key) {
    assertThat(LabelKeys.key(label)).isEqualTo(key);
  }

  @Test
  void blankLabelsHaveAnEmptyKey() {
    assertThat(LabelKeys.key(null)).isEmpty();
    assertThat(LabelKeys.key("  ")).isEmpty();
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Total|Grand Total|false",
        "2019/2020|2019-20|true",
        "Violence with injury|Violence With Injury.|true",
        "2019/20|2020/21|false",
      })
  void sameOrNot(String a, String b, boolean same) {
    assertThat(LabelKeys.key(a).equals(LabelKeys.key(b))).isEqualTo(same);
  }

  @Test
  void aMappingMergesTotalAndGrandTotalOnItsAxisOnly() {
    LabelMap map =
        LabelMap.of(List.of(new LabelMap.Entry(LabelMap.Axis.ROW, "Grand Total", "Total")));
    assertThat(map.row("GRAND TOTAL")).isEqualTo("total");
    assertThat(map.column("Grand Total")).isEqualTo("grand total");
    assertThat(LabelMap.NONE.row("Grand Total")).isEqualTo("grand total");
  }

  @Test
  void mappingsFollowChainsAndStopOnLoops() {
    LabelMap chain =
        LabelMap.of(
            List.of(
                new LabelMap.Entry(LabelMap.Axis.COLUMN, "a", "b"),
                new LabelMap.Entry(LabelMap.Axis.COLUMN, "b", "c")));
    assertThat(chain.column("A")).isEqualTo("c");
    LabelMap loop =
        LabelMap.of(
            List.of(
                new LabelMap.Entry(LabelMap.Axis.COLUMN, "a", "b"),
                new LabelMap.Entry(LabelMap.Axis.COLUMN, "b", "a")));
    assertThat(loop.column("a")).isIn("a", "b");
  }
}
