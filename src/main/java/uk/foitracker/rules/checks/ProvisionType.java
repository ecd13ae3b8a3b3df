package uk.foitracker.rules.checks;

/** What sort of provision the catalogue says a cited provision is (FOIA s.2 for exemptions). */
public enum ProvisionType {
  DENIAL,
  PROCEDURE,
  COST_LIMIT,
  REFUSAL,
  ADVICE,
  ABSOLUTE,
  QUALIFIED;

  public boolean isExemption() {
    return this == ABSOLUTE || this == QUALIFIED;
  }
}
