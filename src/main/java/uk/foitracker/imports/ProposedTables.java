package uk.foitracker.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.imports.ImportProposal.ProposedCell;
import uk.foitracker.imports.ImportProposal.ProposedRow;
import uk.foitracker.imports.ImportProposal.ProposedTable;
import uk.foitracker.rules.BlankMeaning;

/**
 * A proposed table as the response's table editor takes it: a grid of header rows and rows of
 * figures, and a layout saying what its blanks and dashes mean (as the reader read them), which
 * rows are totals and whether it counts people (when the question it answers says so). A table the
 * letter gives no caption is entered under a caption saying so, never one made up.
 */
final class ProposedTables {
  private ProposedTables() {}

  /** The grid: the header rows (a group row first), then each row's header and cells. */
  static List<List<String>> grid(ProposedTable t) {
    int depth = headerRows(t);
    List<List<String>> grid = new ArrayList<>();
    for (int level = 0; level < depth; level++) {
      List<String> line = new ArrayList<>();
      // the corner label sits over the row headers, in the lowest header row
      line.add(level == depth - 1 && t.cornerLabel() != null ? t.cornerLabel() : "");
      String previous = null;
      for (List<String> column : t.columnHeaders()) {
        int offset = depth - column.size();
        String label = level < offset ? "" : column.get(level - offset);
        // a group spans its columns: written once, over the first of them
        boolean group = level < depth - 1;
        line.add(group && label.equals(previous) ? "" : label);
        previous = label;
      }
      grid.add(line);
    }
    for (ProposedRow r : t.rows()) {
      List<String> line = new ArrayList<>();
      line.add(String.join(" ", r.header()));
      r.cells().forEach(c -> line.add(c.text()));
      grid.add(line);
    }
    return grid;
  }

  /**
   * The layout: caption, header rows, blank and dash meanings, total rows (1-based in the grid).
   */
  static TableDraft.Layout layout(ProposedTable t, int number) {
    int depth = headerRows(t);
    Set<Integer> totals = new LinkedHashSet<>();
    t.totalRows().forEach(i -> totals.add(depth + i + 1));
    String caption =
        t.caption() == null || t.caption().isBlank()
            ? "Table " + number + " (the letter gives it no caption)"
            : t.caption();
    return new TableDraft.Layout(
        caption,
        depth,
        true,
        meaning(t, ""),
        meaning(t, "-"),
        totals,
        null,
        null,
        Boolean.TRUE.equals(t.countsPeople()));
  }

  private static int headerRows(ProposedTable t) {
    return Math.min(2, t.columnHeaders().stream().mapToInt(List::size).max().orElse(0));
  }

  /**
   * What a blank or a dash means in this table, from the state the reader gave such cells; null
   * when the table has no such cell (the letter has nothing to say about it, and nothing is
   * entered).
   */
  private static BlankMeaning meaning(ProposedTable t, String written) {
    for (ProposedRow r : t.rows()) {
      for (ProposedCell c : r.cells()) {
        if (c.text().strip().equals(written)) {
          return switch (c.state()) {
            case "ZERO" -> BlankMeaning.ZERO;
            case "NOT_HELD" -> BlankMeaning.NOT_HELD;
            default -> BlankMeaning.NOT_STATED;
          };
        }
      }
    }
    return null;
  }
}
