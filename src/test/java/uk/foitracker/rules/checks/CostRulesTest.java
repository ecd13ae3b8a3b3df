package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

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
    ResponseFacts facts = Facts.response(List.of(q), Optional.of(cost));
    // the limit is the authority's (Fees Regulations reg 3), here the one the estimate states
    return Facts.with(
        facts,
        Regime.FOIA,
        NoticeFacts.NONE,
        AppropriateLimit.forAuthority(
            limitPence == AppropriateLimit.CENTRAL_GOVERNMENT.limitPence()));
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
              assertThat(f.provision()).isEqualTo("s.12(1); Fees Regulations 2004 reg 4(3)");
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

  /**
   * The limit is the Fees Regulations' for the authority, never the figure typed with the estimate:
   * Leicester (a council, £450) stating £600, a department stating £450, a rate of £30 an hour.
   */
  @ParameterizedTest(name = "[{index}] central {0}, stated {1} at {2}p/h, {3} min -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # central government | stated limit | stated rate | estimate (minutes) | expected
          false                | 45000        | 2500        | 1200               | none
          true                 | 60000        | 2500        | 1500               | none
          false                | 60000        | 2500        | 1200               | APPROPRIATE_LIMIT MEDIUM a limit of £600 where the Regulations set £450 for this authority (reg 3)
          false                | 60000        | 2500        | 1300               | APPROPRIATE_LIMIT MEDIUM a limit of £600 where the Regulations set £450 for this authority (reg 3)
          true                 | 45000        | 2500        | 1200               | APPROPRIATE_LIMIT MEDIUM a limit of £450 where the Regulations set £600 for this authority (reg 3); S12_ITEMISED_ESTIMATE HIGH
          false                | 45000        | 3000        | 1200               | APPROPRIATE_LIMIT MEDIUM a rate of £30 an hour where the Regulations set £25 (reg 4(4))
          """)
  void theLimitIsTheRegulationsNotTheStatedOne(
      boolean central, int stated, int rate, int minutes, String expected) {
    QuestionFacts q =
        new QuestionFacts(
            4, "Q", Outcome.REFUSED_COST_LIMIT, "a4", "", List.of(), List.of(Facts.s12()));
    CostFacts cost =
        new CostFacts(
            stated,
            rate,
            List.of(4),
            List.of(new CostFacts.Line("EXTRACTING", "files", minutes)),
            "Too costly",
            "Narrow it to one year.");
    ResponseFacts facts =
        Facts.with(
            Facts.response(List.of(q), Optional.of(cost)),
            Regime.FOIA,
            NoticeFacts.NONE,
            AppropriateLimit.forAuthority(central));
    List<String> found = new ArrayList<>();
    for (Rule r : List.of(new AppropriateLimitStated(), new S12ItemisedEstimate())) {
      for (Finding f : r.check(facts)) {
        if (f.ruleId().equals("APPROPRIATE_LIMIT")) {
          assertThat(f.provision()).isEqualTo("s.12; Fees Regulations 2004 reg 3");
        }
        found.add(
            f.ruleId()
                + " "
                + f.severity()
                + (f.ruleId().equals("APPROPRIATE_LIMIT")
                    ? " " + f.message().replace("The cost estimate states ", "").replace(".", "")
                    : ""));
      }
    }
    assertThat(String.join("; ", found)).isEqualTo(expected.equals("none") ? "" : expected);
  }

  /** EIR: no s.12 and no Fees Regulations; reg 12(4)(b) is the ground for cost. */
  @ParameterizedTest(name = "[{index}] EIR {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # citation of a refusal on cost under the EIR | expected
          s12                                           | EIR_S12 HIGH reg 12(4)(b)
          reg12(4)(b)                                   | none
          outcome only                                  | EIR_S12 HIGH reg 12(4)(b)
          """)
  void eirCostRefusalsAreManifestlyUnreasonableNotS12(String cited, String expected) {
    List<CitationFacts> citations =
        switch (cited) {
          case "s12" -> List.of(Facts.s12());
          case "reg12(4)(b)" ->
              List.of(
                  Facts.withTest(
                      Facts.cite(
                          "EIR-12-4-b",
                          "reg 12(4)(b)",
                          ProvisionKind.QUALIFIED,
                          CitationRole.EXEMPTION,
                          "Complying would take over 40 hours of staff time."),
                      new PublicInterestFacts(
                          "Openness about planning decisions.",
                          "The burden on a small team.",
                          "With the presumption in favour of disclosure (reg 12(2)) the balance"
                              + " still lies in maintaining the exception.")));
          default -> List.of();
        };
    QuestionFacts q =
        new QuestionFacts(1, "Q", Outcome.REFUSED_COST_LIMIT, "a1", "", List.of(), citations);
    ResponseFacts facts =
        Facts.under(
            Facts.response(
                List.of(q),
                Optional.of(
                    new CostFacts(45000, 2500, List.of(1), List.of(), "Too costly", "Narrow it"))),
            Regime.EIR);
    List<String> found =
        RefusalCheck.standard().review(facts).findings().stream()
            .filter(f -> f.severity() != Severity.CANNOT_ASSESS)
            .filter(f -> !f.ruleId().equals("S17_7_RIGHTS"))
            .map(f -> f.ruleId() + " " + f.severity() + " " + f.provision())
            .toList();
    assertThat(String.join("; ", found)).isEqualTo(expected.equals("none") ? "" : expected);
  }
}
