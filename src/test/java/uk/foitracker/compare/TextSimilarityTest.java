package uk.foitracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word measure that suggests a batch's members, on requests as they are written. */
class TextSimilarityTest {
  static final String CUMBRIA =
      "The total number of crimes logged by your force that happened in, or on, hospital grounds"
          + " in the years 2019/20 to 2023/24.";
  static final String DURHAM =
      "The total number of crimes logged by your force that happened in, or on, hospital"
          + " grounds in the years 2019/20 to 2023/24. Please could these be broken down as"
          + " follows: For each year";
  static final String GRIT = "How many grit bins does the council maintain?";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "same words|same|1.0|1.0",
        "the same request sent to two forces|cumbria-durham|0.6|1.0",
        "another request|cumbria-grit|0.0|0.05",
        "nothing|empty|0.0|0.0",
      })
  void jaccard(String why, String pair, double min, double max) {
    String a = CUMBRIA;
    String b =
        switch (pair) {
          case "same" -> CUMBRIA;
          case "cumbria-durham" -> DURHAM;
          case "cumbria-grit" -> GRIT;
          default -> "";
        };
    double j = TextSimilarity.jaccard(a, b);
    assertThat(j).as(why).isBetween(min, max);
  }
}
