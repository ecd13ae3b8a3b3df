package uk.foitracker.rules.checks;

import java.util.Objects;

/**
 * The public interest test recorded for a citation (FOIA s.2(2)(b), s.17(3); EIR reg 12(1)(b)).
 *
 * @param argumentsFor the arguments for disclosure, as given
 * @param argumentsAgainst the arguments for maintaining the exemption, as given
 * @param conclusion where the balance lies and why, as given
 */
public record PublicInterestFacts(String argumentsFor, String argumentsAgainst, String conclusion) {

  public PublicInterestFacts {
    argumentsFor = Objects.requireNonNullElse(argumentsFor, "");
    argumentsAgainst = Objects.requireNonNullElse(argumentsAgainst, "");
    conclusion = Objects.requireNonNullElse(conclusion, "");
  }

  /** Both sides weighed and a conclusion reached. */
  public boolean isComplete() {
    return !argumentsFor.isBlank() && !argumentsAgainst.isBlank() && !conclusion.isBlank();
  }
}
