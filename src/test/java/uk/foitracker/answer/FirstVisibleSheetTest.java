package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import uk.foitracker.web.ValidationProblem;

/** The table importer reads the sheet Excel shows, never a hidden one in front of it. */
class FirstVisibleSheetTest {

  @Test
  void aHiddenAndAVeryHiddenFirstSheetAreSkipped() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("Staff"), "Name", "Janet Okonkwo-Hale");
      fill(wb.createSheet("Old"), "Name", "Peter Lindqvist");
      fill(wb.createSheet("Summary"), "Year", "2024");
      wb.setSheetHidden(0, true);
      wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
      wb.setActiveSheet(2);
      wb.setSelectedTab(2);
      List<List<String>> grid = TableGrids.fromXlsx(bytes(wb));
      assertThat(grid).containsExactly(List.of("Year", "2024"), List.of("Year 2", "2024 2"));
    }
  }

  @Test
  void aWorkbookWhoseSheetsAreAllHiddenIsRefused() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("Summary"), "Year", "2024");
      fill(wb.createSheet("Staff"), "Name", "Janet Okonkwo-Hale");
      wb.setActiveSheet(1);
      wb.setSelectedTab(1);
      wb.setSheetHidden(0, true);
      byte[] bytes = bytes(wb);
      // POI refuses to hide the last visible sheet, so the file says the second is visible
      assertThat(TableGrids.fromXlsx(bytes).get(0)).containsExactly("Name", "Janet Okonkwo-Hale");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("Staff"), "Name", "Janet Okonkwo-Hale");
      wb.getCTWorkbook().getSheets().getSheetArray(0).setState(STSheetState.HIDDEN);
      byte[] bytes = bytes(wb);
      assertThatThrownBy(() -> TableGrids.fromXlsx(bytes))
          .isInstanceOf(ValidationProblem.class)
          .hasMessageContaining("Every sheet of the workbook is hidden");
    }
  }

  private static void fill(Sheet s, String header, String value) {
    s.createRow(0).createCell(0).setCellValue(header);
    s.getRow(0).createCell(1).setCellValue(value);
    s.createRow(1).createCell(0).setCellValue(header + " 2");
    s.getRow(1).createCell(1).setCellValue(value + " 2");
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
