package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.AuthorityType;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * Dates a lawyer checks, worked by hand on the UK-wide calendar. Received Fri 28 Apr 2023 is due
 * Wed 31 May 2023 (1, 8 and 29 May are bank holidays). A review asked for on Mon 9 Mar 2015
 * (Sheffield, example 07) is due on its 20th working day, Thu 9 Apr 2015 (St Patrick's Day 17 Mar,
 * Good Friday 3 Apr and Easter Monday 6 Apr skipped: a bank holiday in any part of the UK is not a
 * working day, s.10(6)), and at the latest on its 40th, Fri 8 May 2015 (4 May skipped). Sheffield
 * stated 1 Apr 2015 as the due date of a request received on 4 Mar 2015, counting on England's
 * calendar: the statutory date is 2 Apr; a date earlier than the statutory one is a note only.
 */
class ClockLawyerRulesTest {

  static final LocalDate RECEIVED = LocalDate.of(2023, 4, 28);

  static ResponseFacts facts(
      Regime regime,
      LocalDate received,
      LocalDate sent,
      LocalDate statedDue,
      LocalDate asOf,
      List<QuestionFacts> questions,
      List<InstalmentFacts> instalments,
      List<ReviewFacts> reviews,
      AuthorityType type) {
    return new ResponseFacts(
        regime,
        Optional.ofNullable(received),
        sent != null,
        Optional.ofNullable(sent),
        List.of(),
        asOf,
        questions,
        Optional.empty(),
        5,
        Optional.ofNullable(statedDue),
        NoticeFacts.NONE,
        AppropriateLimit.OTHER_AUTHORITY,
        instalments,
        reviews,
        type);
  }

  static final List<QuestionFacts> TWO_QUESTIONS =
      List.of(
          Facts.question(1, Outcome.PROVIDED_IN_FULL, "Yes"),
          Facts.question(2, Outcome.PROVIDED_IN_FULL, "12"));

