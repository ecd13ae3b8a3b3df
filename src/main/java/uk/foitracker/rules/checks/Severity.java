package uk.foitracker.rules.checks;

/**
 * How serious a finding is; findings are listed worst first (in declaration order). Labels and tag
 * colours are display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum Severity {
  /** The response misses something the statute requires, or was late. */
  HIGH,
  /** The response probably falls short: the facts point to a failing a person should confirm. */
  MEDIUM,
  /** Data quality: the answer may not be what was asked. */
  LOW,
  /** The check could not be made from what is recorded. */
  CANNOT_ASSESS
}
