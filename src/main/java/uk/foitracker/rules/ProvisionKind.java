package uk.foitracker.rules;

/**
 * What sort of provision: an exemption (absolute or qualified, FOIA s.2), a denial, procedure...
 */
public enum ProvisionKind {
  DENIAL("Denial: not held"),
  PROCEDURE("Procedure"),
  COST_LIMIT("Cost limit"),
  REFUSAL("Refusal"),
  ADVICE("Advice and assistance"),
  ABSOLUTE("Absolute exemption"),
  QUALIFIED("Qualified exemption: public interest test");

  private final String label;

  ProvisionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isExemption() {
    return this == ABSOLUTE || this == QUALIFIED;
  }
}
