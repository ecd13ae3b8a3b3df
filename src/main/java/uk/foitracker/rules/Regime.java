package uk.foitracker.rules;

/** The access regime under which a request is handled. */
public enum Regime {
  /** Freedom of Information Act 2000. */
  FOIA("Freedom of Information Act 2000"),
  /** Environmental Information Regulations 2004 (SI 2004/3391). */
  EIR("Environmental Information Regulations 2004");

  private final String title;

  Regime(String title) {
    this.title = title;
  }

  /** The full title of the legislation, for display. */
  public String title() {
    return title;
  }
}
