package uk.foitracker.question;

/** The outcome of one question, shown as a tag. */
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

  /** True for outcomes where some information asked for is not given. */
  public boolean isRefusal() {
    return this != PROVIDED_IN_FULL && this != RELATED_INFORMATION_GIVEN;
  }
}
