package uk.foitracker.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.foitracker.stats.StatisticsView.Line;
import uk.foitracker.web.CsvCells;

/**
 * The statistics as CSV (RFC 4180, UTF-8 with a byte order mark so Excel reads it) and as XLSX: the
 * same lines in both, one figure a line: table, period, measure, value. Counts only, never personal
 * data.
 */
final class StatsExports {
  static final String CSV_TYPE = "text/csv; charset=UTF-8";
  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String[] HEADER = {"Table", "Period", "Measure", "Value"};

  private StatsExports() {}

  static String csv(StatisticsView view) {
    StringWriter out = new StringWriter();
    out.write("\uFEFF");
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.print(p, List.of(HEADER));
      for (Line l : view.lines()) {
        CsvCells.print(p, Arrays.asList(l.table(), l.period(), l.measure(), l.shown()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static byte[] xlsx(StatisticsView view) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Statistics");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        Cell c = header.createCell(i);
        c.setCellValue(HEADER[i]);
        c.setCellStyle(bold);
      }
      int n = 1;
      for (Line l : view.lines()) {
        Row row = sheet.createRow(n++);
        row.createCell(0).setCellValue(l.table());
        row.createCell(1).setCellValue(l.period());
        row.createCell(2).setCellValue(l.measure());
        Cell value = row.createCell(3);
        if (l.value() != null) {
          value.setCellValue(l.value().doubleValue());
        } else {
          value.setCellValue(l.text() == null ? "" : l.text());
        }
      }
      sheet.createFreezePane(0, 1);
      for (int i = 0; i < HEADER.length; i++) {
        sheet.setColumnWidth(i, i == 3 ? 12 * 256 : 40 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
