package uk.foitracker.answer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.foitracker.web.ValidationProblem;

/**
 * Reads a grid of cell texts from what an officer gives: cells pasted from a spreadsheet (tab- or
 * comma-separated), a CSV file or an Excel workbook (.xlsx, first sheet, values as displayed).
 * Anything too large, malformed or not a table is refused with a field error; nothing is kept.
 */
public final class TableGrids {
  public static final int MAX_PASTE_CHARS = 200_000;
  public static final int MAX_FILE_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 500;
  public static final int MAX_COLUMNS = 30;
  public static final int MAX_CELL_CHARS = 200;

  private TableGrids() {}

  /** Cells as pasted: tab-separated when any line has a tab, comma-separated otherwise. */
  public static List<List<String>> fromPaste(String pasted) {
    String field = "cells";
    if (pasted == null || pasted.isBlank()) {
      throw ValidationProblem.of(field, "Paste the cells of the table, copied from a spreadsheet");
    }
    if (pasted.length() > MAX_PASTE_CHARS) {
      throw ValidationProblem.of(
          field, "The pasted cells are too long: at most " + MAX_PASTE_CHARS + " characters");
    }
    // a browser sends a textarea's line breaks as CR LF, also inside a quoted cell
    String text = pasted.replace("\r\n", "\n").replace('\r', '\n');
    CSVFormat format = text.contains("\t") ? CSVFormat.TDF : CSVFormat.DEFAULT;
    return tidy(read(new StringReader(text), format, field), field);
  }

  /** A CSV file in UTF-8 (a byte order mark is skipped). */
  public static List<List<String>> fromCsv(byte[] bytes) {
    String field = "file";
    checkSize(bytes, field);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw ValidationProblem.of(
          field,
          "The file is not a CSV file in UTF-8 text: save it from the spreadsheet as CSV UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return tidy(read(new StringReader(text), CSVFormat.DEFAULT, field), field);
  }

  /** The first sheet of an Excel workbook, each cell as Excel displays it. */
  public static List<List<String>> fromXlsx(byte[] bytes) {
    String field = "file";
    checkSize(bytes, field);
    List<List<String>> grid = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw ValidationProblem.of(field, "The workbook has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      if (sheet.getLastRowNum() >= MAX_ROWS + 10) {
        throw tooMany(field);
      }
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          if (row.getLastCellNum() > MAX_COLUMNS + 10) {
            throw tooMany(field);
          }
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
          }
        }
        grid.add(cells);
      }
    } catch (ValidationProblem e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw ValidationProblem.of(
          field,
          "The file is not an Excel workbook (.xlsx) that can be read: save it again as .xlsx or CSV");
    }
    return tidy(grid, field);
  }

  private static void checkSize(byte[] bytes, String field) {
    if (bytes == null || bytes.length == 0) {
      throw ValidationProblem.of(field, "Choose a CSV or Excel (.xlsx) file");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw ValidationProblem.of(field, "The file must be smaller than 1 MB");
    }
  }

  private static List<List<String>> read(Reader reader, CSVFormat format, String field) {
    List<List<String>> grid = new ArrayList<>();
    try (Reader r = reader) {
      for (CSVRecord record : format.parse(r)) {
        if (grid.size() > MAX_ROWS + 10) {
          throw tooMany(field);
        }
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        grid.add(cells);
      }
    } catch (ValidationProblem e) {
      throw e;
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw ValidationProblem.of(
          field, "The cells cannot be read as a table: check the quotation marks are paired");
    }
    return grid;
  }

  /** Drops empty rows and columns at the end, pads short rows, and checks the limits. */
  static List<List<String>> tidy(List<List<String>> raw, String field) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : raw) {
      List<String> cells =
          new ArrayList<>(row.stream().map(c -> c == null ? "" : c.strip()).toList());
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      rows.add(cells);
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    while (!rows.isEmpty() && rows.get(0).isEmpty()) {
      rows.remove(0);
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    if (rows.size() < 2 || width < 2) {
      throw ValidationProblem.of(
          field,
          "This is not a table: it needs at least a header row and one row of figures, and a"
              + " column of row headers and one column of figures");
    }
    if (rows.size() > MAX_ROWS) {
      throw tooMany(field);
    }
    if (width > MAX_COLUMNS) {
      throw tooMany(field);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.isEmpty()) {
        throw ValidationProblem.of(field, "Row " + (r + 1) + " is empty: remove it");
      }
      for (int c = 0; c < row.size(); c++) {
        String text = row.get(c);
        if (text.length() > MAX_CELL_CHARS) {
          throw ValidationProblem.of(
              field,
              "The cell in row "
                  + (r + 1)
                  + ", column "
                  + column(c)
                  + " is longer than "
                  + MAX_CELL_CHARS
                  + " characters");
        }
        if (text.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
          throw ValidationProblem.of(field, "This is not a table: it holds control characters");
        }
      }
      while (row.size() < width) {
        row.add("");
      }
    }
    return rows;
  }

  private static ValidationProblem tooMany(String field) {
    return ValidationProblem.of(
        field,
        "The table is too large: at most " + MAX_ROWS + " rows and " + MAX_COLUMNS + " columns");
  }

  /** "A", "B", ... "AA": the spreadsheet's name for a column (0-based index). */
  public static String column(int index) {
    StringBuilder name = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      name.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return name.toString();
  }
}
