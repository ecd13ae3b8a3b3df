package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Objects;
import uk.foitracker.rules.CellState;

/**
 * A table of an answer.
 *
 * @param caption its caption
 * @param columns each column's label with its group, e.g. "CSE 10-14"
 * @param rows each row's header and cells, in column order
 */
public record TableFacts(String caption, List<String> columns, List<Row> rows) {

  public TableFacts {
    Objects.requireNonNull(caption, "caption");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public record Row(String header, List<Cell> cells) {
    public Row {
      Objects.requireNonNull(header, "header");
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell.
   *
   * @param kind value, not held, suppressed or nil
   * @param value the number, for a value
   * @param text as published
   */
  public record Cell(CellState kind, Long value, String text) {
    public Cell {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }

    public static Cell of(long value) {
      return new Cell(CellState.VALUE, value, String.valueOf(value));
    }

    public static Cell notHeld() {
      return new Cell(CellState.NOT_HELD, null, "-");
    }
  }

  /** The content that a reader compares: columns, row headers and cell texts (not the caption). */
  public String content() {
    StringBuilder b = new StringBuilder(String.join("|", columns));
    for (Row r : rows) {
      b.append('\n').append(r.header());
      r.cells().forEach(c -> b.append('|').append(c.kind()).append(':').append(c.text()));
    }
    return b.toString();
  }
}
