package uk.foitracker.rules.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ICO's monitoring threshold: fewer than 90% answered within the statutory time. */
class IcoMonitoringThresholdTest {
  @ParameterizedTest
  @CsvSource({
    "100, false, GOOD",
    "95, false, GOOD",
    "94.9, false, ADEQUATE",
    "90, false, ADEQUATE",
    "89.9, true, UNSATISFACTORY",
    "85, true, UNSATISFACTORY",
    "0, true, UNSATISFACTORY"
  })
  void belowNinetyPercentInTimeIsBelowTheThreshold(
      String percent, boolean below, TimelinessBand band) {
    BigDecimal p = new BigDecimal(percent);
    assertThat(TimelinessBand.belowMonitoringThreshold(p)).isEqualTo(below);
    assertThat(TimelinessBand.of(p)).isEqualTo(band);
  }
}
