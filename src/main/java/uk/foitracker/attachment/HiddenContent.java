package uk.foitracker.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What an Excel workbook hides from someone who opens it: hidden (and "very hidden") sheets, hidden
 * rows and hidden columns. Published spreadsheets have leaked personal data this way (a hidden
 * sheet of names behind a summary table), so a workbook that hides anything is not marked
 * releasable without the officer's explicit confirmation that the hidden content may be published.
 * Filtered-out rows are hidden rows too. An OpenDocument spreadsheet is not inspected: POI cannot
 * read it, and the officer is told so.
 */
final class HiddenContent {
  private HiddenContent() {}

  /** The columns looked at on each sheet beyond the last one with a cell. */
  private static final int MAX_COLUMNS = 16_384;

  /** A description of what the workbook hides ("sheet "Names" is hidden; …"), or null. */
  static String of(FileTypes.Kind kind, byte[] bytes) {
    if (!kind.mediaType().equals(FileTypes.XLSX) && !kind.mediaType().equals(FileTypes.XLS)) {
      return null;
    }
    List<String> found = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        Sheet sheet = wb.getSheetAt(i);
        String name = "\"" + sheet.getSheetName() + "\"";
        if (wb.isSheetVeryHidden(i)) {
          found.add("sheet " + name + " is very hidden");
        } else if (wb.isSheetHidden(i)) {
          found.add("sheet " + name + " is hidden");
        }
        int hiddenRows = 0;
        int lastColumn = 0;
        for (Row row : sheet) {
          if (row.getZeroHeight()) {
            hiddenRows++;
          }
          lastColumn = Math.max(lastColumn, row.getLastCellNum());
        }
        if (hiddenRows > 0) {
          found.add(hiddenRows + " hidden row" + (hiddenRows == 1 ? "" : "s") + " on " + name);
        }
        int hiddenColumns = 0;
        for (int c = 0; c < Math.min(lastColumn, MAX_COLUMNS); c++) {
          if (sheet.isColumnHidden(c)) {
            hiddenColumns++;
          }
        }
        if (hiddenColumns > 0) {
          found.add(
              hiddenColumns + " hidden column" + (hiddenColumns == 1 ? "" : "s") + " on " + name);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "the workbook could not be read to check for hidden sheets, rows and columns";
    }
    if (found.isEmpty()) {
      return null;
    }
    String text = String.join("; ", found);
    return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
  }
}
