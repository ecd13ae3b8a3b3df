package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an auditor should see in the Leicester case, found by the rules alone: no s.17(7) rights in
 * the notices, an s.12 refusal with no itemised estimate, s.17(1) cited for information not held,
 * identical tables for two different questions, and "CE" answered where "CCE" was asked.
 */
class LeicesterChecksTest {

  static String summary(Finding f) {
    return f.ruleId() + " " + f.questionNumbers() + " " + f.severity();
  }

  @Test
  void findsWhatTheDesignListsAndNothingElse() {
    CheckResult result = RefusalCheck.standard().review(Facts.leicester(5));
    assertThat(result.findings().stream().map(LeicesterChecksTest::summary).toList())
        .containsExactly(
            "S17_7_RIGHTS [4, 5] HIGH",
            "IDENTICAL_TABLES [1, 2] MEDIUM",
            "S1_1_A_NOT_HELD_AS_EXEMPTION [1, 2, 6] MEDIUM",
            "S12_ITEMISED_ESTIMATE [4, 5] MEDIUM",
            "TERM_RENAMED [1, 2] LOW",
            "TIMELINESS [] CANNOT_ASSESS",
            "S17_NOTICE_TIMELINESS [4, 5] CANNOT_ASSESS");
  }

  @Test
  void theMessagesSayWhatIsMissing() {
    List<Finding> findings = RefusalCheck.standard().review(Facts.leicester(5)).findings();
    assertThat(message(findings, "S17_7_RIGHTS"))
        .contains("internal review")
        .contains("Information Commissioner under section 50");
    assertThat(message(findings, "S12_ITEMISED_ESTIMATE"))
        .contains("£450 (18 hours)")
        .contains("no estimate itemised by permitted activity");
    assertThat(message(findings, "TERM_RENAMED")).contains("\"CCE\"").contains("\"CE\"");
    assertThat(message(findings, "TIMELINESS"))
        .isEqualTo("Cannot be assessed: dates not stated (the date received and the date sent).");
    assertThat(
            findings.stream()
                .filter(f -> f.ruleId().equals("TIMELINESS"))
                .findFirst()
                .orElseThrow()
                .provision())
        .isEqualTo("s.10(1)");
  }

  @Test
  void adviceWasOfferedSoNoS16FindingButANoteThatItIsNotCited() {
    CheckResult result = RefusalCheck.standard().review(Facts.leicester(5));
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("S16_ADVICE"));
    assertThat(result.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.ruleId()).isEqualTo("S16_ADVICE");
              assertThat(n.questionNumbers()).containsExactly(4, 5);
              assertThat(n.message()).contains("not cited");
            });
  }

  @Test
  void smallestPublishedCountIsTenSoOnlyAThresholdAboveTenFindsIt() {
    assertThat(RefusalCheck.standard().review(Facts.leicester(10)).findings())
        .noneMatch(f -> f.ruleId().equals("SMALL_NUMBERS"));
    List<Finding> at11 =
        RefusalCheck.standard().review(Facts.leicester(11)).findings().stream()
            .filter(f -> f.ruleId().equals("SMALL_NUMBERS"))
            .toList();
    assertThat(at11).hasSize(2); // questions 1 and 2 have separate answers, each with Table A
    assertThat(at11.get(0).questionNumbers()).containsExactly(1);
    assertThat(at11.get(0).message()).contains("2024, CE 10-14: 10").contains("threshold of 11");
  }

  @Test
  void theNotHeldAnswersAreNotRefusalNoticesDespiteTheirS17Wording() {
    ResponseFacts facts = Facts.leicester(5);
    assertThat(facts.questions().stream().filter(QuestionFacts::givesRefusalNotice))
        .extracting(QuestionFacts::number)
        .containsExactly(4, 5);
  }

  @Test
  void rightsInTheNoticeAsSentClearTheS17_7Finding() {
    ResponseFacts withRights =
        Facts.withNotice(
            Facts.leicester(5),
            new NoticeFacts(
                "If you are dissatisfied you may ask for an internal review within 40 working"
                    + " days.",
                "You may then complain to the Information Commissioner under section 50.",
                ""));
    assertThat(RefusalCheck.standard().review(withRights).findings())
        .noneMatch(f -> f.ruleId().equals("S17_7_RIGHTS"));
  }

  static String message(List<Finding> findings, String rule) {
    return findings.stream()
        .filter(f -> f.ruleId().equals(rule))
        .findFirst()
        .orElseThrow()
        .message();
  }
}
