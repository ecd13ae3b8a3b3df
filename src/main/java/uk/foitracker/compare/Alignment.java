package uk.foitracker.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines up the answer tables of several authorities. Each authority's tables are first put in
 * groups, one table of each authority at most, by how many row and column labels they share (the
 * pair sharing most goes together first; a table sharing fewer than {@link #THRESHOLD} of its
 * labels with any other stays on its own). Within a group, rows and columns are matched by their
 * {@link LabelKeys key} after the {@link LabelMap}; every aligned cell keeps where it came from
 * (the case, its table, and the row and column as written), and a cell an authority's table does
 * not have is {@link #ABSENT}, never a zero.
 */
final class Alignment {
  private Alignment() {}

  /** The state of a cell an authority's table has no row or column for. */
  static final String ABSENT = "ABSENT";

  /**
   * Tables are aligned when their row labels or their column labels share at least this (Jaccard:
   * the labels both have over the labels either has).
   */
  static final double THRESHOLD = 0.4;

  /** One authority's published table. {@code table} is its number in the case. */
  record Source(
      String authority,
      String caseSlug,
      int table,
      String caption,
      List<String> columns,
      List<Row> rows) {}

  record Row(String label, List<Cell> cells) {}

  /** A cell as published: its state (a CellState name), value and text as written. */
  record Cell(String state, Long value, String text) {}

  /** A row or column of the aligned table: its key, the label shown, and every form written. */
  record Label(String key, String label, List<String> asWritten) {}

  /** Where an aligned cell came from: 1-based row and column of the authority's table. */
  record Trace(
      String caseSlug, int table, int row, int column, String rowLabel, String columnLabel) {}

  /** One authority's cell at a row and column; {@code source} is null when {@link #ABSENT}. */
  record AlignedCell(String authority, String state, Long value, String text, Trace source) {
    boolean absent() {
      return source == null;
    }
  }

  /** One group of tables aligned. {@code sources} in the order of {@code authorities}. */
  record AlignedTable(
      int number,
      String title,
      List<String> authorities,
      List<Source> sources,
      List<Label> rows,
      List<Label> columns,
      Map<String, AlignedCell> cells) {

    AlignedCell cell(String rowKey, String columnKey, String authority) {
      AlignedCell c = cells.get(at(rowKey, columnKey, authority));
      return c != null ? c : new AlignedCell(authority, ABSENT, null, null, null);
    }
  }

  private static String at(String row, String column, String authority) {
    return row + '\u0000' + column + '\u0000' + authority;
  }

  /** The sources' tables grouped and aligned; sources in the order the authorities are shown. */
  static List<AlignedTable> align(List<Source> sources, LabelMap map) {
    List<List<Source>> groups = group(sources, map);
    List<AlignedTable> out = new ArrayList<>();
    for (List<Source> g : groups) {
      out.add(table(out.size() + 1, g, map));
    }
    return out;
  }

  /** The keys of a table's row labels. */
  private static Set<String> rowKeys(Source s, LabelMap map) {
    Set<String> out = new HashSet<>();
    for (Row r : s.rows()) {
      out.add(map.row(r.label()));
    }
    return out;
  }

  /** The keys of a table's column labels. */
  private static Set<String> columnKeys(Source s, LabelMap map) {
    Set<String> out = new HashSet<>();
    for (String c : s.columns()) {
      out.add(map.column(c));
    }
    return out;
  }

  /** Groups of tables, each with one table of an authority at most, in the order first seen. */
  static List<List<Source>> group(List<Source> sources, LabelMap map) {
    int n = sources.size();
    List<Set<String>> rows = sources.stream().map(s -> rowKeys(s, map)).toList();
    List<Set<String>> columns = sources.stream().map(s -> columnKeys(s, map)).toList();
    // the better of the rows' and the columns' likeness (two forces' offence-by-year tables
    // share their years and little else); the other breaks a tie
    record Pair(int a, int b, double score, double tie) {}
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (!sources.get(a).authority().equals(sources.get(b).authority())) {
          double r = TextSimilarity.jaccard(rows.get(a), rows.get(b));
          double c = TextSimilarity.jaccard(columns.get(a), columns.get(b));
          if (Math.max(r, c) >= THRESHOLD) {
            pairs.add(new Pair(a, b, Math.max(r, c), Math.min(r, c)));
          }
        }
      }
    }
    pairs.sort(
        (x, y) ->
            x.score() != y.score()
                ? Double.compare(y.score(), x.score())
                : Double.compare(y.tie(), x.tie()));
    int[] groupOf = new int[n];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groupOf[i] = i;
      members.put(i, new ArrayList<>(List.of(i)));
    }
    for (Pair p : pairs) {
      int ga = groupOf[p.a()];
      int gb = groupOf[p.b()];
      if (ga == gb) {
        continue;
      }
      Set<String> authorities = new HashSet<>();
      members.get(ga).forEach(i -> authorities.add(sources.get(i).authority()));
      boolean clash =
          members.get(gb).stream().anyMatch(i -> authorities.contains(sources.get(i).authority()));
      if (clash) {
        continue;
      }
      int keep = Math.min(ga, gb);
      int drop = Math.max(ga, gb);
      for (int i : members.remove(drop)) {
        groupOf[i] = keep;
        members.get(keep).add(i);
      }
    }
    List<List<Source>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (members.containsKey(i)) {
        out.add(members.get(i).stream().sorted().map(sources::get).toList());
      }
    }
    return out;
  }

  private static AlignedTable table(int number, List<Source> group, LabelMap map) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, AlignedCell> cells = new HashMap<>();
    List<String> authorities = new ArrayList<>();
    for (Source s : group) {
      authorities.add(s.authority());
      for (String c : s.columns()) {
        written(columns, map.column(c), c);
      }
      for (int r = 0; r < s.rows().size(); r++) {
        Row row = s.rows().get(r);
        String rowKey = map.row(row.label());
        written(rows, rowKey, row.label());
        for (int c = 0; c < row.cells().size() && c < s.columns().size(); c++) {
          String columnKey = map.column(s.columns().get(c));
          Cell cell = row.cells().get(c);
          // the first cell an authority has at a row and column is kept; a second one mapped
          // onto the same place (two labels taken as one) does not overwrite it
          cells.putIfAbsent(
              at(rowKey, columnKey, s.authority()),
              new AlignedCell(
                  s.authority(),
                  cell.state(),
                  cell.value(),
                  cell.text(),
                  new Trace(
                      s.caseSlug(), s.table(), r + 1, c + 1, row.label(), s.columns().get(c))));
        }
      }
    }
    String title = group.get(0).caption();
    return new AlignedTable(
        number, title, authorities, group, labelList(rows), labelList(columns), cells);
  }

  private static void written(Map<String, List<String>> into, String key, String label) {
    List<String> forms = into.computeIfAbsent(key, k -> new ArrayList<>());
    String shown = label == null ? "" : label.strip();
    if (!forms.contains(shown)) {
      forms.add(shown);
    }
  }

  private static List<Label> labelList(Map<String, List<String>> map) {
    List<Label> out = new ArrayList<>();
    map.forEach((k, forms) -> out.add(new Label(k, forms.get(0), List.copyOf(forms))));
    return out;
  }
}
