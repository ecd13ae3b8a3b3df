package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * EIR reg 5(2) and FOIA s.10(1) judged "as at" a day ({@link ResponseFacts#asOf()}): a request
 * still open is overdue only if its due date is before that day, as a lawyer judges a thread as at
 * its last message; a response already sent is judged on the day it was sent, whatever the day.
 *
 * <p>Real dates: Sheffield City Council's EIR request on housing damp (corpus letter 36), received
 * Thu 20 Feb 2025. On the UK-wide calendar (17 Mar 2025, St Patrick's Day, a Northern Ireland bank
 * holiday) the 20th working day is Fri 21 Mar 2025; the reg 7(1) extension, notified that day (reg
 * 7(3): "no later than 20 working days after the date of receipt"), moves it to the 40th working
 * day, Tue 22 Apr 2025 (Good Friday 18 Apr and Easter Monday 21 Apr skipped). The thread ends
 * before 22 April with no response.
 */
class AsAtTimelinessTest {
  static final LocalDate RECEIVED = LocalDate.of(2025, 2, 20);
  static final QuestionFacts GIVEN = Facts.question(1, Outcome.PROVIDED_IN_FULL, "Here it is");

  @ParameterizedTest(name = "[{index}] {0}, reg 7 on {1}, sent {2}, as at {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # regime | reg 7      | sent       | as at      | expected
          # open, lawful reg 7 extension to 22 Apr 2025: late only as at a day after it
          EIR      | 2025-03-21 | null       | 2025-04-17 | none
          EIR      | 2025-03-21 | null       | 2025-04-22 | none
          EIR      | 2025-03-21 | null       | 2025-04-23 | HIGH No response sent, and it was due on 22 April 2025: 1 working day overdue.
          EIR      | 2025-03-21 | null       | 2025-06-02 | HIGH No response sent, and it was due on 22 April 2025: 27 working days overdue.
          # open, no extension: due 21 Mar 2025
          EIR      | null       | null       | 2025-03-21 | none
          EIR      | null       | null       | 2025-03-24 | HIGH No response sent, and it was due on 21 March 2025: 1 working day overdue.
          # a day before the request was received: s.10(1) / reg 5(2) run from receipt, nothing is yet due
          EIR      | null       | null       | 2025-02-19 | none
          # open, reg 7 notified on the 21st working day: it does not hold (reg 7(3))
          EIR      | 2025-03-24 | null       | 2025-04-17 | HIGH No response sent, and it was due on 21 March 2025: 19 working days overdue. The extension of 24 March 2025 is not counted: the applicant was told of the extension on 24 March 2025, after the 20th working day (21 March 2025).
          # sent: judged on the day it was sent, whatever the day judged as at
          EIR      | 2025-03-21 | 2025-04-22 | 2025-04-01 | none
          EIR      | 2025-03-21 | 2025-04-23 | 2025-04-01 | HIGH Sent on 23 April 2025, 1 working day after it was due (22 April 2025).
          EIR      | 2025-03-21 | 2025-04-22 | 2025-06-02 | none
          # FOIA has no reg 7: s.10(1) 20 working days, due 21 Mar 2025
          FOIA     | null       | null       | 2025-03-21 | none
          FOIA     | null       | null       | 2025-03-25 | HIGH No response sent, and it was due on 21 March 2025: 2 working days overdue.
          """)
  void openRequestsAreJudgedAsAtTheDay(
      Regime regime, LocalDate reg7, LocalDate sent, LocalDate asAt, String expected) {
    List<ClockEvent> events = new ArrayList<>();
    if (reg7 != null) {
      events.add(new ClockEvent.ComplexVoluminousExtension(reg7));
    }
    ResponseFacts facts =
        new ResponseFacts(
            regime,
            Optional.of(RECEIVED),
            sent != null,
            Optional.ofNullable(sent),
            events,
            asAt,
            List.of(GIVEN),
            Optional.empty(),
            5);
    String found = TimelinessRulesTest.render(new Timeliness(StatutoryClock.ukWide()).check(facts));
    if (expected.equals("none")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).startsWith(expected);
    }
    // whatever the day, a lawful reg 7 extension notified in time is never itself a finding
    if (reg7 != null && !reg7.isAfter(LocalDate.of(2025, 3, 21))) {
      assertThat(new Reg7Extension(StatutoryClock.ukWide()).check(facts)).isEmpty();
    }
  }
}
