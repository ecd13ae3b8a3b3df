package uk.foitracker.rules;

/**
 * What sort of provision: an exemption (absolute or qualified, FOIA s.2), a denial, procedure...
 * Labels are display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum ProvisionKind {
  DENIAL,
  PROCEDURE,
  COST_LIMIT,
  REFUSAL,
  ADVICE,
  ABSOLUTE,
  QUALIFIED;

  public boolean isExemption() {
    return this == ABSOLUTE || this == QUALIFIED;
  }
}
