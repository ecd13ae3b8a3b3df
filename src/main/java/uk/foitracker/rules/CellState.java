package uk.foitracker.rules;

/**
 * What a table cell holds. "Not held" is not an empty number, and never becomes zero. Labels and
 * CSS modifiers are display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum CellState {
  VALUE,
  NOT_HELD,
  SUPPRESSED,
  NIL
}
