package uk.foitracker.review;

/** An auditor's verdict on a finding. */
public enum Verdict {
  ACCEPTED("Accepted", "green"),
  DISPUTED("Disputed", "pink");

  private final String label;
  private final String colour;

  Verdict(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  public String colour() {
    return colour;
  }
}
