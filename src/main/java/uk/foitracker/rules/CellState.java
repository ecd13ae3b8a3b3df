package uk.foitracker.rules;

/**
 * What a table cell holds. "Not held" is not an empty number, and never becomes zero. Labels and
 * CSS modifiers are display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum CellState {
  VALUE,
  NOT_HELD,
  SUPPRESSED,
  NIL,
  /** Does not apply to this row and column (a blank the authority says means "not applicable"). */
  NOT_APPLICABLE,
  /** Blank in the response, which does not say what a blank means: nothing is assumed. */
  NOT_STATED
}
