package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;

/** s.12 estimates and s.16 advice, case by case. */
class CostRulesTest {

  static ResponseFacts refusedOnCost(
      String lines, int limitPence, String advice, String answer, boolean citeS16) {
    List<CostFacts.Line> list = new ArrayList<>();
    if (!lines.equals("none")) {
      for (String l : lines.split(",")) {
        String[] p = l.split(":");
        list.add(new CostFacts.Line(p[0], "basis", Integer.parseInt(p[1])));
      }
    }
    List<CitationFacts> citations = new ArrayList<>(List.of(Facts.s12()));
    if (citeS16) {
      citations.add(
          Facts.cite("FOIA-16", "s.16", ProvisionKind.ADVICE, CitationRole.ADVICE, "We can help."));
    }
    QuestionFacts q =
        new QuestionFacts(4, "Q", Outcome.REFUSED_COST_LIMIT, "a4", answer, List.of(), citations);
    CostFacts cost =
        new CostFacts(
            limitPence,
            2500,
            List.of(4),
            list,
            "Too costly",
            advice.equals("none") ? null : advice);
    return Facts.response(List.of(q), Optional.of(cost));
  }

  @ParameterizedTest(name = "[{index}] {0} limit {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # estimate lines (activity:minutes)   | limit | expected
          none                                  | 45000 | MEDIUM gives no estimate itemised by permitted activity
          LOCATING:600,RETRIEVING:400           | 45000 | HIGH estimate of 16 hours 40 minutes of permitted activities does not exceed the limit of £450 (18 hours)
          LOCATING:600,RETRIEVING:500           | 45000 | none
          LOCATING:600,RETRIEVING:480           | 45000 | HIGH estimate of 18 hours of permitted activities does not exceed
          LOCATING:600,RETRIEVING:481           | 45000 | none
          DETERMINING:60,EXTRACTING:1500        | 60000 | none
          LOCATING:600,EXTRACTING:900           | 60000 | none
          LOCATING:600,EXTRACTING:840           | 60000 | HIGH does not exceed the limit of £600 (24 hours)
          REDACTING:900,LOCATING:600            | 45000 | HIGH counts time for redacting, which the Fees Regulations do not allow
          """)
  void s12NeedsAnItemisedEstimateOverTheLimit(String lines, int limit, String expected) {
    List<Finding> findings =
        new S12ItemisedEstimate().check(refusedOnCost(lines, limit, "none", "", false));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    String severity = expected.substring(0, expected.indexOf(' '));
    String words = expected.substring(expected.indexOf(' ') + 1);
    assertThat(findings)
        .first()
        .satisfies(
            f -> {
              assertThat(f.severity()).hasToString(severity);
              assertThat(f.message()).contains(words);
              assertThat(f.ruleId()).isEqualTo("S12_ITEMISED_ESTIMATE");
              assertThat(f.questionNumbers()).containsExactly(4);
            });
  }

  @ParameterizedTest(name = "[{index}] advice ''{0}'', answer ''{1}'', s.16 cited {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # advice recorded                         | the answer's words                                   | s.16 cited | expected
          none                                      | We refuse under section 12.                          | false      | finding
          If you narrow the request we can help.    | We refuse under section 12.                          | false      | note
          none                                      | You could refine your request to a single year.      | false      | note
          none                                      | We refuse under section 12.                          | true       | none
          none                                      | If you reduce the scope we may be able to answer.    | false      | note
          none                                      | Contact us with any questions.                       | false      | finding
          """)
  void s16AdviceWithACostRefusal(String advice, String answer, boolean citeS16, String expected) {
    ResponseFacts facts = refusedOnCost("LOCATING:2000", 45000, advice, answer, citeS16);
    S16Advice rule = new S16Advice();
    assertThat(rule.check(facts)).hasSize(expected.equals("finding") ? 1 : 0);
    assertThat(rule.notes(facts)).hasSize(expected.equals("note") ? 1 : 0);
    if (expected.equals("finding")) {
      assertThat(rule.check(facts).get(0).provision()).isEqualTo("s.16(1)");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"PROVIDED_IN_FULL", "NOT_HELD", "REFUSED_EXEMPTION"})
  void neitherAppliesWithoutACostRefusal(Outcome outcome) {
    QuestionFacts q = Facts.question(1, outcome, "Here it is.");
    ResponseFacts facts = Facts.response(List.of(q));
    assertThat(new S12ItemisedEstimate().check(facts)).isEmpty();
    assertThat(new S16Advice().check(facts)).isEmpty();
    assertThat(new S16Advice().notes(facts)).isEmpty();
  }
}
