package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Internal names never reach the screen: the statute's constants and the calendar's library. */
class PlainWordsTest {
  @Test
  void constantsBecomeTheirLabelsAndOtherTextStays() {
    assertThat(StatuteLabels.plainWords("Outcome: PROVIDED_IN_FULL. Role: COST_LIMIT."))
        .isEqualTo("Outcome: Provided in full. Role: Cost limit.");
    assertThat(StatuteLabels.plainWords("Reference FOI-2026-00001, UNKNOWN_NAME, FOIA"))
        .isEqualTo("Reference FOI-2026-00001, UNKNOWN_NAME, FOIA");
    assertThat(StatuteLabels.plainWords(null)).isNull();
  }

  @Test
  void theCalendarIsNamedWithoutItsLibrary() {
    assertThat(
            StatuteLabels.plainCalendar(
                "UK-wide working-day calendar: Jollyday 2.19.0 UNITED_KINGDOM (eng, wls, sct, nir)"))
        .doesNotContain("Jollyday", "UNITED_KINGDOM")
        .contains("Scotland");
  }
}
