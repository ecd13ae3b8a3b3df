package uk.foitracker.rules;

/** The access regime a request is handled under. */
public enum Regime {
  /** Freedom of Information Act 2000. */
  FOIA,
  /** Environmental Information Regulations 2004. */
  EIR
}
