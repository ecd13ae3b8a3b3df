package uk.foitracker.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.checks.StatedTotals;
import uk.foitracker.rules.checks.TableFacts;
import uk.foitracker.web.Problem;
import uk.foitracker.web.ValidationProblem;

/**
 * A table read from a grid with the officer's layout, ready to preview and, once confirmed, to
 * save. Cells are parsed as published ({@link CellText}). What a blank cell means is the table's
 * own ({@code blankMeans}): zero, not held, not applicable, or not stated (nothing assumed); a
 * table read without one (as before) reads a blank as "-", not held. Rows and columns labelled
 * "Total" or "Grand Total" are totals unless the officer says which are.
 *
 * @param notHeldCells how many cells read "-" or were blank and mean not held: unless the officer
 *     chose that meaning for the table, they must confirm it before the table is saved
 * @param headerRow false when the table has no row of column headings (a list of label/value pairs)
 * @param blankMeans what a blank cell means; null for a table read without the choice (as before)
 * @param dashMeans what a "-" means; null for not held, confirmed by the officer (as before)
 * @param note the note under the table (a caveat, a key for "-" or "<5"), or null
 * @param notHeldChosen whether the officer chose "not held" for every cell that reads as not held
 */
public record TableDraft(
    String caption,
    String cornerLabel,
    List<Column> columns,
    List<Row> rows,
    int notHeldCells,
    boolean headerRow,
    BlankMeaning blankMeans,
    BlankMeaning dashMeans,
    String note,
    boolean notHeldChosen) {

  public static final int MAX_NOTE_CHARS = 2000;

  /** A table with a header row, read as before: no blank meaning, no totals, no note. */
  public TableDraft(
      String caption, String cornerLabel, List<Column> columns, List<Row> rows, int notHeldCells) {
    this(caption, cornerLabel, columns, rows, notHeldCells, true, null, null, null, false);
  }

  /** A column; {@code total} when it states the total of each row ("Grand Total"). */
  public record Column(String group, String label, boolean total) {
    public Column(String group, String label) {
      this(group, label, false);
    }
  }

  /** A row; {@code total} when it states the totals of the rows above it ("Total"). */
  public record Row(String header, List<CellText> cells, boolean total) {
    public Row(String header, List<CellText> cells) {
      this(header, cells, false);
    }
  }

  /**
   * How the officer reads the grid.
   *
   * @param headerRows 0 (no header row: label/value pairs), 1, or 2 (grouped headings)
   * @param blankMeans what a blank cell means; null reads it as "-", not held (as before)
   * @param dashMeans what a "-" means; null for not held, to be confirmed
   * @param totalRows the rows (numbered as in the grid, from 1) that are totals; null to find them
   *     by their label ("Total", "Grand Total")
   * @param totalColumns the columns (lettered as in a spreadsheet: "G") that are totals; null to
   *     find them by their heading
   * @param note the note under the table, or null
   */
  public record Layout(
      String caption,
      int headerRows,
      boolean notHeldConfirmed,
      BlankMeaning blankMeans,
      BlankMeaning dashMeans,
      Set<Integer> totalRows,
      Set<String> totalColumns,
      String note,
      boolean countsPeople) {
    public Layout(String caption, int headerRows, boolean notHeldConfirmed) {
      this(caption, headerRows, notHeldConfirmed, null, null, null, null, null);
    }

    /** A layout of a table not marked as counting people. */
    public Layout(
        String caption,
        int headerRows,
        boolean notHeldConfirmed,
        BlankMeaning blankMeans,
        BlankMeaning dashMeans,
        Set<Integer> totalRows,
        Set<String> totalColumns,
        String note) {
      this(
          caption,
          headerRows,
          notHeldConfirmed,
          blankMeans,
          dashMeans,
          totalRows,
          totalColumns,
          note,
          false);
    }
  }

  /**
   * The rows an officer lists as totals: "8" or "8, 12"; blank for those labelled as totals (null);
   * "none" for none. A list that does not read is a field error on {@code field}.
   */
  public static Set<Integer> rowList(String typed, String field) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Set<Integer> rows = new TreeSet<>();
    if (typed.strip().equalsIgnoreCase("none")) {
      return rows;
    }
    for (String part : typed.split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!part.matches("\\d{1,4}")) {
        throw ValidationProblem.of(
            field, "List the total rows by number, such as 8 or 8, 12, or enter none");
      }
      rows.add(Integer.parseInt(part));
    }
    return rows;
  }

  /** The columns an officer lists as totals: "G" or "F, G"; blank to find them; "none" for none. */
  public static Set<String> columnList(String typed, String field) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Set<String> columns = new TreeSet<>();
    if (typed.strip().equalsIgnoreCase("none")) {
      return columns;
    }
    for (String part : typed.split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!part.matches("[A-Za-z]{1,2}")) {
        throw ValidationProblem.of(
            field, "List the total columns by letter, such as G or F, G, or enter none");
      }
      columns.add(part.toUpperCase(Locale.ROOT));
    }
    return columns;
  }

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
    String note = layout.note() == null || layout.note().isBlank() ? null : layout.note().strip();
    if (note != null && note.length() > MAX_NOTE_CHARS) {
      errors.add(
          new Problem.FieldError(
              "note", "The note must be " + MAX_NOTE_CHARS + " characters or fewer"));
    }
    int headerRows = layout.headerRows();
    if (headerRows < 0 || headerRows > 2) {
      errors.add(
          new Problem.FieldError(
              "headerRows",
              "Choose 1 header row, 2 when the first row groups the columns (such as CSE over"
                  + " 10-14 and 15-19), or none for a list of labels and values"));
      throw new ValidationProblem(errors);
    }
    if (grid.size() <= headerRows) {
      errors.add(
          new Problem.FieldError(
              sourceField, "This is not a table: there is no row of figures under the header"));
      throw new ValidationProblem(errors);
    }
    int width = grid.get(0).size();
    for (String letter : layout.totalColumns() == null ? Set.<String>of() : layout.totalColumns()) {
      if (columnIndex(letter) < 1 || columnIndex(letter) >= width) {
        errors.add(
            new Problem.FieldError(
                "totalColumns",
                "Column "
                    + letter
                    + " is not a column of figures: they are B to "
                    + TableGrids.column(width - 1)));
      }
    }
    for (int row : layout.totalRows() == null ? Set.<Integer>of() : layout.totalRows()) {
      if (row <= headerRows || row > grid.size()) {
        errors.add(
            new Problem.FieldError(
                "totalRows",
                "Row "
                    + row
                    + " is not a row of figures: they are rows "
                    + (headerRows + 1)
                    + " to "
                    + grid.size()));
      }
    }
    List<Column> columns = new ArrayList<>();
    String group = null;
    for (int c = 1; c < width; c++) {
      if (headerRows == 2) {
        String g = grid.get(0).get(c);
        if (!g.isEmpty()) {
          group = g;
        }
      }
      String label = headerRows == 0 ? "" : grid.get(headerRows - 1).get(c);
      if (label.isEmpty() && headerRows > 0) {
        errors.add(
            new Problem.FieldError(
                sourceField,
                "Column " + TableGrids.column(c) + " has no heading in row " + headerRows));
      }
      boolean total =
          layout.totalColumns() == null
              ? headerRows > 0 && StatedTotals.isTotalLabel(label)
              : layout.totalColumns().contains(TableGrids.column(c));
      columns.add(new Column(group, label, total));
    }
    String corner = null;
    for (int r = headerRows - 1; r >= 0 && corner == null; r--) {
      if (!grid.get(r).get(0).isEmpty()) {
        corner = grid.get(r).get(0);
      }
    }
    int[] toConfirm = {0};
    List<Row> rows = rows(grid, layout, width, sourceField, errors, toConfirm);
    int notHeld =
        (int)
            rows.stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.state() == CellState.NOT_HELD)
                .count();
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors.stream().limit(20).toList());
    }
    return new TableDraft(
        caption,
        corner,
        columns,
        rows,
        notHeld,
        headerRows > 0,
        layout.blankMeans(),
        layout.dashMeans(),
        note,
        toConfirm[0] == 0);
  }

  /** "G" as the 0-based index of the grid column (6); -1 when it is not a column letter. */
  static int columnIndex(String letters) {
    int n = 0;
    for (char ch : letters.toUpperCase(Locale.ROOT).toCharArray()) {
      if (ch < 'A' || ch > 'Z') {
        return -1;
      }
      n = n * 26 + (ch - 'A' + 1);
    }
    return n - 1;
  }

  /** The rows under the header, each cell parsed; a cell that does not read is an error. */
  private static List<Row> rows(
      List<List<String>> grid,
      Layout layout,
      int width,
      String sourceField,
      List<Problem.FieldError> errors,
      int[] toConfirm) {
    List<Row> rows = new ArrayList<>();
    for (int r = layout.headerRows(); r < grid.size(); r++) {
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
          CellText cell;
          if (raw.isEmpty() && layout.blankMeans() != null) {
            cell = CellText.blank(layout.blankMeans());
          } else {
            cell = CellText.parse(raw.isEmpty() ? "-" : raw);
            if (cell.state() == CellState.NOT_HELD && layout.dashMeans() != null) {
              cell = cell.meaning(layout.dashMeans());
            } else if (cell.state() == CellState.NOT_HELD) {
              toConfirm[0]++;
            }
          }
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
                      + "\": enter a number (it may have its unit, such as £12,345, 12.5% or 8"
                      + " FTE), \"-\", \"<5\" for a suppressed small number, or leave it blank"));
        }
      }
      boolean total =
          layout.totalRows() == null
              ? StatedTotals.isTotalLabel(header)
              : layout.totalRows().contains(r + 1);
      rows.add(new Row(header, cells, total));
    }
    return rows;
  }

  /** Refuses to save while "-" or blank cells read as not held have not been confirmed. */
  public void requireConfirmation(Layout layout) {
    if (notHeldCells > 0 && !notHeldChosen && !layout.notHeldConfirmed()) {
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
        columns.stream()
            .map(c -> new TableView.ColumnView(c.group(), c.label(), c.total()))
            .toList();
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
                            .map(
                                c ->
                                    new TableView.CellView(
                                        c.state(), c.value(), c.text(), c.amount(), c.unit()))
                            .toList(),
                        r.total()))
            .toList(),
        headerRow,
        blankMeans,
        note,
        dashMeans);
  }

  /** The table's facts for the rules: its stated totals are checked before it is saved. */
  public TableFacts facts() {
    return toView(1).facts();
  }

  /** Each stated total that differs from the sum of its cells, said for the officer. */
  public List<String> totalsWarnings() {
    return toView(1).totalsWarnings();
  }

  public int suppressedCells() {
    return (int)
        rows.stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> Objects.equals(c.state(), CellState.SUPPRESSED))
            .count();
  }
}
