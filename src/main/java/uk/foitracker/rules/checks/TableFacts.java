package uk.foitracker.rules.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.foitracker.rules.CellState;

/**
 * A table of an answer.
 *
 * @param caption its caption
 * @param columns each column's label with its group, e.g. "CSE 10-14"
 * @param rows each row's header and cells, in column order
 * @param totalColumns the (0-based) positions of the columns that state totals, e.g. "Grand Total"
 * @param countsPeople whether the officer marked the table as counting people (children, staff,
 *     victims), not events (crimes, incidents, reports): only counts of people can identify them
 */
public record TableFacts(
    String caption,
    List<String> columns,
    List<Row> rows,
    List<Integer> totalColumns,
    boolean countsPeople) {

  /** A table not marked as counting people. */
  public TableFacts(
      String caption, List<String> columns, List<Row> rows, List<Integer> totalColumns) {
    this(caption, columns, rows, totalColumns, false);
  }

  public TableFacts {
    Objects.requireNonNull(caption, "caption");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    totalColumns = totalColumns == null ? List.of() : List.copyOf(totalColumns);
  }

  /** A table with no total column. */
  public TableFacts(String caption, List<String> columns, List<Row> rows) {
    this(caption, columns, rows, List.of());
  }

  /**
   * A row.
   *
   * @param total whether the row states totals of the rows above it ("Total", "Grand Total")
   */
  public record Row(String header, List<Cell> cells, boolean total) {
    public Row {
      Objects.requireNonNull(header, "header");
      cells = List.copyOf(cells);
    }

    public Row(String header, List<Cell> cells) {
      this(header, cells, false);
    }
  }

  /**
   * A cell.
   *
   * @param kind value, not held, suppressed or nil
   * @param value the number, for a value
   * @param text as published
   * @param amount the number of a value with its precision (12.5 for "12.5%"), or null
   */
  public record Cell(CellState kind, Long value, String text, BigDecimal amount) {
    public Cell {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (amount == null && value != null) {
        amount = BigDecimal.valueOf(value);
      }
    }

    public Cell(CellState kind, Long value, String text) {
      this(kind, value, text, null);
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
