package uk.foitracker.citation;

/** The part a cited provision plays in a response. */
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
}
