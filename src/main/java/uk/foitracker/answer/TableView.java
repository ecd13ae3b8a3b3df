package uk.foitracker.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.checks.StatedTotals;
import uk.foitracker.rules.checks.TableFacts;
import uk.foitracker.web.StatuteLabels;

/**
 * A table of an answer as it is published and previewed: its column groups, columns and rows of
 * cells, whether it has a header row, what its blank cells mean and the note under it. Part of the
 * published case, and what {@link TableDraft} shows before the table is saved.
 *
 * @param headerRow false for a table without a row of column headings (label/value pairs); null for
 *     a table published before it was asked (it has one)
 * @param blankMeans what a blank cell means, as the table's key says; null for a table stored
 *     before it was asked (its blanks were stored as "-", not held)
 * @param note the note under the table (a caveat, a key for "-" or "<5"), or null
 * @param dashMeans what a "-" means when the officer said so (zero, say); null when "-" is read as
 *     not held, as before
 * @param countsPeople true when the officer marked the table as counting people (children, staff,
 *     victims), not events; null when not known (a preview, or published before it was asked)
 */
public record TableView(
    int number,
    String caption,
    String cornerLabel,
    List<ColumnGroupView> columnGroups,
    List<ColumnView> columns,
    List<RowView> rows,
    Boolean headerRow,
    BlankMeaning blankMeans,
    String note,
    BlankMeaning dashMeans,
    Boolean countsPeople) {

  /** A table not marked as counting people (null: not asked, or published before it was). */
  public TableView(
      int number,
      String caption,
      String cornerLabel,
      List<ColumnGroupView> columnGroups,
      List<ColumnView> columns,
      List<RowView> rows,
      Boolean headerRow,
      BlankMeaning blankMeans,
      String note,
      BlankMeaning dashMeans) {
    this(
        number,
        caption,
        cornerLabel,
        columnGroups,
        columns,
        rows,
        headerRow,
        blankMeans,
        note,
        dashMeans,
        null);
  }

  /** A table with a header row, no stated blank meaning and no note (as before). */
  public TableView(
      int number,
      String caption,
      String cornerLabel,
      List<ColumnGroupView> columnGroups,
      List<ColumnView> columns,
      List<RowView> rows) {
    this(number, caption, cornerLabel, columnGroups, columns, rows, true, null, null, null, null);
  }

  /** Whether the table has a row of column headings (every table published before it was asked). */
  public boolean hasHeaderRow() {
    return !Boolean.FALSE.equals(headerRow);
  }

  /** True when any column sits under a group heading, so the table needs two header rows. */
  public boolean grouped() {
    return columns.stream().anyMatch(c -> c.group() != null);
  }

  /** "A blank cell means zero": the key for the table's blank cells, when it has any. */
  public String blankKey() {
    if (blankMeans == null
        || rows.stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c.text().isEmpty())) {
      return null;
    }
    return switch (blankMeans) {
      case NOT_STATED -> "A blank cell: the response does not say what it means.";
      case ZERO -> "A blank cell means zero.";
      case NOT_HELD -> "A blank cell means the information is not held.";
      case NOT_APPLICABLE -> "A blank cell means not applicable.";
    };
  }

  /** "A '-' means zero": the key for the table's dashes, when the officer said what they mean. */
  public String dashKey() {
    if (dashMeans == null
        || rows.stream()
            .flatMap(r -> r.cells().stream())
            .noneMatch(c -> c.text().equals("-") || c.text().equals("–") || c.text().equals("—"))) {
      return null;
    }
    return switch (dashMeans) {
      case NOT_STATED -> "A '-': the response does not say what it means.";
      case ZERO -> "A '-' means zero.";
      case NOT_HELD -> "A '-' means the information is not held.";
      case NOT_APPLICABLE -> "A '-' means not applicable.";
    };
  }

  /** A run of adjacent columns under one group heading; label null for ungrouped columns. */
  public record ColumnGroupView(String label, int span) {}

  /** A column; {@code total} when it states the total of each row. */
  public record ColumnView(String group, String label, boolean total) {
    public ColumnView(String group, String label) {
      this(group, label, false);
    }
  }

  /** A row; {@code total} when it states the totals of the rows above it. */
  public record RowView(String header, List<CellView> cells, boolean total) {
    public RowView(String header, List<CellView> cells) {
      this(header, cells, false);
    }
  }

  /**
   * A cell: its state, the count ({@code value}, a whole number written without a unit), the text
   * as sent, and for any value its number with its precision ({@code amount}) and {@code unit}.
   */
  public record CellView(CellState state, Long value, String text, BigDecimal amount, String unit) {
    public CellView {
      if (amount == null && value != null) {
        amount = BigDecimal.valueOf(value);
      }
    }

    public CellView(CellState state, Long value, String text) {
      this(state, value, text, null, null);
    }

    public String stateLabel() {
      return StatuteLabels.label(state);
    }
  }

  /** The table's facts for the rules (columns labelled with their group, as the auditor reads). */
  public TableFacts facts() {
    List<String> labels =
        columns.stream()
            .map(c -> c.group() == null ? c.label() : c.group() + " " + c.label())
            .toList();
    List<Integer> totals =
        IntStream.range(0, columns.size()).filter(i -> columns.get(i).total()).boxed().toList();
    return new TableFacts(
        caption,
        labels,
        rows.stream()
            .map(
                r ->
                    new TableFacts.Row(
                        r.header(),
                        r.cells().stream()
                            .map(
                                c ->
                                    new TableFacts.Cell(
                                        c.state(),
                                        c.value(),
                                        Objects.toString(c.text(), ""),
                                        c.amount()))
                            .toList(),
                        r.total()))
            .toList(),
        totals,
        Boolean.TRUE.equals(countsPeople));
  }

  /**
   * Each stated total that differs from the sum of its cells, said for the officer before sending:
   * "Table 1 (Crimes by year): Total, Number of crimes: the stated total is 2500 but ...".
   */
  public List<String> totalsWarnings() {
    List<String> warnings = new ArrayList<>();
    for (StatedTotals.Mismatch m : StatedTotals.mismatches(facts())) {
      warnings.add("Table " + number + " (" + caption + "): " + m.message());
    }
    return warnings;
  }

  /** Adjacent columns with the same group label become one group heading spanning them. */
  public static List<ColumnGroupView> groups(List<ColumnView> columns) {
    List<ColumnGroupView> groups = new ArrayList<>();
    String current = null;
    int span = 0;
    for (ColumnView c : columns) {
      if (span > 0 && Objects.equals(current, c.group())) {
        span++;
      } else {
        if (span > 0) {
          groups.add(new ColumnGroupView(current, span));
        }
        current = c.group();
        span = 1;
      }
    }
    if (span > 0) {
      groups.add(new ColumnGroupView(current, span));
    }
    return groups;
  }
}
