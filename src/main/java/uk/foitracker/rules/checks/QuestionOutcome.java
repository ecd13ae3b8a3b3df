package uk.foitracker.rules.checks;

/** The recorded outcome of a question, as the checks see it. */
public enum QuestionOutcome {
  PROVIDED_IN_FULL,
  PROVIDED_IN_PART,
  NOT_HELD,
  REFUSED_COST_LIMIT,
  REFUSED_EXEMPTION,
  NEITHER_CONFIRM_NOR_DENY,
  RELATED_INFORMATION_GIVEN,
  NOT_STATED;

  /** True when some of the information asked for is not given. */
  public boolean refuses() {
    return this == PROVIDED_IN_PART
        || this == NOT_HELD
        || this == REFUSED_COST_LIMIT
        || this == REFUSED_EXEMPTION
        || this == NEITHER_CONFIRM_NOR_DENY;
  }
}
