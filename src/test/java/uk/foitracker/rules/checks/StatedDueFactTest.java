package uk.foitracker.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.Regime;

/**
 * The due date an authority stated, as a fact the checks can read beside the statutory one (issue
 * 17 point 1), on the dates of the real letters in ../shared/examples.
 */
class StatedDueFactTest {

  @ParameterizedTest(name = "{0}: received {2}, stated {3} -> differs {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # letter                          | regime | received   | stated     | differs
          05 Drupal CMS, "by 10/05/2024"    | FOIA   | 2024-04-11 | 2024-05-10 | false
          06 carriageway repairs (EIR)      | EIR    | 2025-04-07 | 2025-05-08 | false
          07 Go Local: St Patrick's Day 2015 | FOIA  | 2015-03-04 | 2015-04-01 | true
          04 charity files: none stated     | FOIA   | 2024-01-22 | -          | false
          received not stated               | FOIA   | -          | 2024-05-10 | false
          """)
  void theStatedDueDateIsKeptBesideTheStatutoryOne(
      String letter, Regime regime, LocalDate received, LocalDate stated, boolean differs) {
    ResponseFacts facts =
        new ResponseFacts(
            regime,
            Optional.ofNullable(received),
            true,
            Optional.empty(),
            List.of(),
            Facts.TODAY,
            List.of(),
            Optional.empty(),
            5,
            Optional.ofNullable(stated));
    assertEquals(Optional.ofNullable(stated), facts.statedDue());
    assertEquals(differs, facts.statedDueDiffers());
  }
}
