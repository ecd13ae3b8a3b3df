package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * The rules of issue 18 that judge lawfulness rather than wording: FOIA s.10(3) and s.17(2)
 * extensions, EIR reg 7 extensions, the clock events behind s.10(1), s.2(3) (no public interest
 * test for an absolute exemption), EIR reg 12(2) (the presumption in favour of disclosure) and
 * s.40(2) small numbers only in tables that count people. Dates worked by hand on the UK-wide
 * calendar: received Fri 28 Apr 2023 is due Wed 31 May 2023 (1, 8 and 29 May are bank holidays).
 */
class LawfulnessRulesTest {

  static final LocalDate RECEIVED = LocalDate.of(2023, 4, 28);

  static final CitationFacts S43 =
      Facts.withTest(
          Facts.cite(
              "FOIA-43-2",
              "s.43(2)",
              ProvisionKind.QUALIFIED,
              CitationRole.EXEMPTION,
              "Disclosure would prejudice the contractor's commercial interests."),
          new PublicInterestFacts(
              "Transparency in the spending of public money.",
              "Harm to a live procurement.",
              "The balance lies in maintaining the exemption."));

  static final CitationFacts S40_2 =
      Facts.cite(
          "FOIA-40-2",
          "s.40(2)",
          ProvisionKind.ABSOLUTE,
          CitationRole.EXEMPTION,
          "The names are personal data of junior staff.");

  static ResponseFacts dated(
      Regime regime, LocalDate sent, List<ClockEvent> events, CitationFacts cited) {
    QuestionFacts q = Facts.question(1, Outcome.REFUSED_EXEMPTION, "Withheld", cited);
    return Facts.under(Facts.dated(RECEIVED, sent != null, sent, events, List.of(q)), regime);
  }

  static List<ClockEvent> events(String typed) {
    List<ClockEvent> events = new ArrayList<>();
    if (typed.equals("none")) {
      return events;
    }
    for (String e : typed.split(",")) {
      String[] p = e.split("@");
      LocalDate d = LocalDate.parse(p[1]);
      events.add(
          switch (p[0]) {
            case "pi" -> new ClockEvent.PublicInterestExtension(d, LocalDate.of(2023, 6, 28));
            case "reg7" -> new ClockEvent.ComplexVoluminousExtension(d);
            case "askclarify" -> new ClockEvent.ClarificationRequested(d);
            case "clarified" -> new ClockEvent.ClarificationReceived(d);
            case "fees" -> new ClockEvent.FeesNoticeIssued(d);
            case "paid" -> new ClockEvent.FeesPaid(d);
            case "toeir" -> new ClockEvent.RegimeChanged(d, Regime.FOIA, Regime.EIR);
            default -> throw new IllegalArgumentException(p[0]);
          });
    }
    return events;
  }

