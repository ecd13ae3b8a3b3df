package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foitracker.rules.checks.Facts.cite;
import static uk.foitracker.rules.checks.Facts.question;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/** s.17(7), EIR reg 14(5), s.17(1), s.17(3) and s.1(1)(a), case by case. */
class RefusalNoticeRulesTest {

  static final CitationFacts S43 =
      cite("FOIA-43-2", "s.43(2)", ProvisionKind.QUALIFIED, CitationRole.EXEMPTION, "Commercial");

  static QuestionFacts answer(String kind, String words) {
    return switch (kind) {
      case "exemption" -> question(1, Outcome.REFUSED_EXEMPTION, words, S43);
      case "cost" -> question(1, Outcome.REFUSED_COST_LIMIT, words, Facts.s12(), Facts.s17_1());
      case "partial" -> question(1, Outcome.PROVIDED_IN_PART, words, S43);
      case "notheld+s17" -> question(1, Outcome.NOT_HELD, words, Facts.notHeld(), Facts.s17_1());
      case "eir-notheld" ->
          question(
              1,
              Outcome.NOT_HELD,
              words,
              cite(
                  "EIR-12-4-a",
                  "reg 12(4)(a)",
                  ProvisionKind.QUALIFIED,
                  CitationRole.EXEMPTION,
                  "Not held when the request was received."),
              cite("EIR-14", "reg 14", ProvisionKind.PROCEDURE, CitationRole.PROCEDURE, "Refusal"));
      default -> question(1, Outcome.PROVIDED_IN_FULL, words);
    };
  }

