package uk.foitracker.rules;

/** The part a cited provision plays in a response, as the officer recorded it. */
public enum CitationRole {
  DENIAL("Denial (not held)"),
  EXEMPTION("Exemption"),
  PROCEDURE("Procedure"),
  COST_LIMIT("Cost limit"),
  ADVICE("Advice and assistance");

  private final String label;

  CitationRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A ground for not giving information. */
  public boolean refuses() {
    return this == DENIAL || this == EXEMPTION || this == COST_LIMIT;
  }
}
