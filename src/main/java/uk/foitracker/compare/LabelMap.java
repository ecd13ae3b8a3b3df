package uk.foitracker.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels an officer or researcher said are the same (e.g. row "Grand Total" is "Total"): by
 * axis, from the key of a label as written to the key of the label it is aligned with. Applied
 * after {@link LabelKeys}, and followed through chains (a to b, b to c) without looping.
 */
record LabelMap(Map<String, String> rows, Map<String, String> columns) {
  static final LabelMap NONE = new LabelMap(Map.of(), Map.of());

  /** One mapping as stored: axis ROW or COLUMN, the label as written, the label it is taken as. */
  record Entry(Axis axis, String from, String to) {}

  enum Axis {
    ROW,
    COLUMN
  }

  LabelMap {
    rows = Map.copyOf(rows);
    columns = Map.copyOf(columns);
  }

  static LabelMap of(List<Entry> entries) {
    Map<String, String> rows = new HashMap<>();
    Map<String, String> columns = new HashMap<>();
    for (Entry e : entries) {
      String from = LabelKeys.key(e.from());
      String to = LabelKeys.key(e.to());
      if (!from.isEmpty() && !from.equals(to)) {
        (e.axis() == Axis.ROW ? rows : columns).put(from, to);
      }
    }
    return new LabelMap(rows, columns);
  }

  String row(String label) {
    return follow(rows, LabelKeys.key(label));
  }

  String column(String label) {
    return follow(columns, LabelKeys.key(label));
  }

  private static String follow(Map<String, String> map, String key) {
    String k = key;
    for (int i = 0; i < 20 && map.containsKey(k); i++) {
      k = map.get(k);
    }
    return k;
  }
}
