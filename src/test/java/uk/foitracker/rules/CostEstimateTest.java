package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

  /**
   * Units × minutes each, with ranges, and the authority's stated hours beside the computed ones.
   * Real figures: Sheffield City Council (examples 03 and 04). Lines are
   * "activity:units:min[-max]"; units "?" when the letter does not state them.
   */
  @ParameterizedTest(name = "{0}: stated {2} h, computed {3}-{4} h, follows {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                        | lines                                                 | stated | computed | max   | follows
          03 Sheffield: 2000 records x 2 min = 66 h     | RETRIEVING:2000:2                                     | 66     | 66.7     | 66.7  | true
          03 with 67 h stated                           | RETRIEVING:2000:2                                     | 67     | 66.7     | 66.7  | true
          03 with 60 h stated                           | RETRIEVING:2000:2                                     | 60     | 66.7     | 66.7  | false
          04 Sheffield: 2.5 h + 2 h a file + 1 h, ? files | LOCATING:1:150, EXTRACTING:?:120, EXTRACTING:8:7.5   | 20.5   | 3.5      | 3.5   | false
          04 with 8 files: 19.5 h, not the 20.5 h stated | LOCATING:1:150, EXTRACTING:8:120, EXTRACTING:1:60    | 20.5   | 19.5     | 19.5  | false
          04 with 9 files: 21.5 h, not the 20.5 h stated | LOCATING:1:150, EXTRACTING:9:120, EXTRACTING:1:60    | 20.5   | 21.5     | 21.5  | false
          2-5 minutes a record, 400 records              | EXTRACTING:400:2-5                                    | 20     | 13.3     | 33.3  | true
          2-5 minutes a record, 400 records, 40 h stated | EXTRACTING:400:2-5                                    | 40     | 13.3     | 33.3  | false
          """)
  void unitsRangesAndStatedHours(
      String name,
      String lines,
      BigDecimal stated,
      BigDecimal computed,
      BigDecimal computedMax,
      boolean follows) {
    List<ProposedLine> proposed =
        Arrays.stream(lines.split(","))
            .map(String::strip)
            .map(l -> l.split(":"))
            .map(
                p -> {
                  Integer units = p[1].equals("?") ? null : Integer.valueOf(p[1]);
                  String[] each = p[2].split("-");
                  if (each[0].contains(".")) {
                    // "1 hour in total for eight deed packets": kept as 60 minutes for one unit.
                    return ProposedLine.perUnit(p[0], "eight deed packets", 1, 60, null);
                  }
                  return ProposedLine.perUnit(
                      p[0],
                      "basis",
                      units,
                      Integer.parseInt(each[0]),
                      each.length > 1 ? Integer.valueOf(each[1]) : null);
                })
            .toList();
    Result r = CostEstimate.assess(AppropriateLimit.OTHER_AUTHORITY, proposed);
    assertThat(r.valid()).isTrue();
    assertThat(r.computedHours()).isEqualByComparingTo(computed);
    assertThat(r.computedHoursMax()).isEqualByComparingTo(computedMax);
    CostEstimate.StatedCheck check = CostEstimate.checkStated(r, stated).orElseThrow();
    assertThat(check.follows()).isEqualTo(follows);
    assertThat(check.warning() == null).isEqualTo(follows);
  }

  @Test
  void sheffieldsRecordSearchExceedsTheLimitAndSaysWhy() {
    Result r =
        CostEstimate.assess(
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(
                ProposedLine.perUnit(
                    "RETRIEVING", "over 2000 records × 2 minutes", 2000, 2, null)));
    assertThat(r.totalMinutes()).isEqualTo(4000);
    assertThat(r.lines().get(0).units()).isEqualTo(2000);
    assertThat(r.lines().get(0).minutesEachMin()).isEqualTo(2);
    assertThat(r.exceedsLimit()).isTrue();
    assertThat(CostEstimate.checkStated(r, null)).isEmpty();
    assertThat(CostEstimate.checkStated(r, new BigDecimal("60")).orElseThrow().warning())
        .isEqualTo("The stated 60 hours do not follow from the lines, which come to 66.7 hours");
  }

  @Test
  void aLineWithoutItsUnitCountIsKeptButCannotBeChecked() {
    Result r =
        CostEstimate.assess(
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(
                ProposedLine.perUnit("LOCATING", "locating files and deed packets", 1, 150, null),
                ProposedLine.perUnit(
                    "EXTRACTING", "two hours to go through each file", null, 120, null)));
    assertThat(r.complete()).isFalse();
    assertThat(r.lines().get(1).computable()).isFalse();
    assertThat(CostEstimate.checkStated(r, new BigDecimal("20.5")).orElseThrow().warning())
        .isEqualTo(
            "The stated 20.5 hours cannot be checked: line 2 does not state how many units;"
                + " the other lines come to 2.5 hours");
  }

  @Test
  void aCountOfUnitsWithTheLinesMinutesInTotalKeepsBoth() {
    // Sheffield: "eight deed packets, which should take an hour in total"
    Result r =
        CostEstimate.assess(
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(new ProposedLine("EXTRACTING", "eight deed packets", 60, 8, null, null)));
    assertThat(r.totalMinutes()).isEqualTo(60);
    assertThat(r.lines().get(0).units()).isEqualTo(8);
    assertThat(r.lines().get(0).minutesEachMin()).isNull();
    assertThat(r.lines().get(0).computable()).isTrue();
    assertThat(
            CostEstimate.assess(
                    AppropriateLimit.OTHER_AUTHORITY,
                    List.of(new ProposedLine("EXTRACTING", "packets", 60, 0, null, null)))
                .refused())
        .extracting(CostEstimate.RefusedLine::field)
        .containsExactly("units");
  }

  @Test
  void aRangeMustNotRunBackwards() {
    Result r =
        CostEstimate.assess(
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(ProposedLine.perUnit("EXTRACTING", "records", 10, 5, 2)));
    assertThat(r.refused())
        .extracting(CostEstimate.RefusedLine::field)
        .containsExactly("minutesEachMax");
  }

  @ParameterizedTest
  @CsvSource({
    "FOIA, Cost of compliance (section 12)",
    "EIR, Manifestly unreasonable (reg 12(4)(b) EIR)"
  })
  void theCostGroundIsNamedByRegime(Regime regime, String label) {
    assertThat(CostEstimate.costGround(regime)).isEqualTo(label);
    if (regime == Regime.EIR) {
      assertThat(CostEstimate.costGround(regime)).doesNotContain("section 12").doesNotContain("£");
    }
  }
}
