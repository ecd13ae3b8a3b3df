package uk.foitracker.rules;

/**
 * The recorded outcome of one question (stored by name on the question; a question without an
 * outcome has none: the checks and statistics see it as "not stated").
 */
public enum Outcome {
  PROVIDED_IN_FULL("Provided in full", "green"),
  PROVIDED_IN_PART("Provided in part", "light-blue"),
  NOT_HELD("Not held", "grey"),
  REFUSED_COST_LIMIT("Refused: cost limit", "orange"),
  REFUSED_EXEMPTION("Refused: exemption", "red"),
  NEITHER_CONFIRM_NOR_DENY("Neither confirm nor deny", "purple"),
  RELATED_INFORMATION_GIVEN("Related information given", "turquoise");

  private final String label;
  private final String colour;

  Outcome(String label, String colour) {
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

  /** True when some of the information asked for is not given. */
  public boolean refuses() {
    return this == PROVIDED_IN_PART
        || this == NOT_HELD
        || this == REFUSED_COST_LIMIT
        || this == REFUSED_EXEMPTION
        || this == NEITHER_CONFIRM_NOR_DENY;
  }
}
