package uk.foitracker.rules;

/** What a table cell holds. "Not held" is not an empty number, and never becomes zero. */
public enum CellState {
  VALUE("Value"),
  NOT_HELD("Not held"),
  SUPPRESSED("Withheld (small number)"),
  NIL("Nil");

  private final String label;

  CellState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
