package uk.foitracker.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.answer.TableGrids;
import uk.foitracker.web.ValidationProblem;

/** Reads an uploaded file as a grid: .csv as CSV, .xlsx as a workbook, anything else refused. */
final class TableUploads {
  private TableUploads() {}

  static List<List<String>> grid(FileUpload file) {
    if (file == null || file.fileName() == null || file.fileName().isBlank()) {
      throw ValidationProblem.of("file", "Choose a CSV or Excel (.xlsx) file");
    }
    if (file.size() > TableGrids.MAX_FILE_BYTES) {
      throw ValidationProblem.of("file", "The file must be smaller than 1 MB");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw ValidationProblem.of("file", "The file could not be read: try again");
    }
    String name = file.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return TableGrids.fromCsv(bytes);
    }
    if (name.endsWith(".xlsx")) {
      return TableGrids.fromXlsx(bytes);
    }
    throw ValidationProblem.of("file", "The file must be a CSV (.csv) or Excel (.xlsx) file");
  }
}
