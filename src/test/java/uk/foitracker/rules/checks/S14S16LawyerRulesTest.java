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
import uk.foitracker.rules.Regime;

/**
 * s.17(4), (5) and (6) as the Act words them, and s.16 advice after a s.14 refusal or an unclear
 * request. Sheffield's s.14 letter (example 07): "This request for information is exempt from
 * disclosure under Section 14 of the Freedom of Information Act 2000 as it is deemed to be
 * vexatious", its reasons sent by post and not in the thread.
 */
class S14S16LawyerRulesTest {

  static CitationFacts s14(String reasons) {
    return Facts.cite(
        "FOIA-14-1", "s.14(1)", ProvisionKind.REFUSAL, CitationRole.EXEMPTION, reasons);
  }

  static ResponseFacts one(Regime regime, Outcome outcome, String answer, CitationFacts... cites) {
    QuestionFacts q = new QuestionFacts(1, "Q", outcome, "a1", answer, List.of(), List.of(cites));
    return new ResponseFacts(
        regime,
        Optional.empty(),
        true,
        Optional.empty(),
        List.of(),
        Facts.TODAY,
        List.of(q),
        Optional.empty(),
        5);
  }

  @ParameterizedTest(name = "[{index}] {0} {1} ''{2}'' s.14 cited {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | outcome           | answer                                                                  | s.14 cited | expected
          # Sheffield 07: s.14 cited, no reasons in the letter: no finding, a note
          FOIA     | REFUSED_EXEMPTION | This request for information is exempt from disclosure under Section 14 of the Freedom of Information Act 2000 as it is deemed to be vexatious. | true | none
          FOIA     | REFUSED_EXEMPTION | We consider your request to be vexatious and will not answer it.        | false      | LOW s.17(5)
          FOIA     | REFUSED_EXEMPTION | Your request is vexatious under section 14(1).                          | false      | none
          FOIA     | REFUSED_EXEMPTION | Relying on section 17(6), we will not respond further to these requests. | false     | MEDIUM s.17(6)
          FOIA     | REFUSED_EXEMPTION | Relying on section 17(6), we will not respond further to these requests. | true      | none
          EIR      | REFUSED_EXEMPTION | Your request is vexatious under section 14.                             | true       | MEDIUM reg 12(4)(b)
          FOIA     | PROVIDED_IN_FULL  | Thank you for your request.                                             | false      | none
          """)
  void s17_5And6(Regime regime, Outcome outcome, String answer, boolean cited, String expected) {
    CitationFacts[] cites =
        cited
            ? new CitationFacts[] {s14("")}
            : answer.contains("17(6)")
                ? new CitationFacts[] {
                  Facts.cite(
                      "FOIA-43-2", "s.43(2)", ProvisionKind.QUALIFIED, CitationRole.EXEMPTION, "x")
                }
                : new CitationFacts[] {};
    List<Finding> findings = new S14Reasons().check(one(regime, outcome, answer, cites));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("S14_REASONS");
              assertThat(f.severity()).hasToString(expected.substring(0, expected.indexOf(' ')));
              assertThat(f.provision()).isEqualTo(expected.substring(expected.indexOf(' ') + 1));
            });
  }

  @ParameterizedTest(name = "[{index}] s.14 with reasons ''{0}'': no s.17(1) finding, note {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # reasons                                         | note
          ''                                                | true
          The 27 requests since June 2014 are a burden.     | false
          """)
  void noRuleAsksAS14RefusalForReasons(String reasons, boolean note) {
    ResponseFacts facts =
        one(Regime.FOIA, Outcome.REFUSED_EXEMPTION, "Refused under s.14(1).", s14(reasons));
    assertThat(new S17_1Reasons().check(facts)).isEmpty();
    assertThat(new S17_3PublicInterest().check(facts)).isEmpty();
    assertThat(RefusalCheck.standard().review(facts).findings())
        .noneMatch(f -> f.ruleId().equals("S17_1_REASONS"))
        .noneMatch(f -> f.ruleId().equals("S14_REASONS"));
    assertThat(new S14Reasons().notes(facts)).hasSize(note ? 1 : 0);
  }

