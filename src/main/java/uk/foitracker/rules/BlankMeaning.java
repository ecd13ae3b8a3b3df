package uk.foitracker.rules;

import java.util.Locale;

/**
 * What a blank cell (or a "-") of one answer table means, as the authority's table says or the
 * officer states it: never assumed. {@link #NOT_STATED} is the default, so that a blank the
 * response does not explain is published as blank and "not stated", not as zero or as not held.
 */
public enum BlankMeaning {
  NOT_STATED,
  ZERO,
  NOT_HELD,
  NOT_APPLICABLE;

  /** The state a cell with this meaning has. */
  public CellState state() {
    return switch (this) {
      case NOT_STATED -> CellState.NOT_STATED;
      case ZERO -> CellState.VALUE;
      case NOT_HELD -> CellState.NOT_HELD;
      case NOT_APPLICABLE -> CellState.NOT_APPLICABLE;
    };
  }

  /**
   * The meaning named {@code name} (case, spaces and hyphens ignored; "unknown" is not stated), or
   * null when it names none.
   */
  public static BlankMeaning of(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (n.equals("UNKNOWN")) {
      return NOT_STATED;
    }
    for (BlankMeaning m : values()) {
      if (m.name().equals(n)) {
        return m;
      }
    }
    return null;
  }
}
