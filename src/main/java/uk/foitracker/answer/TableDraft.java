package uk.foitracker.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.foitracker.rules.CellState;
import uk.foitracker.web.Problem;
import uk.foitracker.web.ValidationProblem;

/**
 * A table read from a grid with the officer's layout, ready to preview and, once confirmed, to
 * save. Cells are parsed as published ({@link CellText}); a blank cell becomes "-" (not held).
 *
 * @param notHeldCells how many cells read "-" or were blank: the officer must confirm they mean
 *     "not held" before the table is saved
 */
public record TableDraft(
    String caption, String cornerLabel, List<Column> columns, List<Row> rows, int notHeldCells) {

  public record Column(String group, String label) {}

  public record Row(String header, List<CellText> cells) {}

  /** How the officer reads the grid. */
  public record Layout(String caption, int headerRows, boolean notHeldConfirmed) {}

  /** Reads {@code grid} (rectangular, from {@link TableGrids}) with {@code layout}. */
  public static TableDraft read(List<List<String>> grid, Layout layout, String sourceField) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String caption = layout.caption() == null ? "" : layout.caption().strip();
    if (caption.isEmpty()) {
      errors.add(
          new Problem.FieldError("caption", "Enter a caption that says what the table shows"));
    } else if (caption.length() > 400) {
      errors.add(new Problem.FieldError("caption", "The caption must be 400 characters or fewer"));
    }
    int headerRows = layout.headerRows();
    if (headerRows != 1 && headerRows != 2) {
      errors.add(
          new Problem.FieldError(
              "headerRows",
              "Choose 1 header row, or 2 when the first row groups the columns (such as CSE over"
                  + " 10-14 and 15-19)"));
      throw new ValidationProblem(errors);
    }
    if (grid.size() <= headerRows) {
      errors.add(
          new Problem.FieldError(
              sourceField, "This is not a table: there is no row of figures under the header"));
      throw new ValidationProblem(errors);
    }
    int width = grid.get(0).size();
    List<String> labels = grid.get(headerRows - 1);
    List<Column> columns = new ArrayList<>();
    String group = null;
    for (int c = 1; c < width; c++) {
      if (headerRows == 2) {
        String g = grid.get(0).get(c);
        if (!g.isEmpty()) {
          group = g;
        }
      }
      String label = labels.get(c);
      if (label.isEmpty()) {
        errors.add(
            new Problem.FieldError(
                sourceField,
                "Column " + TableGrids.column(c) + " has no heading in row " + headerRows));
      }
      columns.add(new Column(group, label));
    }
    String corner = null;
    for (int r = headerRows - 1; r >= 0 && corner == null; r--) {
      if (!grid.get(r).get(0).isEmpty()) {
        corner = grid.get(r).get(0);
      }
    }
    List<Row> rows = rows(grid, headerRows, width, sourceField, errors);
    int notHeld =
        (int)
            rows.stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.state() == CellState.NOT_HELD)
                .count();
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors.stream().limit(20).toList());
    }
    return new TableDraft(caption, corner, columns, rows, notHeld);
  }

  /** The rows under the header, each cell parsed; a cell that does not read is an error. */
  private static List<Row> rows(
      List<List<String>> grid,
      int headerRows,
      int width,
      String sourceField,
      List<Problem.FieldError> errors) {
    List<Row> rows = new ArrayList<>();
    for (int r = headerRows; r < grid.size(); r++) {
      List<String> line = grid.get(r);
      String header = line.get(0);
      if (header.isEmpty()) {
        errors.add(
            new Problem.FieldError(
                sourceField, "Row " + (r + 1) + " has no row header in column A"));
      }
      List<CellText> cells = new ArrayList<>();
      for (int c = 1; c < width; c++) {
        String raw = line.get(c);
        try {
          CellText cell = CellText.parse(raw.isEmpty() ? "-" : raw);
          cells.add(cell);
        } catch (IllegalArgumentException e) {
          errors.add(
              new Problem.FieldError(
                  sourceField,
                  "Row "
                      + (r + 1)
                      + ", column "
                      + TableGrids.column(c)
                      + " reads \""
                      + raw
                      + "\": enter a number, \"-\" or leave it blank for not held, or \"<5\" for a"
                      + " suppressed small number"));
        }
      }
      rows.add(new Row(header, cells));
    }
    return rows;
  }

  /** Refuses to save while "-" or blank cells have not been confirmed as not held. */
  public void requireConfirmation(Layout layout) {
    if (notHeldCells > 0 && !layout.notHeldConfirmed()) {
      throw ValidationProblem.of(
          "notHeldConfirmed",
          notHeldCells
              + (notHeldCells == 1 ? " cell is" : " cells are")
              + " \"-\" or blank: confirm that "
              + (notHeldCells == 1 ? "it means" : "they mean")
              + " the information is not held");
    }
  }

  /** The table as it will be published, numbered {@code number}. */
  public TableView toView(int number) {
    List<TableView.ColumnView> cols =
        columns.stream().map(c -> new TableView.ColumnView(c.group(), c.label())).toList();
    return new TableView(
        number,
        caption,
        cornerLabel,
        TableView.groups(cols),
        cols,
        rows.stream()
            .map(
                r ->
                    new TableView.RowView(
                        r.header(),
                        r.cells().stream()
                            .map(c -> new TableView.CellView(c.state(), c.value(), c.text()))
                            .toList()))
            .toList());
  }

  public int suppressedCells() {
    return (int)
        rows.stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> Objects.equals(c.state(), CellState.SUPPRESSED))
            .count();
  }
}
