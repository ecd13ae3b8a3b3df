package uk.foitracker.rules;

/**
 * The part a cited provision plays in a response, as the officer recorded it. Labels are display:
 * see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum CitationRole {
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
