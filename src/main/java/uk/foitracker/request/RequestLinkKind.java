package uk.foitracker.request;

/** How two requests belong together. */
public enum RequestLinkKind {
  /**
   * A narrowed or refined request, made after the authority's advice and assistance (FOIA s.16),
   * usually after a refusal on cost (s.12).
   */
  REFINED(
      "Refined request (after advice under FOIA s.16)", "Refines request", "Refined in request"),
  /** A repeated request (FOIA s.14(2); EIR reg 12(4)(b) manifestly unreasonable). */
  REPEATED("Repeated request (FOIA s.14(2))", "Repeats request", "Repeated in request"),
  /**
   * Requests whose costs are aggregated: similar requests by one person or people acting in concert
   * within 60 consecutive working days (Fees Regulations 2004, SI 2004/3244, reg 5).
   */
  AGGREGATED(
      "Aggregated for cost (Fees Regulations 2004 reg 5)",
      "Costs aggregated with request",
      "Costs aggregated with request");

  private final String label;
  private final String fromLabel;
  private final String toLabel;

  RequestLinkKind(String label, String fromLabel, String toLabel) {
    this.label = label;
    this.fromLabel = fromLabel;
    this.toLabel = toLabel;
  }

  /** The kind, for the form's choices. */
  public String label() {
    return label;
  }

  /**
   * How the link reads on one request's page.
   *
   * @param outgoing true on the request the link was recorded from (the refined, repeated one)
   */
  public String describe(boolean outgoing) {
    return outgoing ? fromLabel : toLabel;
  }
}
