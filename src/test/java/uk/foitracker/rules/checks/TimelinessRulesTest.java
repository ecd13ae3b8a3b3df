package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.StatutoryClock;

/**
 * s.10(1) and s.17(1) timeliness with real dates, worked by hand on the UK-wide calendar: received
 * Fri 28 Apr 2023 is due Wed 31 May 2023 (1, 8 and 29 May are bank holidays); received Thu 1 Sep
 * 2022 is due Fri 30 Sep 2022 (19 Sep, the State Funeral, is a bank holiday).
 */
class TimelinessRulesTest {

  static final QuestionFacts REFUSED =
      Facts.question(
          1,
          Outcome.REFUSED_EXEMPTION,
          "Exempt",
          Facts.cite("FOIA-43", "s.43", ProvisionKind.QUALIFIED, CitationRole.EXEMPTION, "x"));
  static final QuestionFacts GIVEN = Facts.question(1, Outcome.PROVIDED_IN_FULL, "Here it is");

  @ParameterizedTest(name = "[{index}] received {0}, responded {1}, sent {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # received | responded | sent       | expected
          # 1 Apr 2025: Good Friday 18 Apr and Easter Monday 21 Apr skipped -> due Thu 1 May; today is Mon 2 Jun 2025
          2023-04-28 | true      | 2023-05-31 | none
          2023-04-28 | true      | 2023-06-01 | HIGH Sent on 1 June 2023, 1 working day after it was due (31 May 2023).
          2023-04-28 | true      | 2023-06-05 | HIGH Sent on 5 June 2023, 3 working days after it was due (31 May 2023).
          2022-09-01 | true      | 2022-09-30 | none
          2022-09-01 | true      | 2022-10-03 | HIGH Sent on 3 October 2022, 1 working day after it was due (30 September 2022).
          2025-05-30 | false     | null       | none
          2025-04-01 | false     | null       | HIGH No response sent, and it was due on 1 May 2025: 20 working days overdue.
          null       | true      | null       | CANNOT_ASSESS Cannot be assessed: dates not stated (the date received and the date sent).
          2023-04-28 | true      | null       | CANNOT_ASSESS Cannot be assessed: dates not stated (the date sent).
          null       | true      | 2023-05-31 | CANNOT_ASSESS Cannot be assessed: dates not stated (the date received).
          """)
  void timeliness(LocalDate received, boolean responded, LocalDate sent, String expected) {
    List<Finding> findings =
        new Timeliness(StatutoryClock.ukWide())
            .check(Facts.dated(received, responded, sent, List.of(), List.of(GIVEN)));
    assertThat(render(findings)).isEqualTo(expected.equals("none") ? "" : expected);
  }

  @ParameterizedTest(name = "[{index}] sent {0}, extension on {1} to {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # received 2023-04-28, due 2023-05-31
          # sent     | PI extension | new due    | expected
          2023-05-31 | null         | null       | none
          2023-06-02 | null         | null       | HIGH The refusal notice was given on 2 June 2023, after it was due on 31 May 2023.
          2023-06-20 | 2023-05-30   | 2023-06-28 | none
          2023-06-20 | 2023-06-01   | 2023-06-28 | HIGH The refusal notice was given on 1 June 2023 (with the public interest extension), after it was due on 31 May 2023: extending time for the public interest does not move it.
          null       | 2023-05-30   | 2023-06-28 | none
          """)
  void refusalNoticeStaysDueOnTheTwentiethDay(
      LocalDate sent, LocalDate extended, LocalDate newDue, String expected) {
    List<ClockEvent> events = new ArrayList<>();
    if (extended != null) {
      events.add(new ClockEvent.PublicInterestExtension(extended, newDue));
    }
    ResponseFacts facts =
        Facts.dated(LocalDate.of(2023, 4, 28), sent != null, sent, events, List.of(REFUSED));
    List<Finding> findings = new S17NoticeTimeliness(StatutoryClock.ukWide()).check(facts);
    assertThat(render(findings)).isEqualTo(expected.equals("none") ? "" : expected);
    // Sent within a lawful extension: the response itself is on time. An extension notified after
    // the 20th working day does not hold (s.17(2)): the response is late.
    if (extended != null && sent != null) {
      List<Finding> timeliness = new Timeliness(StatutoryClock.ukWide()).check(facts);
      if (extended.isAfter(LocalDate.of(2023, 5, 31))) {
        assertThat(render(timeliness))
            .isEqualTo(
                "HIGH Sent on 20 June 2023, 14 working days after it was due (31 May 2023). The"
                    + " extension of 1 June 2023 is not counted: the s.17(2) notice extending time"
                    + " was given on 1 June 2023, after the 20th working day (31 May 2023).");
      } else {
        assertThat(timeliness).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "[{index}] a response that refuses nothing has no s.17 notice to time")
  @CsvSource({"2023-06-05"})
  void noRefusalNoS17Check(LocalDate sent) {
    ResponseFacts facts =
        Facts.dated(LocalDate.of(2023, 4, 28), true, sent, List.of(), List.of(GIVEN));
    assertThat(new S17NoticeTimeliness(StatutoryClock.ukWide()).check(facts)).isEmpty();
  }

  static String render(List<Finding> findings) {
    return String.join("; ", findings.stream().map(f -> f.severity() + " " + f.message()).toList());
  }
}
