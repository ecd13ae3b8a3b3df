package uk.foitracker.answer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every answer table of a request with its columns, rows and cells, loaded in four queries whatever
 * the size. Shared by the published case view and the auditor's checks.
 */
public record RequestTables(
    List<AnswerTable> tables,
    Map<Long, List<TableColumn>> columnsByTable,
    Map<Long, List<TableRow>> rowsByTable,
    Map<Long, List<TableCell>> cellsByRow) {

  /**
   * Every answer table of several requests (a batch of the auditor's review), in the same four
   * queries; tables are told apart by their answer.
   */
  public static RequestTables load(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return new RequestTables(List.of(), Map.of(), Map.of(), Map.of());
    }
    List<AnswerTable> tables =
        AnswerTable.list(
            "select t from AnswerTable t join fetch t.answer a where a.request.id in ?1"
                + " order by a.request.id, a.position, t.position",
            requestIds);
    if (tables.isEmpty()) {
      return new RequestTables(List.of(), Map.of(), Map.of(), Map.of());
    }
    Map<Long, List<TableColumn>> columns =
        TableColumn.<TableColumn>list(
                "select c from TableColumn c where c.table.answer.request.id in ?1"
                    + " order by c.position",
                requestIds)
            .stream()
            .collect(Collectors.groupingBy(c -> c.table.id));
    Map<Long, List<TableRow>> rows =
        TableRow.<TableRow>list(
                "select r from TableRow r where r.table.answer.request.id in ?1"
                    + " order by r.position",
                requestIds)
            .stream()
            .collect(Collectors.groupingBy(r -> r.table.id));
    Map<Long, List<TableCell>> cells =
        TableCell.<TableCell>list(
                "select c from TableCell c where c.row.table.answer.request.id in ?1"
                    + " order by c.columnPosition",
                requestIds)
            .stream()
            .collect(Collectors.groupingBy(c -> c.row.id));
    return new RequestTables(tables, columns, rows, cells);
  }

  public List<TableColumn> columns(AnswerTable table) {
    return columnsByTable.getOrDefault(table.id, List.of());
  }

  public List<TableRow> rows(AnswerTable table) {
    return rowsByTable.getOrDefault(table.id, List.of());
  }

  public List<TableCell> cells(TableRow row) {
    return cellsByRow.getOrDefault(row.id, List.of());
  }

  /** A stored table as it is published and previewed, numbered {@code number} in its response. */
  public TableView view(AnswerTable t, int number) {
    List<TableView.ColumnView> cols =
        columns(t).stream()
            .map(c -> new TableView.ColumnView(c.groupLabel, c.label, c.total))
            .toList();
    List<TableView.RowView> rowViews =
        rows(t).stream()
            .map(
                r ->
                    new TableView.RowView(
                        r.header,
                        cells(r).stream()
                            .map(
                                c ->
                                    new TableView.CellView(
                                        c.state, c.numericValue, c.displayText, c.amount(), c.unit))
                            .toList(),
                        r.total))
            .toList();
    return new TableView(
        number,
        t.caption,
        t.cornerLabel,
        TableView.groups(cols),
        cols,
        rowViews,
        t.headerRow,
        t.blankMeans,
        t.note,
        t.dashMeans,
        t.countsPeople);
  }
}
