package uk.foitracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of hidden content, in a workbook or document made here with POI, is found; an ordinary
 * workbook of figures written by a program is not flagged.
 */
class HiddenContentTest {
  private static final FileTypes.Kind XLSX = kind(FileTypes.XLSX);
  private static final FileTypes.Kind XLS = kind(FileTypes.XLS);
  private static final FileTypes.Kind DOCX = kind(FileTypes.DOCX);

  record Case(String kind, Consumer<Workbook> change, String expected) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static List<Case> workbookCases() {
    return List.of(
        new Case(
            "hidden sheet",
            wb -> {
              names(wb.createSheet("Staff"));
              wb.setSheetHidden(1, true);
            },
            "sheet \"Staff\" is hidden"),
        new Case(
            "very hidden sheet",
            wb -> {
              names(wb.createSheet("Staff"));
              wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            },
            "sheet \"Staff\" is very hidden"),
        new Case(
            "hidden row",
            wb -> wb.getSheetAt(0).getRow(2).setZeroHeight(true),
            "1 hidden row on \"Summary\""),
        new Case(
            "hidden column",
            wb -> wb.getSheetAt(0).setColumnHidden(1, true),
            "1 hidden column on \"Summary\""),
        new Case(
            "comment",
            wb -> {
              Sheet s = wb.getSheetAt(0);
              CreationHelper help = wb.getCreationHelper();
              Drawing<?> drawing = s.createDrawingPatriarch();
              ClientAnchor anchor = help.createClientAnchor();
              anchor.setCol1(3);
              anchor.setRow1(1);
              anchor.setCol2(5);
              anchor.setRow2(4);
              Comment c = drawing.createCellComment(anchor);
              c.setString(help.createRichTextString("This is the Hartley boy, see file"));
              s.getRow(1).getCell(1).setCellComment(c);
            },
            "1 comment on \"Summary\""),
        new Case(
            "defined name",
            wb -> {
              Name n = wb.createName();
              n.setNameName("StaffList");
              n.setRefersToFormula("Summary!$A$1:$B$3");
            },
            "a defined name \"StaffList\""),
        new Case(
            "author",
            wb -> {
              if (wb instanceof XSSFWorkbook x) {
                x.getProperties().getCoreProperties().setCreator("Janet Okonkwo-Hale");
              } else if (wb instanceof HSSFWorkbook h) {
                h.createInformationProperties();
                h.getSummaryInformation().setAuthor("Janet Okonkwo-Hale");
              }
            },
            "document property author: \"Janet Okonkwo-Hale\""));
  }

  @ParameterizedTest
  @MethodSource("workbookCases")
  void eachKindIsFoundInAnXlsx(Case c) throws IOException {
    try (XSSFWorkbook wb = summary(new XSSFWorkbook())) {
      c.change().accept(wb);
      assertThat(HiddenContent.of(XLSX, bytes(wb))).contains(c.expected());
    }
  }

  @ParameterizedTest
  @MethodSource("workbookCases")
  void eachKindIsFoundInAnXls(Case c) throws IOException {
    try (HSSFWorkbook wb = summary(new HSSFWorkbook())) {
      c.change().accept(wb);
      assertThat(HiddenContent.of(XLS, bytes(wb))).contains(c.expected());
    }
  }

  @Test
  void anOrdinaryWorkbookIsNotFlagged() throws IOException {
    try (XSSFWorkbook wb = summary(new XSSFWorkbook())) {
      Name print = wb.createName();
      print.setNameName("Print_Area");
      print.setSheetIndex(0);
      print.setRefersToFormula("Summary!$A$1:$C$3");
      assertThat(HiddenContent.of(XLSX, bytes(wb))).isNull();
    }
    try (HSSFWorkbook wb = summary(new HSSFWorkbook())) {
      assertThat(HiddenContent.of(XLS, bytes(wb))).isNull();
    }
  }

  @Test
  void aPivotCacheIsFound() throws IOException {
    try (XSSFWorkbook wb = summary(new XSSFWorkbook())) {
      XSSFSheet pivot = wb.createSheet("Pivot");
      pivot.createPivotTable(
          new AreaReference("A1:B3", SpreadsheetVersion.EXCEL2007),
          new CellReference("A1"),
          wb.getSheet("Summary"));
      assertThat(HiddenContent.of(XLSX, bytes(wb)))
          .contains("1 pivot cache (a pivot table keeps a copy of all its source rows");
    }
  }

  @Test
  void anExternalLinkIsFoundWithItsTarget() throws Exception {
    byte[] plain;
    try (XSSFWorkbook wb = summary(new XSSFWorkbook())) {
      plain = bytes(wb);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain))) {
      PackagePartName name =
          PackagingURIHelper.createPartName("/xl/externalLinks/externalLink1.xml");
      PackagePart link =
          pkg.createPart(
              name, "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
      try (OutputStream os = link.getOutputStream()) {
        os.write(
            ("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<externalBook r:id=\"rId1\"/></externalLink>")
                .getBytes(StandardCharsets.UTF_8));
      }
      link.addExternalRelationship(
          "file:///S:/HR/J.Okonkwo/staff%20list.xlsx",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath",
          "rId1");
      PackagePart workbook = pkg.getPart(PackagingURIHelper.createPartName("/xl/workbook.xml"));
      workbook.addRelationship(
          name,
          TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink");
      pkg.save(out);
    }
    assertThat(HiddenContent.of(XLSX, out.toByteArray()))
        .contains("1 external link to another workbook", "staff%20list.xlsx");
  }

  @Test
  void aWordDocumentsCommentsTrackedChangesHiddenTextAndAuthorAreFound() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("The council holds no such records.");
      assertThat(HiddenContent.of(DOCX, bytes(doc))).isNull();

      XWPFRun hidden = doc.createParagraph().createRun();
      hidden.setText("Complainant: Mrs D. Hartley, 14 Mill Lane");
      hidden.setVanish(true);
      doc.createComments().createComment(BigInteger.ONE).setAuthor("J Okonkwo");
      doc.getProperties().getCoreProperties().setCreator("Janet Okonkwo-Hale");
      String found = HiddenContent.of(DOCX, bytes(doc));
      assertThat(found)
          .contains(
              "1 comment",
              "1 run of text formatted as hidden",
              "document property author: \"Janet Okonkwo-Hale\"");
    }
  }

  @Test
  void aFileThatCannotBeReadIsFlaggedNotPassed() {
    assertThat(HiddenContent.of(XLSX, "PK not a workbook".getBytes()))
        .contains("could not be read to check it for hidden content");
  }

  @SuppressWarnings("unchecked")
  private static <W extends Workbook> W summary(W wb) {
    Sheet s = wb.createSheet("Summary");
    String[][] rows = {{"Year", "Complaints"}, {"2023", "41"}, {"2024", "37"}};
    for (int r = 0; r < rows.length; r++) {
      Row row = s.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
    return wb;
  }

  private static void names(Sheet s) {
    String[] names = {"Name", "Janet Okonkwo-Hale", "Peter Lindqvist"};
    for (int r = 0; r < names.length; r++) {
      s.createRow(r).createCell(0).setCellValue(names[r]);
    }
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  private static FileTypes.Kind kind(String mediaType) {
    return FileTypes.ALLOWED.stream()
        .filter(k -> k.mediaType().equals(mediaType))
        .findFirst()
        .orElseThrow();
  }
}
