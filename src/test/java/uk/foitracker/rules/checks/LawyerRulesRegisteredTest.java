package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.Outcome;

/**
 * The ids the labelled corpus is written against run in {@link RefusalCheck#standard()}, and a
 * sound s.12 refusal (Sheffield example 03's shape: over 2000 records × 2 minutes = 66 hours, held
 * in case files, advice to narrow to one month) gains none of their findings.
 */
class LawyerRulesRegisteredTest {

  static final Set<String> NEW_IDS =
      Set.of(
          "S12_CALLED_EXEMPTION",
          "S12_HOURS_MISMATCH",
          "S12_2_CONFIRM_DENY",
          "PERIOD_MISMATCH",
          "WITHHELD_NO_EXEMPTION",
          "NCND_PUBLISHED",
          "STATED_DUE_DIFFERS",
          "REVIEW_LATE",
          "REVIEW_NO_DECISION",
          "INSTALMENT_LATE",
          "S14_REASONS");

  @Test
  void everyIdRunsInTheStandardCheck() {
    assertThat(RefusalCheck.standard().rules().stream().map(Rule::id).toList())
        .containsAll(NEW_IDS)
        .contains("S16_ADVICE", "STATED_TOTALS", "TERM_RENAMED")
        .doesNotHaveDuplicates();
  }

  @Test
  void aSoundCostRefusalGainsNoneOfTheirFindings() {
    QuestionFacts q =
        new QuestionFacts(
            1,
            "How many complaints about noise were received in each calendar year 2019 to 2023?",
            Outcome.REFUSED_COST_LIMIT,
            "a1",
            "The information is held in individual case records, which are not categorised by"
                + " type of complaint.",
            List.of(),
            List.of(Facts.s12()));
    CostFacts cost =
        new CostFacts(
            45000,
            2500,
            List.of(1),
            List.of(new CostFacts.Line("EXTRACTING", "over 2000 records x 2 minutes", 4000)),
            "We estimate that it would take over 66 hours to review each record.",
            "If you narrowed your request to one month we may be able to help.",
            Optional.of(66 * 60));
    CheckResult result =
        RefusalCheck.standard().review(Facts.response(List.of(q), Optional.of(cost)));
    assertThat(result.findings()).noneMatch(f -> NEW_IDS.contains(f.ruleId()));
  }

  @Test
  void leicesterGainsNoneOfTheirFindings() {
    assertThat(RefusalCheck.standard().review(Facts.leicester(5)).findings())
        .noneMatch(f -> NEW_IDS.contains(f.ruleId()));
  }
}
