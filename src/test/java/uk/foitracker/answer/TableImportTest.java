package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.CellState;
import uk.foitracker.web.Problem;
import uk.foitracker.web.ValidationProblem;

/** Tables pasted, uploaded as CSV or XLSX: Leicester's Table A and B, and bad input. */
public class TableImportTest {
  static final String TABLE_A_PASTE =
      """
      \tCSE\t\tCE\t
      Age\t10-14\t15-19\t10-14\t15-19
      2015\t19\t20\t-\t-
      2016\t53\t105\t-\t-
      2021\t66\t50\t22\t41
      2024\t28\t31\t10\t40
      """;

  private static TableDraft.Layout layout(int headerRows, boolean confirmed) {
    return new TableDraft.Layout("Breakdown by year", headerRows, confirmed);
  }

  @Test
  void pastedTabSeparatedWithGroupedHeaders() {
    TableDraft t = TableDraft.read(TableGrids.fromPaste(TABLE_A_PASTE), layout(2, true), "cells");
    assertThat(t.cornerLabel()).isEqualTo("Age");
    assertThat(t.columns())
        .containsExactly(
            new TableDraft.Column("CSE", "10-14"),
            new TableDraft.Column("CSE", "15-19"),
            new TableDraft.Column("CE", "10-14"),
            new TableDraft.Column("CE", "15-19"));
    assertThat(t.rows())
        .extracting(TableDraft.Row::header)
        .containsExactly("2015", "2016", "2021", "2024");
    assertThat(t.rows().get(0).cells())
        .extracting(CellText::state)
        .containsExactly(CellState.VALUE, CellState.VALUE, CellState.NOT_HELD, CellState.NOT_HELD);
    assertThat(t.notHeldCells()).isEqualTo(4);
    TableView view = t.toView(1);
    assertThat(view.columnGroups())
        .containsExactly(
            new TableView.ColumnGroupView("CSE", 2), new TableView.ColumnGroupView("CE", 2));
    assertThat(view.rows().get(2).cells())
        .extracting(TableView.CellView::value)
        .containsExactly(66L, 50L, 22L, 41L);
  }

  @Test
  void notHeldNeedsConfirmationBeforeSaving() {
    TableDraft t = TableDraft.read(TableGrids.fromPaste(TABLE_A_PASTE), layout(2, false), "cells");
    assertThatThrownBy(() -> t.requireConfirmation(layout(2, false)))
        .isInstanceOf(ValidationProblem.class)
        .hasMessage(
            "4 cells are \"-\" or blank: confirm that they mean the information is not held");
  }

