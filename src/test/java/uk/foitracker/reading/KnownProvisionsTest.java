package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.ProvisionKind;

/**
 * The reader's provisions take an exemption's class from rules.ProvisionCatalogue (FOIA s.2(3):
 * ss.21, 23, 32, 34, 40(1), 40(2), 41, 44 absolute; EIR reg 13 absolute, reg 12(4), (5) qualified).
 */
class KnownProvisionsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "FOIA-21, ABSOLUTE",
    "FOIA-32, ABSOLUTE",
    "FOIA-40-2, ABSOLUTE",
    "FOIA-40-5B-a-i, ABSOLUTE",
    "FOIA-36-2-b-i, QUALIFIED",
    "FOIA-37, QUALIFIED",
    "FOIA-43-2, QUALIFIED",
    "EIR-13, ABSOLUTE",
    "EIR-12-4-a, QUALIFIED",
    "EIR-12-5-e, QUALIFIED",
    "FOIA-12, COST_LIMIT",
    "FOIA-14-1, REFUSAL",
    "FOIA-1-1-a, DENIAL",
    "EIR-14, PROCEDURE"
  })
  void kinds(String code, ProvisionKind kind) {
    assertThat(KnownProvisions.kind(code)).contains(kind);
  }
}