  @ParameterizedTest(name = "[{index}] s.43 without reasons, letter ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # answer                                                                                               | found
          The information is withheld under section 43(2).                                                      | true
          The information is withheld under section 43(2). We rely on section 17(4).                            | false
          The information is withheld under section 43(2); explaining why would itself disclose exempt information. | false
          """)
  void s17_4ReasonsNeedNotDiscloseExemptInformation(String answer, boolean found) {
    ResponseFacts facts =
        one(
            Regime.FOIA,
            Outcome.REFUSED_EXEMPTION,
            answer,
            Facts.cite(
                "FOIA-43-2", "s.43(2)", ProvisionKind.QUALIFIED, CitationRole.EXEMPTION, ""));
    assertThat(new S17_1Reasons().check(facts)).hasSize(found ? 1 : 0);
  }

  @ParameterizedTest(name = "[{index}] {0}, answer ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # ground  | answer                                                                                   | expected
          s14       | Your request is vexatious.                                                               | LOW
          s14       | Your request is vexatious. If you were to narrow it to one site we would consider it.    | none
          s14       | Your request is vexatious. If you have any queries, please contact us.                   | LOW
          s14       | Your request is vexatious. You may wish to submit a new request for this year only.      | none
          unclear   | Your request is unclear and we cannot answer it.                                         | MEDIUM
          unclear   | Your request is unclear. Please could you clarify which department you mean?             | none
          unclear   | We are unable to identify what information you are seeking.                              | MEDIUM
          none      | Here is the information.                                                                 | none
          """)
  void s16AfterS14OrAnUnclearRequest(String ground, String answer, String expected) {
    List<CitationFacts> cites = new ArrayList<>();
    if (ground.equals("s14")) {
      cites.add(s14("Burden"));
    }
    Outcome outcome = ground.equals("none") ? Outcome.PROVIDED_IN_FULL : Outcome.REFUSED_EXEMPTION;
    ResponseFacts facts = one(Regime.FOIA, outcome, answer, cites.toArray(new CitationFacts[0]));
    List<Finding> findings = new S16Advice().check(facts);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("S16_ADVICE");
              assertThat(f.provision()).isEqualTo("s.16(1)");
              assertThat(f.severity()).hasToString(expected);
              assertThat(f.questionNumbers()).containsExactly(1);
            });
  }

  /**
   * EIR reg 9(1) after a refusal as manifestly unreasonable (reg 12(4)(b)) or on cost: MEDIUM, not
   * HIGH, because the Fees Regulations and the s.45 Code's para 6.9 are FOIA's. Sheffield's
   * potholes (17): reg 12(4)(b) with no word on narrowing; Forge Dam (14): the same with only "If
   * you have any queries ... contact us".
   */
  @ParameterizedTest(name = "[{index}] EIR {0}, answer ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # ground   | answer                                                                                    | expected
          12-4-b     | We are refusing your request under Regulation 12(4)(b) as manifestly unreasonable.        | MEDIUM
          12-4-b     | Refused under reg 12(4)(b). If you could narrow your request to one year we could help.   | none
          cost       | The request exceeds the cost limit of 18 hours.                                           | MEDIUM
          none       | Here is the information.                                                                  | none
          """)
  void regulation9AfterAManifestlyUnreasonableRefusal(
      String ground, String answer, String expected) {
    List<CitationFacts> cites = new ArrayList<>();
    if (ground.equals("12-4-b")) {
      cites.add(
          Facts.cite(
              "EIR-12-4-b", "reg 12(4)(b)", ProvisionKind.QUALIFIED, CitationRole.EXEMPTION, "x"));
    }
    Outcome outcome =
        switch (ground) {
          case "cost" -> Outcome.REFUSED_COST_LIMIT;
          case "none" -> Outcome.PROVIDED_IN_FULL;
          default -> Outcome.REFUSED_EXEMPTION;
        };
    ResponseFacts facts = one(Regime.EIR, outcome, answer, cites.toArray(new CitationFacts[0]));
    List<Finding> findings = new S16Advice().check(facts);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.provision()).isEqualTo("reg 9(1)");
              assertThat(f.severity()).hasToString(expected);
              assertThat(f.questionNumbers()).containsExactly(1);
            });
  }
}
