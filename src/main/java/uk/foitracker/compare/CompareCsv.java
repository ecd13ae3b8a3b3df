package uk.foitracker.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.foitracker.compare.ComparisonView.Grid;
import uk.foitracker.compare.ComparisonView.GridCell;
import uk.foitracker.compare.ComparisonView.GridRow;
import uk.foitracker.web.CsvCells;

/**
 * The aligned tables of a batch as CSV, one line per aligned cell: the aligned table, row and
 * column, the authority, the cell's state (never a zero for a cell not held, withheld or absent),
 * its figure and text, and where it came from (the case, its table, the row and column as written).
 */
final class CompareCsv {
  private CompareCsv() {}

  static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  static final String[] HEADER = {
    "aligned_table",
    "aligned_table_title",
    "row",
    "column",
    "authority",
    "state",
    "state_label",
    "value",
    "text",
    "case",
    "case_table",
    "case_row",
    "case_column",
    "row_as_written",
    "column_as_written"
  };

  /** Every aligned table's cells, written as the tables are made (one at a time). */
  static void write(Stream<Grid> tables, Writer out) {
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.print(p, Arrays.asList(HEADER));
      for (Grid g : (Iterable<Grid>) tables::iterator) {
        for (GridRow r : g.rows()) {
          for (GridCell c : r.cells()) {
            CsvCells.print(
                p,
                Arrays.asList(
                    g.number(),
                    g.title(),
                    r.head().label(),
                    c.column(),
                    c.authority(),
                    c.state(),
                    c.stateLabel(),
                    c.value() == null ? "" : c.value(),
                    c.text() == null ? "" : c.text(),
                    c.caseSlug() == null ? "" : c.caseSlug(),
                    c.table() == null ? "" : c.table(),
                    c.row() == null ? "" : c.row(),
                    c.sourceColumn() == null ? "" : c.sourceColumn(),
                    c.rowLabel() == null ? "" : c.rowLabel(),
                    c.columnLabel() == null ? "" : c.columnLabel()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
