package uk.foitracker.cost;

/**
 * The only activities whose cost counts towards the appropriate limit: Freedom of Information and
 * Data Protection (Appropriate Limit and Fees) Regulations 2004, reg 4(3). Redaction and
 * considering exemptions do not count.
 */
public enum Activity {
  DETERMINING("Determining whether the information is held"),
  LOCATING("Locating the information"),
  RETRIEVING("Retrieving the information"),
  EXTRACTING("Extracting the information");

  private final String label;

  Activity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
