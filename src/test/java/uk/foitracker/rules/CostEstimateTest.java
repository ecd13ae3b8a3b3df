package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CostEstimate.ProposedLine;
import uk.foitracker.rules.CostEstimate.Result;

/** Reg 4(3) of the Fees Regulations 2004 and the s.12 limit, by tables of estimates. */
class CostEstimateTest {

  @ParameterizedTest(name = "{0} counts: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DETERMINING            | true
          locating               | true
          Retrieving             | true
          extracting             | true
          REDACTING              | false
          CONSIDERING_EXEMPTIONS | false
          considering exemptions | false
          PREPARING_RESPONSE     | false
          READING                | false
          ''                     | false
          """)
  void onlyTheFourActivitiesCount(String code, boolean counts) {
    assertThat(CostEstimate.counted(code).isPresent()).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0}: {1} min -> {2}, {3}p, exceeds {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # limit (pence) | lines (activity:minutes, ...)              | hours text        | cost pence | exceeds
          45000 | LOCATING:4200                                        | 70 hours          | 175000 | true
          45000 | DETERMINING:600, LOCATING:480                        | 18 hours          | 45000  | false
          45000 | DETERMINING:600, LOCATING:481                        | 18 hours 1 minute | 45042  | true
          60000 | RETRIEVING:1440                                      | 24 hours          | 60000  | false
          60000 | RETRIEVING:1441                                      | 24 hours 1 minute | 60042  | true
          45000 | EXTRACTING:45                                        | 45 minutes        | 1875   | false
          45000 | EXTRACTING:61                                        | 1 hour 1 minute   | 2542   | false
          """)
  void runningTotalAndLimit(
      int limitPence, String lines, String hoursText, long costPence, boolean exceeds) {
    List<ProposedLine> proposed =
        Arrays.stream(lines.split(","))
            .map(String::strip)
            .map(l -> l.split(":"))
            .map(p -> new ProposedLine(p[0], "basis", Integer.parseInt(p[1])))
            .toList();
    Result r = CostEstimate.assess(new AppropriateLimit(limitPence, 2500), proposed);
    assertThat(r.valid()).isTrue();
    assertThat(r.hoursText()).isEqualTo(hoursText);
    assertThat(r.costPence()).isEqualTo(costPence);
    assertThat(r.exceedsLimit()).isEqualTo(exceeds);
  }

  @Test
  void redactionAndExemptionsAreRefusedWithTheReasonAndNotCounted() {
    Result r =
        CostEstimate.assess(
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(
                new ProposedLine("LOCATING", "1,400 files × 3 minutes", 4200),
                new ProposedLine("REDACTING", "1,400 files × 5 minutes", 7000),
                new ProposedLine("CONSIDERING_EXEMPTIONS", "legal review", 600)));
    assertThat(r.totalMinutes()).isEqualTo(4200);
    assertThat(r.lines()).hasSize(1);
    assertThat(r.refused()).extracting(CostEstimate.RefusedLine::index).containsExactly(1, 2);
    assertThat(r.refused().get(0).reason())
        .startsWith("Redaction does not count")
        .contains("reg 4(3)");
    assertThat(r.refused().get(1).reason()).startsWith("Considering whether exemptions apply");
    assertThat(r.valid()).isFalse();
  }

  @Test
  void aLineNeedsABasisAndPositiveMinutes() {
    Result r =
        CostEstimate.assess(
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(new ProposedLine("LOCATING", " ", 0), new ProposedLine("BOGUS", "x", 5)));
    assertThat(r.refused())
        .extracting(CostEstimate.RefusedLine::field)
        .containsExactly("basis", "minutes", "activity");
    assertThat(r.refused().get(2).reason()).contains("\"BOGUS\" is not one of the four");
    assertThat(r.totalMinutes()).isZero();
  }

  @Test
  void activityNamesMatchTheCostFeature() {
    assertThat(Arrays.stream(CostEstimate.CountedActivity.values()).map(Enum::name))
        .containsExactly("DETERMINING", "LOCATING", "RETRIEVING", "EXTRACTING");
  }
}