  /** s.17(7) read from the letter as sent (each row's words are the letter's). */
  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the letter as sent                                                                                   | answer      | expected
          We do not hold it.                                                                                     | exemption   | review,commissioner
          If you are unhappy you may ask for an internal review. You may then complain to the Information Commissioner. | exemption | none
          You can request a review of our decision. If you remain dissatisfied you have the right to complain to the ICO. | cost | none
          You can request a review of our decision. The ICO can be contacted at Wilmslow.                       | exemption   | commissioner
          You can request a review of our decision. We have followed ICO guidance on commercial interests.      | partial     | commissioner
          Our complaints procedure is enclosed.                                                                  | exemption   | commissioner
          You have the right under section 50 to apply to the Commissioner.                                     | exemption   | review
          Please ask for an internal review within 40 working days.                                             | exemption   | commissioner
          We do not have an internal review procedure. You may apply to the Information Commissioner.            | exemption   | none
          Here is the information.                                                                               | given       | none
          We do not hold this information. This letter acts as a refusal notice under section 17.               | notheld+s17 | none
          # Sheffield 35, the s.17(2) notice of 12 Sep 2023: a promise of the rights later is not them (s.17(7) "contain")
          You can ask for an internal review. We will advise you of your rights to complain and to contact the Information Commissioner with our final response. | exemption | commissioner
          We will advise you of your rights to complain and to contact the Information Commissioner with our final response. | exemption | review,commissioner
          We will send the information with our final response. You may complain to the Information Commissioner. You can ask for an internal review. | exemption | none
          """)
  void s17_7RequiresReviewAndCommissionerRights(String words, String answer, String expected) {
    ResponseFacts facts =
        Facts.withNotice(
            Facts.response(List.of(answer(answer, "Answer"))), new NoticeFacts("", "", words));
    assertRights(new S17_7Rights().check(facts), expected, "s.17(7)");
  }

  /** The review and complaint paragraphs of the notice, as the compose screen records them. */
  @ParameterizedTest(name = "[{index}] review ''{0}'', complaint ''{1}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # review paragraph                                                     | complaint paragraph                                                                   | answer    | expected
          If you are dissatisfied you may ask for an internal review within 40 working days. | If you remain dissatisfied you may complain to the Information Commissioner under section 50. | exemption | none
          If you are dissatisfied you may ask for an internal review.            | null                                                                                  | cost      | commissioner
          null                                                                   | You have the right to complain to the Information Commissioner's Office.               | exemption | review
          null                                                                   | ICO                                                                                   | exemption | review,commissioner
          null                                                                   | null                                                                                  | notheld+s17 | none
          """)
  void s17_7ReadsTheNoticeParagraphs(
      String review, String complaint, String answer, String expected) {
    QuestionFacts q =
        answer(answer, "If you are unhappy, ask for an internal review or complain to the ICO.");
    ResponseFacts facts =
        Facts.withNotice(Facts.response(List.of(q)), new NoticeFacts(review, complaint, ""));
    assertRights(new S17_7Rights().check(facts), expected, "s.17(7)");
  }

  /** EIR reg 14(5): representations under reg 11, and reg 18; not held is an exception there. */
  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the letter as sent                                                                            | answer      | expected
          You may make representations under regulation 11 within 40 working days. You may then complain to the Information Commissioner. | eir-notheld | none
          The information is not held.                                                                    | eir-notheld | review,commissioner
          """)
  void reg14_5UnderTheEir(String words, String answer, String expected) {
    ResponseFacts facts =
        Facts.with(
            Facts.response(List.of(answer(answer, "Answer"))),
            Regime.EIR,
            new NoticeFacts("", "", words),
            AppropriateLimit.OTHER_AUTHORITY);
    List<Finding> findings = new S17_7Rights().check(facts);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.provision()).isEqualTo("reg 14(5)");
                assertThat(f.message()).contains("regulation 11").contains("regulation 18");
              });
    }
  }

  static void assertRights(List<Finding> findings, String expected, String provision) {
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("S17_7_RIGHTS");
              assertThat(f.provision()).isEqualTo(provision);
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.message().contains("internal review (or"))
                  .isEqualTo(expected.contains("review"));
              assertThat(f.message().contains("Information Commissioner under section 50"))
                  .isEqualTo(expected.contains("commissioner"));
            });
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} ''{4}'' PI {5} -> {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # outcome          | code     | type      | role      | reasons                                              | PI test   | expected
          REFUSED_EXEMPTION  | FOIA-43-2 | QUALIFIED | EXEMPTION | Disclosure would prejudice the contractor's position. | complete | none
          REFUSED_EXEMPTION  | FOIA-43-2 | QUALIFIED | EXEMPTION | Disclosure would prejudice the contractor's position. The public interest in maintaining it outweighs disclosure. | none | S17_3_PUBLIC_INTEREST s.17(3) HIGH
          REFUSED_EXEMPTION  | FOIA-43-2 | QUALIFIED | EXEMPTION | null                                                 | none      | S17_1_REASONS s.17(1)(c) MEDIUM; S17_3_PUBLIC_INTEREST s.17(3) HIGH
          REFUSED_EXEMPTION  | FOIA-43-2 | QUALIFIED | EXEMPTION | Disclosure would prejudice the contractor's position. | noconclusion | S17_3_PUBLIC_INTEREST s.17(3) MEDIUM
          REFUSED_EXEMPTION  | FOIA-31-1-a | QUALIFIED | EXEMPTION | Disclosure would prejudice the prevention of crime. | noagainst | S17_3_PUBLIC_INTEREST s.17(3) MEDIUM
          NEITHER_CONFIRM_NOR_DENY | FOIA-31-3 | QUALIFIED | EXEMPTION | Confirming would prejudice law enforcement.   | complete  | none
          REFUSED_EXEMPTION  | FOIA-40-2| ABSOLUTE  | EXEMPTION | The names are personal data of staff.                | none      | none
          REFUSED_EXEMPTION  | FOIA-40-2| ABSOLUTE  | EXEMPTION | '  '                                                 | none      | S17_1_REASONS s.17(1)(c) MEDIUM
          REFUSED_EXEMPTION  | FOIA-17-1| PROCEDURE | PROCEDURE | This is a refusal notice.                            | none      | S17_1_REASONS s.17(1)(b) HIGH
          NOT_HELD           | FOIA-1-1-a | DENIAL  | DENIAL    | Not held.                                            | none      | none
          NOT_HELD           | FOIA-1-1-a | DENIAL  | EXEMPTION | Not held.                                            | none      | S1_1_A_NOT_HELD_AS_EXEMPTION s.1(1)(a) MEDIUM
          NOT_HELD           | FOIA-31  | QUALIFIED | EXEMPTION | It would prejudice crime prevention; the public interest favours withholding. | complete | S1_1_A_NOT_HELD_AS_EXEMPTION s.1(1)(a) MEDIUM
          """)
  void reasonsPublicInterestAndDenials(
      Outcome outcome,
      String code,
      ProvisionKind type,
      CitationRole role,
      String reasons,
      String test,
      String expected) {
    QuestionFacts q =
        question(
            3, outcome, "Answer", Facts.withTest(cite(code, code, type, role, reasons), pi(test)));
    ResponseFacts facts = Facts.response(List.of(q));
    List<String> found =
        List.of(new S17_1Reasons(), new S17_3PublicInterest(), new NotHeldAsExemption()).stream()
            .flatMap(r -> r.check(facts).stream())
            .map(f -> f.ruleId() + " " + f.provision() + " " + f.severity())
            .toList();
    assertThat(String.join("; ", found)).isEqualTo(expected.equals("none") ? "" : expected);
  }

  /** A recorded public interest test: complete, missing a part, or none. */
  static PublicInterestFacts pi(String test) {
    String forDisclosure = "Transparency in the spending of public money.";
    String against = "Harm to the contractor's position in a live procurement.";
    String conclusion = "The balance lies in maintaining the exemption while the tender runs.";
    return switch (test) {
      case "complete" -> new PublicInterestFacts(forDisclosure, against, conclusion);
      case "noconclusion" -> new PublicInterestFacts(forDisclosure, against, "");
      case "noagainst" -> new PublicInterestFacts(forDisclosure, "", conclusion);
      default -> null;
    };
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
