package uk.foitracker.rules.checks;

/** The part a cited provision plays in the response, as the officer recorded it. */
public enum CitedAs {
  DENIAL,
  EXEMPTION,
  PROCEDURE,
  COST_LIMIT,
  ADVICE;

  /** A ground for not giving information. */
  public boolean refuses() {
    return this == DENIAL || this == EXEMPTION || this == COST_LIMIT;
  }
}
