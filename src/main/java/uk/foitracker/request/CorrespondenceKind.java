package uk.foitracker.request;

/**
 * A letter the authority sent about a request other than its response. None of them moves the
 * statutory clock: FOIA s.10(1) and EIR reg 5(2) count from the date of receipt, and neither an
 * acknowledgement nor a holding reply stops, pauses or extends the time for compliance.
 */
public enum CorrespondenceKind {
  /** The authority acknowledged the request. */
  ACKNOWLEDGED("Acknowledgement sent", "Acknowledged"),
  /** A holding reply: the response is delayed, or on its way. */
  HOLDING_REPLY("Holding reply sent", "Holding reply sent");

  private final String label;
  private final String publicLabel;

  CorrespondenceKind(String label, String publicLabel) {
    this.label = label;
    this.publicLabel = publicLabel;
  }

  /** How the officer's page names it: "Acknowledgement sent". */
  public String label() {
    return label;
  }

  /** How the public case page names it: "Acknowledged". */
  public String publicLabel() {
    return publicLabel;
  }
}
