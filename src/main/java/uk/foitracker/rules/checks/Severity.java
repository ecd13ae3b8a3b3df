package uk.foitracker.rules.checks;

/** How serious a finding is; findings are listed worst first (in declaration order). */
public enum Severity {
  /** The response misses something the statute requires, or was late. */
  HIGH("High", "red"),
  /** The response probably falls short: the facts point to a failing a person should confirm. */
  MEDIUM("Medium", "orange"),
  /** Data quality: the answer may not be what was asked. */
  LOW("Low", "yellow"),
  /** The check could not be made from what is recorded. */
  CANNOT_ASSESS("Cannot be assessed", "grey");

  private final String label;
  private final String colour;

  Severity(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  /** The GOV.UK tag colour modifier. */
  public String colour() {
    return colour;
  }
}