  @Test
  void blankCellsBecomeNotHeldAndSmallNumbersSuppressed() {
    TableDraft t =
        TableDraft.read(
            TableGrids.fromPaste("Year,Cases,Other\n2020,,<5\n2021,0,nil\n"),
            layout(1, true),
            "cells");
    assertThat(t.rows().get(0).cells())
        .extracting(CellText::state, CellText::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CellState.NOT_HELD, "-"),
            org.assertj.core.groups.Tuple.tuple(CellState.SUPPRESSED, "<5"));
    assertThat(t.rows().get(1).cells())
        .extracting(CellText::state)
        .containsExactly(CellState.VALUE, CellState.NIL);
    assertThat(t.suppressedCells()).isEqualTo(1);
    assertThat(t.cornerLabel()).isEqualTo("Year");
  }

  @Test
  void csvWithQuotedThousandsAndByteOrderMark() {
    byte[] csv =
        "\uFEFF,Contacts\n,All\n2015,\"18,201\"\n2016,\"12,374\"\n"
            .getBytes(StandardCharsets.UTF_8);
    TableDraft t = TableDraft.read(TableGrids.fromCsv(csv), layout(2, false), "file");
    assertThat(t.cornerLabel()).isNull();
    assertThat(t.columns()).containsExactly(new TableDraft.Column("Contacts", "All"));
    assertThat(t.rows().get(0).cells().get(0).value()).isEqualTo(18201L);
    assertThat(t.rows().get(0).cells().get(0).text()).isEqualTo("18,201");
    assertThat(t.notHeldCells()).isZero();
  }

  @Test
  void xlsxWithMergedGroupHeadingsAndNumberFormats() throws IOException {
    byte[] xlsx = workbook();
    TableDraft t = TableDraft.read(TableGrids.fromXlsx(xlsx), layout(2, true), "file");
    assertThat(t.columns())
        .extracting(TableDraft.Column::group)
        .containsExactly("CSE", "CSE", "CE", "CE");
    assertThat(t.rows().get(0).header()).isEqualTo("2015");
    assertThat(t.rows().get(0).cells())
        .extracting(CellText::text)
        .containsExactly("1,019", "20", "-", "-");
    assertThat(t.rows().get(0).cells().get(0).value()).isEqualTo(1019L);
  }

  public static byte[] workbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("Table A");
      XSSFRow groups = sheet.createRow(0);
      groups.createCell(1).setCellValue("CSE");
      groups.createCell(3).setCellValue("CE");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
      XSSFRow labels = sheet.createRow(1);
      String[] l = {"Age", "10-14", "15-19", "10-14", "15-19"};
      for (int i = 0; i < l.length; i++) {
        labels.createCell(i).setCellValue(l[i]);
      }
      XSSFRow data = sheet.createRow(2);
      data.createCell(0).setCellValue(2015);
      var thousands = wb.createCellStyle();
      thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      data.createCell(1).setCellValue(1019);
      data.getCell(1).setCellStyle(thousands);
      data.createCell(2).setCellValue(20);
      data.createCell(3).setCellValue("-");
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void notATable() {
    assertThat(fieldErrors(() -> TableGrids.fromPaste("Just a sentence, really.")))
        .containsExactly(
            "cells: This is not a table: it needs at least a header row and one row of figures, and a column of row headers and one column of figures");
    assertThat(fieldErrors(() -> TableGrids.fromCsv("hello".getBytes(StandardCharsets.UTF_8))))
        .singleElement()
        .asString()
        .startsWith("file: This is not a table");
    assertThat(
            fieldErrors(
                () -> TableGrids.fromXlsx("PK not really a zip".getBytes(StandardCharsets.UTF_8))))
        .containsExactly(
            "file: The file is not an Excel workbook (.xlsx) that can be read: save it again as .xlsx or CSV");
    assertThat(fieldErrors(() -> TableGrids.fromCsv(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1})))
        .singleElement()
        .asString()
        .contains("not a CSV file in UTF-8");
  }

  @Test
  void tooLarge() {
    StringBuilder wide = new StringBuilder("Year");
    for (int c = 0; c < 40; c++) {
      wide.append("\tC").append(c);
    }
    wide.append("\n2020").append("\t1".repeat(40)).append('\n');
    assertThat(fieldErrors(() -> TableGrids.fromPaste(wide.toString())))
        .containsExactly("cells: The table is too large: at most 500 rows and 30 columns");
    assertThat(fieldErrors(() -> TableGrids.fromCsv(new byte[TableGrids.MAX_FILE_BYTES + 1])))
        .containsExactly("file: The file must be smaller than 1 MB");
    String tall = "Year,N\n" + "2020,1\n".repeat(600);
    assertThat(fieldErrors(() -> TableGrids.fromPaste(tall)))
        .singleElement()
        .asString()
        .contains("too large");
  }

  @Test
  void malformed() {
    assertThat(fieldErrors(() -> TableGrids.fromPaste("Year,N\n2020,\"1\n")))
        .containsExactly(
            "cells: The cells cannot be read as a table: check the quotation marks are paired");
    assertThat(
            fieldErrors(
                () ->
                    TableDraft.read(
                        TableGrids.fromPaste("Year\tN\tM\n2020\tn/a\t3\n\t4\t5\n"),
                        layout(1, true),
                        "cells")))
        .containsExactly(
            "cells: Row 2, column B reads \"n/a\": enter a number (it may have its unit, such as £12,345, 12.5% or 8 FTE), \"-\", \"<5\" for a suppressed small number, or leave it blank",
            "cells: Row 3 has no row header in column A");
    assertThat(
            fieldErrors(
                () ->
                    TableDraft.read(
                        TableGrids.fromPaste("Y\tN\n2020\t1\n"),
                        new TableDraft.Layout(" ", 3, true),
                        "cells")))
        .containsExactly(
            "caption: Enter a caption that says what the table shows",
            "headerRows: Choose 1 header row, 2 when the first row groups the columns (such as CSE over 10-14 and 15-19), or none for a list of labels and values");
  }

  private static List<String> fieldErrors(Runnable r) {
    try {
      r.run();
    } catch (ValidationProblem e) {
      return e.errors().stream().map(Problem.FieldError::field).map(f -> f).toList().isEmpty()
          ? List.of()
          : e.errors().stream().map(err -> err.field() + ": " + err.message()).toList();
    }
    throw new AssertionError("no validation problem");
  }
}
