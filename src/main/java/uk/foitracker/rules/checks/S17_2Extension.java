package uk.foitracker.rules.checks;

import java.util.List;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * FOIA s.10(3) and s.17(2): time to comply may be extended only to consider the public interest in
 * maintaining a qualified exemption (s.2(2)(b)), and only by a s.17(2) notice given within the 20
 * working days that states the exemption and estimates the date of the decision. An extension
 * without a qualified exemption, or notified late, does not extend time: the timeliness checks
 * count from the 20th working day.
 */
public final class S17_2Extension implements Rule {
  public static final String ID = "S17_2_EXTENSION";

  private final StatutoryClock clock;

  public S17_2Extension(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.FOIA) {
      return List.of();
    }
    return LawfulExtensions.unlawful(clock, facts).stream()
        .filter(u -> u.event() instanceof ClockEvent.PublicInterestExtension)
        .map(
            u ->
                new Finding(
                    ID,
                    u.provision().equals("s.17(2)") ? "s.17(2)" : "s.10(3)",
                    List.of(),
                    Severity.HIGH,
                    "Time was extended on "
                        + Timeliness.DAY.format(u.event().date())
                        + " to consider the public interest, but the extension does not hold: "
                        + u.reason()
                        + "."))
        .toList();
  }
}