  static String run(ResponseFacts facts, Rule... rules) {
    List<String> found = new ArrayList<>();
    for (Rule r : rules) {
      r.check(facts).forEach(f -> found.add(f.ruleId() + " " + f.provision() + " " + f.severity()));
    }
    return found.isEmpty() ? "none" : String.join("; ", found);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}, {2}, sent {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | cited  | events                                  | sent       | expected
          # s.10(3): a qualified exemption, the s.17(2) notice on day 19: lawful, sent within it
          FOIA     | s43    | pi@2023-05-30                           | 2023-06-20 | none
          # no qualified exemption to weigh: s.10(3) does not apply, the response is late
          FOIA     | s40    | pi@2023-05-30                           | 2023-06-20 | S17_2_EXTENSION s.10(3) HIGH; TIMELINESS s.10(1) HIGH
          # the s.17(2) notice after the 20th working day: no extension
          FOIA     | s43    | pi@2023-06-01                           | 2023-06-20 | S17_2_EXTENSION s.17(2) HIGH; TIMELINESS s.10(1) HIGH; S17_NOTICE_TIMELINESS s.17(1) HIGH
          # clarification asked 2 May, given 10 May: a fresh 20 days, due 8 June; notice on 6 June is in time
          FOIA     | s43    | askclarify@2023-05-02,clarified@2023-05-10 | 2023-06-07 | none
          FOIA     | s43    | askclarify@2023-05-02,clarified@2023-05-10,pi@2023-06-06 | 2023-06-20 | none
          # the same dates without the clarification recorded: late
          FOIA     | s43    | none                                    | 2023-06-07 | TIMELINESS s.10(1) HIGH; S17_NOTICE_TIMELINESS s.17(1) HIGH
          # fees notice 2 May, paid 9 May: 5 working days disregarded, due 7 June
          FOIA     | s43    | fees@2023-05-02,paid@2023-05-09         | 2023-06-07 | none
          # EIR reg 7: notified on day 18, 40 working days; notified on day 22, no extension
          EIR      | s43    | reg7@2023-05-25                         | 2023-06-20 | none
          EIR      | s43    | reg7@2023-06-02                         | 2023-06-20 | REG7_EXTENSION reg 7(3) HIGH; TIMELINESS reg 5(2) HIGH; S17_NOTICE_TIMELINESS reg 14(2) HIGH
          # handled under FOIA with a s.10(3) extension, then found environmental (s.39): the
          # extension falls away with the regime change, the response is late under reg 5(2)
          EIR      | s43    | pi@2023-05-30,toeir@2023-06-05          | 2023-06-20 | TIMELINESS reg 5(2) HIGH
          """)
  void extensionsCountOnlyWhenLawful(
      Regime regime, String cited, String typed, LocalDate sent, String expected) {
    CitationFacts c = cited.equals("s43") ? S43 : S40_2;
    if (regime == Regime.EIR) {
      c =
          Facts.withTest(
              Facts.cite(
                  "EIR-12-5-e",
                  "reg 12(5)(e)",
                  ProvisionKind.QUALIFIED,
                  CitationRole.EXEMPTION,
                  "Commercial confidentiality."),
              new PublicInterestFacts(
                  "Openness.", "Harm to the tender.", "Even with the presumption, withhold."));
    }
    StatutoryClock clock = StatutoryClock.ukWide();
    ResponseFacts facts = dated(regime, sent, events(typed), c);
    assertThat(
            run(
                facts,
                new S17_2Extension(clock),
                new Reg7Extension(clock),
                new Timeliness(clock),
                new S17NoticeTimeliness(clock)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} with PI {1}, reasons ''{2}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # provision                                | PI test | reasons                                                                            | expected
          FOIA-40-2      s.40(2)         ABSOLUTE    | true    | The names are personal data of junior staff.                                       | PI_ON_ABSOLUTE s.2(3) MEDIUM
          FOIA-40-5B-a-i s.40(5B)(a)(i)  ABSOLUTE    | true    | Confirming would itself disclose personal data.                                    | PI_ON_ABSOLUTE s.2(3) MEDIUM
          FOIA-41-1      s.41(1)         ABSOLUTE    | false   | Given in confidence. The public interest in disclosure does not outweigh the duty. | PI_ON_ABSOLUTE s.2(3) LOW
          FOIA-21-1      s.21            ABSOLUTE    | false   | The information is published on our website.                                       | none
          EIR-13-1       reg_13          ABSOLUTE    | true    | Personal data of third parties.                                                    | PI_ON_ABSOLUTE s.2(3) MEDIUM
          FOIA-43-2      s.43(2)         QUALIFIED   | true    | Commercial interests.                                                              | none
          FOIA-31-1-a    s.31(1)(a)      QUALIFIED   | false   | Prejudice to the prevention of crime.                                              | S17_3_PUBLIC_INTEREST s.17(3) HIGH
          """)
  void noPublicInterestTestForAnAbsoluteExemption(
      String provision, boolean test, String reasons, String expected) {
    String[] p = provision.trim().split("\\s+");
    CitationFacts c =
        Facts.withTest(
            Facts.cite(
                p[0],
                p[1].replace('_', ' '),
                ProvisionKind.valueOf(p[2]),
                CitationRole.EXEMPTION,
                reasons),
            test
                ? new PublicInterestFacts(
                    "Accountability of the council.",
                    "The privacy of the people concerned.",
                    "The balance lies in withholding.")
                : null);
    ResponseFacts facts =
        Facts.response(List.of(Facts.question(2, Outcome.REFUSED_EXEMPTION, "Withheld", c)));
    assertThat(run(facts, new PublicInterestOnAbsolute(), new S17_3PublicInterest()))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}, conclusion ''{2}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | code         | conclusion                                                                                   | expected
          EIR      | EIR-12-5-e   | The public interest in maintaining the exception outweighs disclosure.                        | EIR_PRESUMPTION reg 12(2) MEDIUM
          EIR      | EIR-12-5-e   | Applying the presumption in favour of disclosure, the balance still favours withholding.     | none
          EIR      | EIR-12-4-b   | Having regard to regulation 12(2), the burden outweighs the value of the information.         | none
          EIR      | EIR-12-4-d   | The material is still in the course of completion; withholding is in the public interest.    | EIR_PRESUMPTION reg 12(2) MEDIUM
          EIR      | EIR-12-4-a   | -                                                                                              | none
          FOIA     | FOIA-43-2    | The public interest in maintaining the exemption outweighs disclosure.                         | none
          """)
  void theEirPresumptionInFavourOfDisclosure(
      Regime regime, String code, String conclusion, String expected) {
    boolean notHeld = code.equals("EIR-12-4-a");
    CitationFacts c =
        Facts.withTest(
            Facts.cite(code, code, ProvisionKind.QUALIFIED, CitationRole.EXEMPTION, "Reasons."),
            notHeld
                ? null
                : new PublicInterestFacts("Openness.", "The harm to the process.", conclusion));
    QuestionFacts q =
        Facts.question(1, notHeld ? Outcome.NOT_HELD : Outcome.REFUSED_EXEMPTION, "Withheld", c);
    ResponseFacts facts = Facts.under(Facts.response(List.of(q)), regime);
    assertThat(
            run(
                facts,
                new EirPresumption(),
                new S17_3PublicInterest(),
                new NotHeldAsExemption(),
                new EirS12()))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' counts people {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # caption                                                   | counts people | expected
          Children subject to a child protection plan, by ward        | true          | SMALL_NUMBERS s.40(2) MEDIUM
          Crimes recorded in council car parks, by year               | false         | none
          Reports of anti-social behaviour, by month                  | false         | none
          Staff dismissed for gross misconduct, by directorate        | true          | SMALL_NUMBERS s.40(2) MEDIUM
          """)
  void smallNumbersOnlyInTablesOfPeople(String caption, boolean people, String expected) {
    TableFacts t =
        new TableFacts(
            caption,
            List.of("2022", "2023"),
            List.of(
                new TableFacts.Row("North", List.of(TableFacts.Cell.of(3), TableFacts.Cell.of(12))),
                new TableFacts.Row(
                    "South",
                    List.of(
                        TableFacts.Cell.of(0),
                        new TableFacts.Cell(CellState.SUPPRESSED, null, "<5")))),
            List.of(),
            people);
    QuestionFacts q =
        new QuestionFacts(1, "Q", Outcome.PROVIDED_IN_FULL, "a1", "", List.of(t), List.of());
    ResponseFacts facts =
        Facts.with(
            Facts.response(List.of(q), Optional.empty()),
            Regime.FOIA,
            NoticeFacts.NONE,
            AppropriateLimit.OTHER_AUTHORITY);
    assertThat(run(facts, new SmallNumbers())).isEqualTo(expected);
  }
}
