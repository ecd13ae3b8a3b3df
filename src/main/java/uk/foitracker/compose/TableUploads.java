package uk.foitracker.compose;

import java.util.List;
import java.util.Locale;
import uk.foitracker.answer.TableGrids;
import uk.foitracker.web.ValidationProblem;

/** Reads an uploaded file as a grid: .csv as CSV, .xlsx as a workbook, anything else refused. */
final class TableUploads {
  private TableUploads() {}

  static List<List<String>> grid(String fileName, byte[] bytes) {
    if (fileName == null || fileName.isBlank()) {
      throw ValidationProblem.of("file", "Choose a CSV or Excel (.xlsx) file");
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return TableGrids.fromCsv(bytes);
    }
    if (name.endsWith(".xlsx")) {
      return TableGrids.fromXlsx(bytes);
    }
    throw ValidationProblem.of("file", "The file must be a CSV (.csv) or Excel (.xlsx) file");
  }
}
