package uk.foitracker.rules;

/** The outcome of an internal review, as recorded and as the government's statistics count them. */
public enum ReviewOutcome {
  UPHELD("Upheld"),
  PARTLY_OVERTURNED("Partly overturned"),
  OVERTURNED("Overturned");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
