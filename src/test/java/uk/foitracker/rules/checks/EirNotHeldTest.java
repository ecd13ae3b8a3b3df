package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foitracker.rules.checks.Facts.cite;
import static uk.foitracker.rules.checks.Facts.question;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * EIR reg 14(3): a not-held answer is a refusal under reg 12(4)(a), which the response must
 * specify. Cases from the corpus: Sheffield's carriageway repairs (06) and potholes (17) say only
 * "we do not have a figure for the costs incurred by Amey"; a response naming reg 12(4)(a), in a
 * citation or in its words, passes; FOIA's s.1(1)(a) answer is not judged by this rule.
 */
class EirNotHeldTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EIR, not held, nothing named (06, 17)       | EIR  | none     | We do not have a figure for the costs incurred by Amey. | true
          EIR, not held, reg 12(4)(a) cited           | EIR  | citation | We do not hold this information.                        | false
          EIR, not held, reg 12(4)(a) in the words    | EIR  | words    | Not held: the exception in regulation 12(4)(a) applies. | false
          FOIA, not held                               | FOIA | none     | We do not hold this information.                        | false
          """)
  void notHeldNamesItsException(
      String name, Regime regime, String cited, String answer, boolean finding) {
    List<CitationFacts> citations =
        cited.equals("citation")
            ? List.of(
                cite(
                    "EIR-12-4-a",
                    "reg 12(4)(a)",
                    ProvisionKind.QUALIFIED,
                    CitationRole.EXEMPTION,
                    "Not held when the request was received."))
            : List.of();
    String words = cited.equals("words") ? "Not held: reg 12(4)(a) applies." : answer;
    QuestionFacts notHeld =
        question(2, Outcome.NOT_HELD, words, citations.toArray(CitationFacts[]::new));
    QuestionFacts given = question(1, Outcome.PROVIDED_IN_FULL, "The figures are attached.");
    ResponseFacts facts = Facts.under(Facts.response(List.of(given, notHeld)), regime);
    List<Finding> found =
        new S17_1Reasons()
            .check(facts).stream()
                .filter(f -> f.provision().equals("reg 14(3)"))
                .filter(f -> f.severity() == Severity.LOW)
                .toList();
    assertThat(!found.isEmpty()).as(name).isEqualTo(finding);
    found.forEach(
        f -> {
          assertThat(f.questionNumbers()).containsExactly(2);
          assertThat(f.message()).contains("reg 12(4)(a)");
        });
    assertThat(Optional.of(facts.regime())).contains(regime);
  }

  /**
   * An answer given in part whose words say the rest does not exist is refused in part under reg
   * 12(4)(a) (Sheffield's tram/cycle plan, 40: "No solutions were piloted.").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EIR, in part, none existed (40)     | EIR  | No solutions were piloted. The sites considered were 1 to 20.          | true
          EIR, in part, figures only          | EIR  | The figures for 2023 are 12 and 14.                                     | false
          FOIA, in part, none existed         | FOIA | No solutions were piloted. The sites considered were 1 to 20.          | false
          """)
  void anAnswerPartlyNotHeld(String name, Regime regime, String answer, boolean finding) {
    QuestionFacts partly = question(2, Outcome.PROVIDED_IN_PART, answer);
    ResponseFacts facts = Facts.under(Facts.response(List.of(partly)), regime);
    assertThat(
            new S17_1Reasons()
                .check(facts).stream()
                    .anyMatch(
                        f -> f.provision().equals("reg 14(3)") && f.severity() == Severity.LOW))
        .as(name)
        .isEqualTo(finding);
  }
}
