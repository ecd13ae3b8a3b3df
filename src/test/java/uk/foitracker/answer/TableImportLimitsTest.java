package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import uk.foitracker.web.ValidationProblem;

/**
 * The size limits of the workbook import, each refused with a clear field error rather than an
 * OutOfMemoryError or a long wait: the zip bomb and the huge sheet of the fuzz corpus ({@link
 * TableImportFuzzTest}, whose replay also checks each stays within one second of CPU and 512 MB), a
 * smaller bomb caught by its inflate ratio alone, too many parts, a DOCTYPE.
 */
class TableImportLimitsTest {
  private static final String TOO_LARGE_UNPACKED =
      "file: The workbook is too large when unpacked: save only the sheet with the table, or save"
          + " it as CSV";
  private static final String TOO_LARGE_TABLE =
      "file: The table is too large: at most 500 rows and 30 columns";
  private static final String UNREADABLE =
      "file: The file is not an Excel workbook (.xlsx) that can be read: save it again as .xlsx or"
          + " CSV";

  @Test
  void zipBombIsRefusedBeforeItIsOpened() throws IOException {
    byte[] bomb = corpus("zip-bomb.xlsx");
    assertThat(bomb.length).isLessThan(TableGrids.MAX_FILE_BYTES); // it passes the upload limit
    assertThat(errors(bomb)).containsExactly(TOO_LARGE_UNPACKED);
  }

  @Test
  void hugeSheetIsRefusedAtTheFirstRowPastTheLimit() throws IOException {
    byte[] huge = corpus("huge-sheet.xlsx");
    assertThat(huge.length).isLessThan(TableGrids.MAX_FILE_BYTES);
    assertThat(errors(huge)).containsExactly(TOO_LARGE_TABLE);
    assertThat(errors(corpus("wide-sheet.xlsx"))).containsExactly(TOO_LARGE_TABLE);
    assertThat(errors(corpus("far-row.xlsx"))).containsExactly(TOO_LARGE_TABLE);
  }

  @Test
  void aBombUnderTheSizeLimitIsCaughtByItsInflateRatio() {
    // 5 MB of empty rows (under the 10 MB allowance) packed about 1,000 to 1.
    byte[] bomb =
        Workbooks.withSheet(
            out -> {
              byte[] block = "<row/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
              for (int i = 0; i < 80; i++) {
                out.write(block);
              }
            });
    assertThat(errors(bomb)).containsExactly(TOO_LARGE_UNPACKED);
  }

  @Test
  void tooManyPartsOrADoctypeIsUnreadable() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i <= TableGrids.MAX_ZIP_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
        zip.closeEntry();
      }
    }
    assertThat(errors(out.toByteArray())).containsExactly(UNREADABLE);
    byte[] doctype =
        Workbooks.withParts(
            Map.of(
                Workbooks.SHEET,
                ("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM"
                        + " \"file:///etc/passwd\">]>"
                        + Workbooks.SHEET_START.substring(
                            Workbooks.SHEET_START.indexOf("<worksheet"))
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                        + Workbooks.SHEET_END)
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(errors(doctype)).containsExactly(UNREADABLE);
  }

  @Test
  void poiReadsPackagesWithTheSameLimits() {
    TableGrids.column(0); // loads TableGrids, which sets them
    assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(TableGrids.MAX_UNPACKED_BYTES);
    assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(TableGrids.MAX_ZIP_ENTRIES);
  }

  private static byte[] corpus(String name) throws IOException {
    try (InputStream in =
        TableImportLimitsTest.class.getResourceAsStream("TableImportFuzzTestInputs/xlsx/" + name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> errors(byte[] xlsx) {
    try {
      TableGrids.fromXlsx(xlsx);
    } catch (ValidationProblem e) {
      return e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
    }
    throw new AssertionError("no validation problem");
  }
}
