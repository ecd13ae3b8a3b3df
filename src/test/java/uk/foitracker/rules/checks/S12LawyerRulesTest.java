package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * s.12 as a lawyer reads it: s.12 is not an exemption (Part I, not Part II), the stated hours must
 * follow from the estimate (Fees Regulations 2004 reg 4), and s.12(2) keeps the duty to confirm or
 * deny. Words from real letters: Leicester's s.12 paragraph, Sheffield's "over 2000 records x 2
 * minutes = 66 hours" and "20.5 hours" (examples 03 and 04).
 */
class S12LawyerRulesTest {

  static final String LEICESTER_S12 =
      "Section 12 of the Act makes provision for public authorities to refuse requests for"
          + " information where the cost of dealing with them would exceed the appropriate limit,"
          + " which for local government is set at £450. This represents the estimated cost of one"
          + " person spending more than 18 hours in determining whether the department holds the"
          + " information, locating, retrieving and extracting the information.";

  static ResponseFacts costRefusal(
      Regime regime, String answer, String statement, List<CostFacts.Line> lines, Integer stated) {
    QuestionFacts q =
        new QuestionFacts(
            1,
            "How many complaints were received?",
            Outcome.REFUSED_COST_LIMIT,
            "a1",
            answer,
            List.of(),
            List.of(Facts.s12()));
    CostFacts cost =
        new CostFacts(
            45000,
            2500,
            List.of(1),
            lines,
            statement,
            "You may wish to narrow your request to one year.",
            Optional.ofNullable(stated));
    ResponseFacts base = Facts.response(List.of(q), Optional.of(cost));
    return new ResponseFacts(
        regime,
        base.received(),
        true,
        base.sent(),
        List.of(),
        base.asOf(),
        base.questions(),
        base.cost(),
        5);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the authority's words                                                                | found
          This information is exempt under section 12 of the Freedom of Information Act.           | true
          We are applying the Section 12 exemption as the cost would exceed the limit.             | true
          The request is exempt from disclosure under s.12(1) as it would exceed the cost limit.   | true
          We consider that the exemption at section 12 applies to your request.                   | true
          Section 12 (cost of compliance) exemption has been applied.                             | true
          We are therefore declining to process it under section 12 of the Act.                   | false
          Section 12 of the Act makes provision for public authorities to refuse requests.        | false
          The information is exempt under section 40(2) and section 12 does not apply.            | false
          # Sheffield 26: the word "section" left out
          The number deemed complex is exempt from disclosure under 12 of the Freedom of Information Act 2000. | true
          The figures for 12 of the months are exempt under regulation 12 of the Act.              | false
          Regulation 12 exemption does not apply; the information is exempt under section 120.    | false
          """)
  void s12CalledAnExemption(String words, boolean found) {
    List<Finding> findings =
        new S12CalledExemption().check(costRefusal(Regime.FOIA, words, "", List.of(), null));
    assertThat(findings).hasSize(found ? 1 : 0);
    findings.forEach(
        f -> {
          assertThat(f.ruleId()).isEqualTo("S12_CALLED_EXEMPTION");
          assertThat(f.provision()).isEqualTo("s.12");
          assertThat(f.severity()).isEqualTo(Severity.LOW);
          assertThat(f.message()).contains("is not an exemption").contains("\"");
        });
  }

  @ParameterizedTest(name = "[{index}] lines {0}, stated {1} minutes -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # lines (activity:minutes)                          | stated | expected
          # Sheffield 03: over 2000 records x 2 minutes = 66 hours (66.7 computed) follows
          EXTRACTING:4000                                     | 3960   | none
          # Sheffield 04: 2.5 h + 2 h x 8 files + 1 h = 19.5 h, stated 20.5 h
          LOCATING:150,RETRIEVING:960,EXTRACTING:60           | 1230   | MEDIUM states a total of 20.5 hours, but the 3 lines of its estimate add up to 19.5 hours
          LOCATING:600,EXTRACTING:600                         | 1200   | none
          LOCATING:600,EXTRACTING:600                         | 1500   | MEDIUM states a total of 25 hours, but the 2 lines of its estimate add up to 20 hours
          # the limit restated ("more than 18 hours") is not the estimate
          LOCATING:600,EXTRACTING:600                         | 1080   | none
          # no stated total, no lines, or a line without its time: not judged
          LOCATING:600,EXTRACTING:600                         | null   | none
          none                                                | 1500   | none
          LOCATING:0,EXTRACTING:600                           | 1500   | none
          # a range: 1,000 records at 1 to 3 minutes each is 16.7 to 50 hours
          EXTRACTING:1000-3000                                | 2400   | none
          EXTRACTING:1000-3000                                | 3600   | MEDIUM states a total of 60 hours, but the 1 line of its estimate adds up to 16.7 to 50 hours.
          """)
  void statedHoursFollowFromTheLines(String lines, Integer stated, String expected) {
    List<CostFacts.Line> list = new ArrayList<>();
    if (!lines.equals("none")) {
      for (String l : lines.split(",")) {
        String[] p = l.split(":");
        String[] range = p[1].split("-");
        list.add(
            new CostFacts.Line(
                p[0],
                "basis",
                Integer.parseInt(range[0]),
                Integer.parseInt(range[range.length - 1])));
      }
    }
    List<Finding> findings =
        new S12HoursMismatch().check(costRefusal(Regime.FOIA, "", "", list, stated));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("S12_HOURS_MISMATCH");
              assertThat(f.provision()).isEqualTo("s.12(1); Fees Regulations 2004 reg 4(3)");
              assertThat(f.severity()).hasToString(expected.substring(0, expected.indexOf(' ')));
              assertThat(f.message()).contains(expected.substring(expected.indexOf(' ') + 1));
              assertThat(f.questionNumbers()).containsExactly(1);
            });
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' / ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # answer                                                                        | cost statement                                                         | found
          # Leicester: boilerplate plus "we do not hold ... in a reportable format" confirms the files exist
          We do not hold the information requested in a reportable format.                | LEICESTER                                                              | false
          # the boilerplate alone confirms nothing
          ''                                                                               | LEICESTER                                                              | true
          To answer would exceed the cost limit.                                           | Staff would have to search 3,000 files at 10 minutes each.             | true
          The Council holds records of complaints, but they are not indexed by type.       | ''                                                                     | false
          The information is held within individual case files.                           | ''                                                                     | false
          We can neither confirm nor deny whether the information is held (section 12(2)). | ''                                                                     | false
          ''                                                                               | Even to establish whether any such records exist would exceed 18 hours, so we rely on s.12(2). | false
          """)
  void s12_2TheDutyToConfirmOrDenyIsStillOwed(String answer, String statement, boolean found) {
    String s = statement.equals("LEICESTER") ? LEICESTER_S12 : statement;
    List<Finding> findings =
        new S12_2ConfirmDeny().check(costRefusal(Regime.FOIA, answer, s, List.of(), null));
    assertThat(findings).hasSize(found ? 1 : 0);
    findings.forEach(
        f -> {
          assertThat(f.provision()).isEqualTo("s.12(2)");
          assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
          assertThat(f.questionNumbers()).containsExactly(1);
        });
  }

  @ParameterizedTest(name = "[{index}] determining {0} minutes -> {1}")
  @CsvSource({"1200, false", "600, true"})
  void s12_2WhenDeterminingAloneExceedsTheLimitTheDutyIsGone(int determining, boolean found) {
    List<CostFacts.Line> lines =
        List.of(
            new CostFacts.Line("DETERMINING", "check 4,000 files", determining),
            new CostFacts.Line("EXTRACTING", "copy", 600));
    assertThat(
            new S12_2ConfirmDeny()
                .check(costRefusal(Regime.FOIA, "Over the limit.", "", lines, null)))
        .hasSize(found ? 1 : 0);
  }

  @ParameterizedTest(name = "[{index}] EIR: no s.12 rules")
  @CsvSource({"This information is exempt under section 12."})
  void eirCasesAreLeftToTheEirRules(String words) {
    ResponseFacts eir = costRefusal(Regime.EIR, words, "", List.of(), null);
    assertThat(new S12CalledExemption().check(eir)).isEmpty();
    assertThat(new S12_2ConfirmDeny().check(eir)).isEmpty();
  }
}
