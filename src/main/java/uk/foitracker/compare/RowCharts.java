package uk.foitracker.compare;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.compare.ComparisonView.Bar;
import uk.foitracker.compare.ComparisonView.Chart;
import uk.foitracker.compare.ComparisonView.GridCell;
import uk.foitracker.compare.ComparisonView.GridRow;

/**
 * The chart of each aligned row across authorities, drawn on the server as inline SVG the way the
 * statistics page draws its charts: a bar for each authority's figure in one column (the total
 * column when the table has one, else its last column, named in the title). A cell with no figure
 * (not held, withheld, not stated, absent) has no bar and its state written instead, so it never
 * looks like a zero.
 */
final class RowCharts {
  private RowCharts() {}

  static final int WIDTH = 560;
  static final int LABEL_WIDTH = 260;
  static final int BAR_AREA = 220;
  static final int ROW = 22;
  static final int BAR = 16;
  static final int TOP = 8;

  static Chart of(String id, GridRow row, String columnKey, String columnLabel) {
    List<GridCell> cells =
        row.cells().stream().filter(c -> c.columnKey().equals(columnKey)).toList();
    long max = 0;
    for (GridCell c : cells) {
      if (c.figure() && c.value() != null) {
        max = Math.max(max, c.value());
      }
    }
    List<Bar> bars = new ArrayList<>();
    String title = row.head().label() + " (" + columnLabel + ")";
    StringBuilder desc = new StringBuilder(title).append(". ");
    int y = TOP;
    for (GridCell c : cells) {
      String label = c.authority();
      long v = c.figure() && c.value() != null ? c.value() : 0;
      int w = max <= 0 || !c.figure() ? 0 : (int) Math.round((double) v / max * BAR_AREA);
      bars.add(new Bar(label, c.shown(), y, w, y + BAR - 4, LABEL_WIDTH + w + 4));
      desc.append(label).append(": ").append(c.shown()).append(". ");
      y += ROW;
    }
    return new Chart(id, title, desc.toString().strip(), y + TOP, bars);
  }
}
