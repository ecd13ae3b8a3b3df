package uk.foitracker.rules;

/**
 * The recorded outcome of one question (stored by name on the question; a question without an
 * outcome has none: the checks and statistics see it as "not stated"). Labels and tag colours are
 * display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum Outcome {
  PROVIDED_IN_FULL,
  PROVIDED_IN_PART,
  NOT_HELD,
  REFUSED_COST_LIMIT,
  REFUSED_EXEMPTION,
  NEITHER_CONFIRM_NOR_DENY,
  RELATED_INFORMATION_GIVEN;

  /** True when some of the information asked for is not given. */
  public boolean refuses() {
    return this == PROVIDED_IN_PART
        || this == NOT_HELD
        || this == REFUSED_COST_LIMIT
        || this == REFUSED_EXEMPTION
        || this == NEITHER_CONFIRM_NOR_DENY;
  }
}
