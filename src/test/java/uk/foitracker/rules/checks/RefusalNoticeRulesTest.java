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

/** s.17(7), s.17(1), s.17(3) and s.1(1)(a), case by case. */
class RefusalNoticeRulesTest {

  @ParameterizedTest(name = "[{index}] {0} / refusal={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the authority's words                                                                              | refusal | expected
          We do not hold it.                                                                                     | true    | review,commissioner
          If you are unhappy you may ask for an internal review. You may then complain to the Information Commissioner. | true    | none
          You can request a review of our decision. The ICO can be contacted at Wilmslow.                      | true    | none
          Our complaints procedure is enclosed.                                                                  | true    | commissioner
          You have the right under section 50 to apply to the Commissioner.                                     | true    | review
          Please ask for an internal review within 40 working days.                                             | true    | commissioner
          Here is the information.                                                                               | false   | none
          """)
  void s17_7RequiresReviewAndCommissionerRights(String words, boolean refusal, String expected) {
    QuestionFacts q =
        refusal
            ? question(
                1,
                Outcome.REFUSED_EXEMPTION,
                words,
                cite(
                    "FOIA-43",
                    "s.43",
                    ProvisionKind.QUALIFIED,
                    CitationRole.EXEMPTION,
                    "Commercial"))
            : question(1, Outcome.PROVIDED_IN_FULL, words);
    List<Finding> findings = new S17_7Rights().check(Facts.response(List.of(q)));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("S17_7_RIGHTS");
              assertThat(f.provision()).isEqualTo("s.17(7)");
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.message().contains("internal review (or"))
                  .isEqualTo(expected.contains("review"));
              assertThat(f.message().contains("Information Commissioner under section 50"))
                  .isEqualTo(expected.contains("commissioner"));
            });
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} ''{4}'' -> {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # outcome          | code     | type      | role      | reasons                                              | expected
          REFUSED_EXEMPTION  | FOIA-43  | QUALIFIED | EXEMPTION | Disclosure would prejudice the contractor's position. The public interest in maintaining it outweighs disclosure. | none
          REFUSED_EXEMPTION  | FOIA-43  | QUALIFIED | EXEMPTION | null                                                 | S17_1_REASONS s.17(1)(c) MEDIUM; S17_3_PUBLIC_INTEREST s.17(3) HIGH
          REFUSED_EXEMPTION  | FOIA-43  | QUALIFIED | EXEMPTION | Disclosure would prejudice the contractor's position. | S17_3_PUBLIC_INTEREST s.17(3) HIGH
          REFUSED_EXEMPTION  | FOIA-40-2| ABSOLUTE  | EXEMPTION | The names are personal data of staff.                | none
          REFUSED_EXEMPTION  | FOIA-40-2| ABSOLUTE  | EXEMPTION | '  '                                                 | S17_1_REASONS s.17(1)(c) MEDIUM
          REFUSED_EXEMPTION  | FOIA-17-1| PROCEDURE | PROCEDURE | This is a refusal notice.                            | S17_1_REASONS s.17(1)(b) HIGH
          NOT_HELD           | FOIA-1-1-a | DENIAL  | DENIAL    | Not held.                                            | none
          NOT_HELD           | FOIA-1-1-a | DENIAL  | EXEMPTION | Not held.                                            | S1_1_A_NOT_HELD_AS_EXEMPTION s.1(1)(a) MEDIUM
          NOT_HELD           | FOIA-31  | QUALIFIED | EXEMPTION | It would prejudice crime prevention; the public interest favours withholding. | S1_1_A_NOT_HELD_AS_EXEMPTION s.1(1)(a) MEDIUM
          """)
  void reasonsPublicInterestAndDenials(
      Outcome outcome,
      String code,
      ProvisionKind type,
      CitationRole role,
      String reasons,
      String expected) {
    QuestionFacts q = question(3, outcome, "Answer", cite(code, code, type, role, reasons));
    ResponseFacts facts = Facts.response(List.of(q));
    List<String> found =
        List.of(new S17_1Reasons(), new S17_3PublicInterest(), new NotHeldAsExemption()).stream()
            .flatMap(r -> r.check(facts).stream())
            .map(f -> f.ruleId() + " " + f.provision() + " " + f.severity())
            .toList();
    assertThat(String.join("; ", found)).isEqualTo(expected.equals("none") ? "" : expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # citations of the question             | expected question numbers found
          denial+s17                              | 1
          denial                                  | none
          denial+s12+s17                          | none
          s12+s17                                 | none
          """)
  void s17NoticeForInformationNotHeld(String citations, String expected) {
    List<CitationFacts> list =
        List.of(citations.split("\\+")).stream()
            .map(
                c ->
                    switch (c) {
                      case "denial" -> Facts.notHeld();
                      case "s12" -> Facts.s12();
                      default -> Facts.s17_1();
                    })
            .toList();
    QuestionFacts q =
        new QuestionFacts(1, "Q", Outcome.PROVIDED_IN_PART, "a1", "", List.of(), list);
    List<Finding> findings =
        new NotHeldAsExemption().check(Facts.response(List.of(q), Optional.empty()));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.questionNumbers()).containsExactly(Integer.parseInt(expected));
                assertThat(f.provision()).isEqualTo("s.1(1)(a); s.17(1)");
              });
    }
  }
}
