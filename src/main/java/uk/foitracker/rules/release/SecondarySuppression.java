package uk.foitracker.rules.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small numbers in a table that can still be worked out. FOIA s.40(2) (EIR reg 13): a count of
 * people small enough to identify them is personal data of a third party ("identified or
 * identifiable, directly or indirectly", DPA 2018 s.3(2)-(3), as the ICO's guidance on section 40
 * and regulation 13, part one, "Is the request for personal data?", reads it), so authorities
 * suppress it ("&lt;5", "[c]", "*"). Whether a small number identifies is judged against everything
 * a motivated intruder could combine with it (Information Commissioner v Miller [2018] UKUT 229
 * (AAC), on counts of five or fewer); the table's own totals are the first thing to hand.
 * Suppressing one cell is therefore not enough when the table publishes its totals: as the
 * statistical disclosure control handbook (ESSnet, "Handbook on Statistical Disclosure Control",
 * tabular data) puts it, in a row or column with a suppressed cell at least one more cell must be
 * suppressed ("secondary suppression"), or the value can be calculated exactly by subtraction from
 * the marginal total. This rule does the subtraction:
 *
 * <ul>
 *   <li>a row (or column) with a total whose only suppressed cell is derived exactly: total minus
 *       the other published cells;
 *   <li>a row with several suppressed cells, each below a known bound ("&lt;5" is at most 4; "[c]"
 *       and "*" at most one less than the authority's threshold): a cell is derived when the bounds
 *       of the others leave it one value (total 9 − 1 = 8 for two cells each at most 4: both are
 *       4);
 *   <li>a derived cell is then known, so a column total can give away a cell that its row could not
 *       (repeated until nothing more is found).
 * </ul>
 *
 * And {@link #smallCounts}: a published count from 1 to one less than the threshold in a table the
 * officer marked as counting people (counts of events are not people). Pure: no I/O.
 */
public final class SecondarySuppression {
  private SecondarySuppression() {}

  /** What a cell holds, for the arithmetic. */
  public enum Kind {
    /** A published whole number. */
    NUMBER,
    /** Suppressed for being small: "&lt;5", "[c]", "*". */
    SUPPRESSED,
    /** Anything else: not held, not applicable, text. A line with one is not derived. */
    OTHER
  }

  /**
   * A cell: its kind, its value when a number, and its text as published.
   *
   * @param bound for a suppressed cell, the largest value it can hold ("&lt;5": 4), or null when
   *     the text gives none
   */
  public record Cell(Kind kind, Long value, String text, Long bound) {
    private static final Pattern LESS_THAN =
        Pattern.compile("(?:<|fewer than|less than)\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:,\\d{3})*|-?\\d+");
    private static final Pattern MARKER =
        Pattern.compile("\\[?(?:c|x|low|s|suppressed|redacted)\\]?|\\*|~|\\*\\*");

    /** A cell read from its published text. */
    public static Cell read(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      if (NUMBER.matcher(t).matches()) {
        return number(Long.parseLong(t.replace(",", "")), text.strip());
      }
      Matcher less = LESS_THAN.matcher(t);
      if (less.matches()) {
        return suppressed(text.strip(), Math.max(0, Long.parseLong(less.group(1)) - 1));
      }
      if (MARKER.matcher(t).matches()) {
        return suppressed(text.strip(), null);
      }
      return new Cell(Kind.OTHER, null, text == null ? "" : text.strip(), null);
    }

    public static Cell number(long value, String text) {
      return new Cell(Kind.NUMBER, value, text, null);
    }

    /** A suppressed cell: "&lt;5" has the bound 4; "[c]" has none of its own (null). */
    public static Cell suppressed(String text, Long bound) {
      Matcher less = LESS_THAN.matcher(text.strip().toLowerCase(Locale.ROOT));
      Long b = bound != null ? bound : less.matches() ? Long.parseLong(less.group(1)) - 1 : null;
      return new Cell(Kind.SUPPRESSED, null, text, b);
    }

    public static Cell other(String text) {
      return new Cell(Kind.OTHER, null, text, null);
    }
  }

  /** A row: its header, whether it is the total row, its cells (one per column). */
  public record Row(String header, boolean total, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** A column's heading and whether it is the total column. */
  public record Column(String label, boolean total) {}

  /** A table as published. */
  public record Table(String caption, List<Column> columns, List<Row> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /**
   * A suppressed cell whose value can be worked out, or a small count of people.
   *
   * @param row the row's index in the table (0 = first row of figures)
   * @param column the column's index
   * @param rowHeader the row's header
   * @param columnLabel the column's heading
   * @param text the cell as published ("&lt;5")
   * @param value the value worked out (or published, for a small count)
   * @param derivation how: {@code <5 in row 2019, column Girls = row total 12 − 4 − 5 = 3}
   */
  public record Hit(
      int row,
      int column,
      String rowHeader,
      String columnLabel,
      String text,
      long value,
      String derivation) {}

  private static final Pattern TOTAL =
      Pattern.compile("(?:grand\\s+)?totals?\\b.*|all\\b.*|sum\\b.*", Pattern.CASE_INSENSITIVE);

  /** Whether a header names a total ("Total", "Grand total", "All ages"). */
  public static boolean totalHeader(String header) {
    return header != null && TOTAL.matcher(header.strip()).matches();
  }

  /**
   * The suppressed cells of {@code table} whose value follows from its totals and other cells.
   *
   * @param threshold the authority's small-number threshold: a "[c]" or "*" without a bound of its
   *     own is at most one less than this
   */
  public static List<Hit> derivable(Table table, int threshold) {
    int width = table.columns().size();
    int height = table.rows().size();
    Cell[][] grid = new Cell[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        List<Cell> cells = table.rows().get(r).cells();
        grid[r][c] = c < cells.size() ? cells.get(c) : Cell.other("");
      }
    }
    int totalColumn = -1;
    for (int c = 0; c < width; c++) {
      Column col = table.columns().get(c);
      if (col.total() || totalHeader(col.label())) {
        totalColumn = c;
      }
    }
    int totalRow = -1;
    for (int r = 0; r < height; r++) {
      Row row = table.rows().get(r);
      if (row.total() || totalHeader(row.header())) {
        totalRow = r;
      }
    }
    Long[][] derived = new Long[height][width];
    List<Hit> hits = new ArrayList<>();
    long fallbackBound = Math.max(0, threshold - 1L);
    boolean found = true;
    while (found) {
      found = false;
      if (totalColumn >= 0) {
        for (int r = 0; r < height; r++) {
          List<int[]> line = new ArrayList<>();
          for (int c = 0; c < width; c++) {
            if (c != totalColumn) {
              line.add(new int[] {r, c});
            }
          }
          found |=
              derive(
                  table,
                  grid,
                  derived,
                  line,
                  new int[] {r, totalColumn},
                  true,
                  fallbackBound,
                  hits);
        }
      }
      if (totalRow >= 0) {
        for (int c = 0; c < width; c++) {
          List<int[]> line = new ArrayList<>();
          for (int r = 0; r < height; r++) {
            if (r != totalRow) {
              line.add(new int[] {r, c});
            }
          }
          found |=
              derive(
                  table, grid, derived, line, new int[] {totalRow, c}, false, fallbackBound, hits);
        }
      }
    }
    return hits;
  }

  /** One row or column against its total: adds what it gives away; true when it found any. */
  private static boolean derive(
      Table table,
      Cell[][] grid,
      Long[][] derived,
      List<int[]> line,
      int[] totalAt,
      boolean rowTotal,
      long fallbackBound,
      List<Hit> hits) {
    Long total = known(grid, derived, totalAt);
    if (total == null) {
      return false;
    }
    long sum = 0;
    List<int[]> unknown = new ArrayList<>();
    StringBuilder minus = new StringBuilder();
    for (int[] at : line) {
      Long v = known(grid, derived, at);
      Cell cell = grid[at[0]][at[1]];
      if (v != null) {
        sum += v;
        minus.append(" − ").append(v);
      } else if (cell.kind() == Kind.SUPPRESSED) {
        unknown.add(at);
      } else {
        return false; // "not held" in the line: the total is not the sum of what is shown
      }
    }
    if (unknown.isEmpty()) {
      return false;
    }
    long rest = total - sum;
    if (rest < 0) {
      return false;
    }
    boolean found = false;
    for (int[] at : unknown) {
      long othersMax = 0;
      StringBuilder others = new StringBuilder();
      for (int[] o : unknown) {
        if (o != at) {
          othersMax += bound(grid[o[0]][o[1]], fallbackBound);
          others
              .append(" − ")
              .append(grid[o[0]][o[1]].text())
              .append(" (at most ")
              .append(bound(grid[o[0]][o[1]], fallbackBound))
              .append(")");
        }
      }
      long high = Math.min(rest, bound(grid[at[0]][at[1]], Long.MAX_VALUE));
      long low = Math.max(0, rest - othersMax);
      if (low != high) {
        continue;
      }
      derived[at[0]][at[1]] = low;
      Row row = table.rows().get(at[0]);
      String column = table.columns().get(at[1]).label();
      String derivation =
          grid[at[0]][at[1]].text()
              + " in row "
              + row.header()
              + ", column "
              + column
              + " = "
              + (rowTotal ? "row total " : "column total ")
              + total
              + minus
              + (unknown.size() > 1 ? others.toString() : "")
              + (unknown.size() > 1 ? ": it can only be " + low : " = " + low);
      hits.add(
          new Hit(at[0], at[1], row.header(), column, grid[at[0]][at[1]].text(), low, derivation));
      found = true;
    }
    return found;
  }

  private static long bound(Cell cell, long fallback) {
    return cell.bound() != null ? cell.bound() : fallback;
  }

  private static Long known(Cell[][] grid, Long[][] derived, int[] at) {
    Cell cell = grid[at[0]][at[1]];
    if (cell.kind() == Kind.NUMBER) {
      return cell.value();
    }
    return derived[at[0]][at[1]];
  }

  /**
   * Every published count from 1 to one less than {@code threshold} in a table that counts people
   * (FOIA s.40(2)); none when the threshold is 0 or 1.
   */
  public static List<Hit> smallCounts(Table table, int threshold) {
    List<Hit> hits = new ArrayList<>();
    if (threshold <= 1) {
      return hits;
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      for (int c = 0; c < row.cells().size() && c < table.columns().size(); c++) {
        Cell cell = row.cells().get(c);
        if (cell.kind() == Kind.NUMBER && cell.value() >= 1 && cell.value() < threshold) {
          String column = table.columns().get(c).label();
          hits.add(
              new Hit(
                  r,
                  c,
                  row.header(),
                  column,
                  cell.text(),
                  cell.value(),
                  cell.text()
                      + " in row "
                      + row.header()
                      + ", column "
                      + column
                      + " is a count of people below the authority's threshold of "
                      + threshold));
        }
      }
    }
    return hits;
  }
}
