package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(2) and s.17(3): a s.10(3) notice names the qualified exemption and says the public
 * interest decision is not yet reached; the balance may follow "in a separate notice given within
 * such time as is reasonable". Sheffield, letters 29 and 35 of the corpus: s.42 named in the
 * extension notice (29 Aug 2023, 12 Sep 2023), no response after. Until the response goes, no
 * s.17(3) finding; once it has gone without a test, HIGH.
 */
class S17_3AwaitingDecisionTest {

  static final LocalDate RECEIVED = LocalDate.of(2023, 7, 30);
  static final LocalDate EXTENDED = LocalDate.of(2023, 8, 29);

  @ParameterizedTest(name = "[{index}] {0} extension, responded {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # regime | s.10(3) extension | responded | expected
          FOIA     | yes               | false     | none
          FOIA     | yes               | true      | S17_3_PUBLIC_INTEREST s.17(3) HIGH
          FOIA     | no                | false     | S17_3_PUBLIC_INTEREST s.17(3) HIGH
          FOIA     | no                | true      | S17_3_PUBLIC_INTEREST s.17(3) HIGH
          """)
  void theBalanceIsOwedOnlyOnceTheResponseGoes(
      Regime regime, String extension, boolean responded, String expected) {
    CitationFacts s42 =
        new CitationFacts(
            "FOIA-42-1",
            "s.42(1)",
            ProvisionKind.QUALIFIED,
            CitationRole.EXEMPTION,
            "Legal professional privilege.");
    QuestionFacts q =
        new QuestionFacts(
            1,
            "Copies of communications",
            Outcome.REFUSED_EXEMPTION,
            "a1",
            "",
            List.of(),
            List.of(s42));
    List<ClockEvent> events =
        extension.equals("yes")
            ? List.of(new ClockEvent.PublicInterestExtension(EXTENDED, LocalDate.of(2023, 9, 26)))
            : List.of();
    ResponseFacts facts =
        new ResponseFacts(
            regime,
            Optional.of(RECEIVED),
            responded,
            responded ? Optional.of(LocalDate.of(2023, 9, 20)) : Optional.empty(),
            events,
            LocalDate.of(2024, 2, 23),
            List.of(q),
            Optional.empty(),
            5);
    String found =
        String.join(
            "; ",
            new S17_3PublicInterest()
                .check(facts).stream()
                    .map(f -> f.ruleId() + " " + f.provision() + " " + f.severity())
                    .toList());
    assertThat(found).isEqualTo(expected.equals("none") ? "" : expected);
  }
}
