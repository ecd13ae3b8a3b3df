package uk.foitracker.rules.checks;

import java.util.List;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * EIR reg 7(1): the 20 working days may become 40 where "the complexity and volume of the
 * information requested means that it is impracticable for the authority either to comply with the
 * request within the earlier period or to make a decision to refuse to do so"; reg 7(3): the
 * applicant must be told "as soon as possible and in any event no later than 20 working days after
 * the date of receipt". An extension notified later does not extend time.
 */
public final class Reg7Extension implements Rule {
  public static final String ID = "REG7_EXTENSION";

  private final StatutoryClock clock;

  public Reg7Extension(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.EIR) {
      return List.of();
    }
    return LawfulExtensions.unlawful(clock, facts).stream()
        .filter(u -> u.event() instanceof ClockEvent.ComplexVoluminousExtension)
        .map(
            u ->
                new Finding(
                    ID,
                    "reg 7(3)",
                    List.of(),
                    Severity.HIGH,
                    "Time was extended to 40 working days for complex and voluminous information,"
                        + " but "
                        + u.reason()
                        + ": reg 7(3) requires notice within 20 working days, so the extension"
                        + " does not hold."))
        .toList();
  }
}
