package uk.foitracker.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.foitracker.rules.CellState;
import uk.foitracker.web.StatuteLabels;

/**
 * A table of an answer as it is published and previewed: its column groups, columns and rows of
 * cells. Part of the published case, and what {@link TableDraft} shows before the table is saved.
 */
public record TableView(
    int number,
    String caption,
    String cornerLabel,
    List<ColumnGroupView> columnGroups,
    List<ColumnView> columns,
    List<RowView> rows) {
  /** True when any column sits under a group heading, so the table needs two header rows. */
  public boolean grouped() {
    return columns.stream().anyMatch(c -> c.group() != null);
  }

  /** A run of adjacent columns under one group heading; label null for ungrouped columns. */
  public record ColumnGroupView(String label, int span) {}

  public record ColumnView(String group, String label) {}

  public record RowView(String header, List<CellView> cells) {}

  public record CellView(CellState state, Long value, String text) {
    public String stateLabel() {
      return StatuteLabels.label(state);
    }
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