  @ParameterizedTest(name = "[{index}] {0}: received {1}, stated {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | received   | stated due | expected
          FOIA     | 2023-04-28 | 2023-05-31 | none
          FOIA     | 2023-04-28 | 2023-06-01 | MEDIUM The authority said the response was due on 1 June 2023, but the 20th working day after it was received on 28 April 2023 is 31 May 2023: the stated date gives the authority more time than the law allows.
          FOIA     | 2023-04-28 | 2023-05-26 | none
          EIR      | 2023-04-28 | 2023-06-28 | MEDIUM The authority said the response was due on 28 June 2023
          # Sheffield example 07: received 4 Mar 2015, stated due 1 Apr 2015, a day early: a note
          FOIA     | 2015-03-04 | 2015-04-01 | none
          """)
  void statedDueDiffers(Regime regime, LocalDate received, LocalDate stated, String expected) {
    List<Finding> findings =
        new StatedDueDiffers()
            .check(
                facts(
                    regime,
                    received,
                    null,
                    stated,
                    LocalDate.of(2025, 6, 2),
                    TWO_QUESTIONS,
                    List.of(),
                    List.of(),
                    AuthorityType.STANDARD));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("STATED_DUE_DIFFERS");
              assertThat(f.provision()).isEqualTo(regime == Regime.FOIA ? "s.10(1)" : "reg 5(2)");
              assertThat(f.severity()).hasToString(expected.substring(0, expected.indexOf(' ')));
              assertThat(f.message()).startsWith(expected.substring(expected.indexOf(' ') + 1));
            });
  }

  /**
   * s.10(1) / EIR reg 5(2): an extension notified on or after the date the acknowledgement stated
   * does not make that date right (Sheffield: received Saturday 22/10/2022, "by 21/11/2022", then a
   * s.10(3) extension on 21/11/2022; received Sunday 04/02/2024, "by 04/03/2024", then reg 7 on
   * 04/03/2024). An extension notified earlier, stating the new date, accounts for it.
   */
  @ParameterizedTest(name = "[{index}] {0}: received {1}, stated {2}, extension {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | received   | stated due | extension notified | expected
          FOIA     | 2022-10-22 | 2022-11-21 | 2022-11-21         | MEDIUM
          EIR      | 2024-02-04 | 2024-03-04 | 2024-03-04         | MEDIUM
          FOIA     | 2022-10-22 | 2022-12-16 | 2022-11-14         | none
          EIR      | 2024-02-04 | 2024-03-29 | 2024-02-20         | none
          """)
  void statedDueBeforeExtension(
      Regime regime, LocalDate received, LocalDate stated, LocalDate extended, String expected) {
    ClockEvent extension =
        regime == Regime.FOIA
            ? new ClockEvent.PublicInterestExtension(extended, extended.plusDays(40))
            : new ClockEvent.ComplexVoluminousExtension(extended);
    ResponseFacts facts =
        new ResponseFacts(
            regime,
            Optional.of(received),
            false,
            Optional.empty(),
            List.of(extension),
            LocalDate.of(2025, 6, 2),
            TWO_QUESTIONS,
            Optional.empty(),
            5,
            Optional.of(stated),
            NoticeFacts.NONE,
            AppropriateLimit.OTHER_AUTHORITY,
            List.of(),
            List.of(),
            AuthorityType.STANDARD);
    List<Finding> findings = new StatedDueDiffers().check(facts);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().extracting(Finding::severity).hasToString(expected);
    }
  }

  @ParameterizedTest(name = "[{index}] {0} review asked {1}, decided {2}, as at {3} -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # regime | requested  | decided    | as at      | rule               | expected
          # Sheffield 07: decided on 8 Apr 2015, before the 20th working day
          FOIA     | 2015-03-09 | 2015-04-08 | 2015-06-01 | REVIEW_LATE        | none
          FOIA     | 2015-03-09 | 2015-04-09 | 2015-06-01 | REVIEW_LATE        | none
          FOIA     | 2015-03-09 | 2015-04-10 | 2015-06-01 | REVIEW_LATE        | LOW
          FOIA     | 2015-03-09 | 2015-05-08 | 2015-06-01 | REVIEW_LATE        | LOW
          FOIA     | 2015-03-09 | 2015-05-11 | 2015-06-01 | REVIEW_LATE        | MEDIUM
          EIR      | 2015-03-09 | 2015-04-10 | 2015-06-01 | REVIEW_LATE        | none
          EIR      | 2015-03-09 | 2015-05-08 | 2015-06-01 | REVIEW_LATE        | none
          EIR      | 2015-03-09 | 2015-05-11 | 2015-06-01 | REVIEW_LATE        | HIGH
          # undecided, within the Code's 40 working days (to 8 May 2015): not yet late
          FOIA     | 2015-03-09 | null       | 2015-04-09 | REVIEW_NO_DECISION | none
          FOIA     | 2015-03-09 | null       | 2015-04-10 | REVIEW_NO_DECISION | LOW
          FOIA     | 2015-03-09 | null       | 2015-05-08 | REVIEW_NO_DECISION | LOW
          FOIA     | 2015-03-09 | null       | 2015-05-08 | REVIEW_LATE        | none
          EIR      | 2015-03-09 | null       | 2015-05-08 | REVIEW_NO_DECISION | none
          EIR      | 2015-03-09 | null       | 2015-05-08 | REVIEW_LATE        | none
          # undecided past the 40th working day (Code para 5.5 "in no case", EIR reg 11(4)): late
          # whenever it comes (Sheffield 35: asked 18 Oct 2023, nothing by 20 Feb 2024)
          FOIA     | 2015-03-09 | null       | 2015-05-11 | REVIEW_LATE        | MEDIUM
          FOIA     | 2015-03-09 | null       | 2015-05-11 | REVIEW_NO_DECISION | none
          FOIA     | 2015-03-09 | null       | 2015-07-01 | REVIEW_LATE        | MEDIUM
          EIR      | 2015-03-09 | null       | 2015-05-11 | REVIEW_LATE        | HIGH
          EIR      | 2015-03-09 | null       | 2015-05-11 | REVIEW_NO_DECISION | none
          # a decided review is never "no decision"
          FOIA     | 2015-03-09 | 2015-06-01 | 2015-07-01 | REVIEW_NO_DECISION | none
          """)
  void reviews(
      Regime regime,
      LocalDate requested,
      LocalDate decided,
      LocalDate asOf,
      String rule,
      String expected) {
    ReviewFacts review =
        new ReviewFacts(
            1,
            Optional.of(requested),
            Optional.empty(),
            Optional.empty(),
            Optional.ofNullable(decided),
            Optional.empty());
    ResponseFacts f =
        facts(
            regime,
            LocalDate.of(2015, 3, 4),
            LocalDate.of(2015, 3, 6),
            null,
            asOf,
            TWO_QUESTIONS,
            List.of(),
            List.of(review),
            AuthorityType.STANDARD);
    Rule r = rule.equals("REVIEW_LATE") ? ReviewLate.late() : ReviewLate.noDecision();
    List<Finding> findings = r.check(f);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.ruleId()).isEqualTo(rule);
              assertThat(x.severity()).hasToString(expected);
              assertThat(x.provision())
                  .isEqualTo(
                      regime == Regime.FOIA ? "s.45 Code of Practice para 5.4" : "reg 11(4)");
              assertThat(x.message()).contains("9 March 2015");
            });
  }

  @ParameterizedTest(name = "[{index}] instalments {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # instalments (sent:questions:more to follow)   | expected
          2023-05-30:1:true;2023-05-31:2:false            | none
          # Sheffield 08 shape: the first in time, the rest after the due date
          2023-05-30:1:true;2023-06-01:2:false            | HIGH Instalment 2 of 2, which completes the response, was sent on 1 June 2023, after the due date of 31 May 2023 (the first instalment was in time, but the rest was not).
          2023-06-05:1:false;2023-06-07:2:false           | HIGH Instalment 2 of 2, which completes the response, was sent on 7 June 2023, after the due date of 31 May 2023.
          # complete with the first: a later one is a further disclosure
          2023-05-30:1 2:false;2023-06-07:2:false         | none
          2023-05-30:1:false;2023-05-31:1:true            | MEDIUM The response was sent in 2 instalments, but none of them completes it (the last says more is to follow): question 2 not answered, and it was due on 31 May 2023.
          """)
  void instalments(String spec, String expected) {
    List<InstalmentFacts> list = new ArrayList<>();
    int n = 1;
    for (String i : spec.split(";")) {
      String[] p = i.split(":");
      list.add(
          new InstalmentFacts(
              n++,
              Optional.of(LocalDate.parse(p[0])),
              List.of(p[1].split(" ")).stream().map(Integer::valueOf).toList(),
              Boolean.parseBoolean(p[2])));
    }
    List<Finding> findings =
        new InstalmentLate(StatutoryClock.ukWide())
            .check(
                facts(
                    Regime.FOIA,
                    RECEIVED,
                    list.get(list.size() - 1).sent().get(),
                    null,
                    LocalDate.of(2025, 6, 2),
                    TWO_QUESTIONS,
                    list,
                    List.of(),
                    AuthorityType.STANDARD));
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("INSTALMENT_LATE");
              assertThat(f.provision()).isEqualTo("s.10(1)");
              assertThat(f.severity()).hasToString(expected.substring(0, expected.indexOf(' ')));
              assertThat(f.message()).isEqualTo(expected.substring(expected.indexOf(' ') + 1));
            });
  }

  @ParameterizedTest(name = "[{index}] {0} {1}: sent {2} -> late {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # type              | regime | sent       | late
          STANDARD            | FOIA   | 2023-05-31 | false
          STANDARD            | FOIA   | 2023-06-01 | true
          # a school without its calendar: certainly late only after the 60th working day, 27 Jul 2023
          MAINTAINED_SCHOOL   | FOIA   | 2023-06-20 | false
          MAINTAINED_SCHOOL   | FOIA   | 2023-07-27 | false
          MAINTAINED_SCHOOL   | FOIA   | 2023-07-28 | true
          ACADEMY             | FOIA   | 2023-07-27 | false
          # the EIR have no such regulations
          MAINTAINED_SCHOOL   | EIR    | 2023-06-01 | true
          # archives: the 30th working day, 14 Jun 2023
          ARCHIVES            | FOIA   | 2023-06-14 | false
          ARCHIVES            | FOIA   | 2023-06-15 | true
          # armed forces: only a day the Commissioner specifies extends it
          ARMED_FORCES_OPERATIONS | FOIA | 2023-06-01 | true
          """)
  void timelinessHonoursTheTimeForComplianceRegulations(
      AuthorityType type, Regime regime, LocalDate sent, boolean late) {
    List<Finding> findings =
        new Timeliness(StatutoryClock.ukWide())
            .check(
                facts(
                    regime,
                    RECEIVED,
                    sent,
                    null,
                    LocalDate.of(2025, 6, 2),
                    TWO_QUESTIONS,
                    List.of(),
                    List.of(),
                    type));
    assertThat(findings).hasSize(late ? 1 : 0);
  }
}
