package uk.foitracker.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.foitracker.answer.TableView;
import uk.foitracker.answer.TableView.CellView;
import uk.foitracker.answer.TableView.ColumnView;
import uk.foitracker.answer.TableView.RowView;
import uk.foitracker.rules.CellState;
import uk.foitracker.web.CsvCells;
import uk.foitracker.web.StatuteLabels;

/**
 * CSV for spreadsheets (RFC 4180, UTF-8 with a byte order mark so Excel reads £ and dashes).
 *
 * <p>An answer table keeps its shape: one row per published row, and for each published column two
 * columns: the figure, then its state. A figure is a plain number ("18201", "12.5", no thousands
 * separator, so every locale reads it); a cell that is not a number keeps the text as published
 * ("-") and its state says what it means ("Not held"): not held never becomes an empty number or
 * zero. A column with a unit in any cell ("£12,345", "12.5%", "8 FTE") has a third column between
 * the two, its unit ("£", "%", "FTE"), so the number and the unit stay apart.
 *
 * <p>Every cell goes through {@link CsvCells}: text beginning with = + - @ is never a formula.
 */
final class Csv {
  static final String BOM = "\uFEFF";
  static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private Csv() {}

  static String table(TableView table) {
    List<String> header = new ArrayList<>();
    header.add(table.cornerLabel() == null ? "Row" : table.cornerLabel());
    List<Boolean> withUnit = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnView c = table.columns().get(i);
      String name = c.group() == null ? c.label() : c.group() + " " + c.label();
      if (name.isEmpty()) {
        name = "Column " + (i + 1);
      }
      int column = i;
      boolean unit =
          table.rows().stream()
              .anyMatch(r -> column < r.cells().size() && r.cells().get(column).unit() != null);
      withUnit.add(unit);
      header.add(name);
      if (unit) {
        header.add(name + " unit");
      }
      header.add(name + " state");
    }
    List<List<String>> rows = new ArrayList<>();
    for (RowView r : table.rows()) {
      List<String> row = new ArrayList<>();
      row.add(r.header());
      for (int i = 0; i < r.cells().size(); i++) {
        CellView cell = r.cells().get(i);
        row.add(figure(cell));
        if (i < withUnit.size() && withUnit.get(i)) {
          row.add(cell.unit() == null ? "" : cell.unit());
        }
        row.add(StatuteLabels.label(cell.state()));
      }
      rows.add(row);
    }
    return write(header, rows);
  }

  /** A value's plain number ("18201", "12.5"); any other cell's text as published ("-"). */
  private static String figure(CellView cell) {
    if (cell.state() == CellState.VALUE) {
      if (cell.amount() != null) {
        return cell.amount().toPlainString();
      }
      return cell.value() == null ? cell.text() : String.valueOf(cell.value());
    }
    return cell.text();
  }

  static String log(List<CaseSummary> cases, String baseUri) {
    List<String> header =
        List.of(
            "slug",
            "title",
            "authority",
            "regime",
            "outcomes",
            "provisions_cited",
            "provision_codes",
            "published_on",
            "page_url",
            "json_url",
            "authority_slug");
    List<List<String>> rows = new ArrayList<>();
    for (CaseSummary c : cases) {
      rows.add(
          List.of(
              c.slug(),
              c.title(),
              c.authority(),
              c.regime().name(),
              c.outcomes().stream().map(StatuteLabels::label).collect(Collectors.joining("; ")),
              c.provisions().stream()
                  .map(CaseSummary.CitedProvision::reference)
                  .collect(Collectors.joining("; ")),
              c.provisions().stream()
                  .map(CaseSummary.CitedProvision::code)
                  .collect(Collectors.joining("; ")),
              date(c.publishedOn()),
              baseUri + "cases/" + c.slug(),
              baseUri + "api/cases/" + c.slug(),
              c.authoritySlug()));
    }
    return write(header, rows);
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String write(List<String> header, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      CsvCells.print(printer, header);
      for (List<String> row : rows) {
        CsvCells.print(printer, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
