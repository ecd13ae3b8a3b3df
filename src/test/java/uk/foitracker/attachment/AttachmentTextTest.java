package uk.foitracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The visible text of attachments for the release check: a PDF's, a Word document's, every cell of
 * a workbook (hidden sheets too), a CSV's; a file that cannot be read says so.
 */
public class AttachmentTextTest {

  @Test
  void readsPdfWordWorkbookAndCsv() throws IOException {
    assertThat(AttachmentText.of("application/pdf", pdf("Prepared for Ottilie Quarrington")).text())
        .contains("Ottilie Quarrington");
    assertThat(AttachmentText.of(FileTypes.DOCX, docx("Contact jo.bloggs@gmail.com")).text())
        .contains("jo.bloggs@gmail.com");
    AttachmentText.Extracted book = AttachmentText.of(FileTypes.XLSX, xlsx("AB123456C", true));
    assertThat(book.text()).contains("Ward", "Abbey", "AB123456C");
    assertThat(book.unreadable()).isNull();
    assertThat(AttachmentText.of("text/csv", "name,e-mail\nA,a.b@gmail.com\n".getBytes()).text())
        .contains("a.b@gmail.com");
    assertThat(AttachmentText.of("text/plain", new byte[] {(byte) 0xe9, 'x'}).text())
        .isEqualTo("éx");
  }

  @Test
  void aFileThatCannotBeReadSaysSo() {
    AttachmentText.Extracted broken =
        AttachmentText.of("application/pdf", "%PDF-1.4\nnothing".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.text()).isNull();
    assertThat(broken.unreadable()).isNotBlank();
    assertThat(AttachmentText.of(FileTypes.ODS, new byte[] {1, 2}).unreadable())
        .contains("cannot be read");
  }

  @Test
  void aLongTextIsCutAndSaysSo() {
    byte[] big = "a".repeat(AttachmentText.MAX_CHARS + 10).getBytes(StandardCharsets.US_ASCII);
    AttachmentText.Extracted e = AttachmentText.of("text/plain", big);
    assertThat(e.text()).hasSize(AttachmentText.MAX_CHARS);
    assertThat(e.truncated()).isTrue();
  }

  /** A one-page PDF holding the text. */
  public static byte[] pdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(72, 700);
        s.showText(text);
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A Word document with one paragraph. */
  public static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.getProperties().getCoreProperties().setCreator("Apache POI");
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A workbook of complaints by ward, with {@code secret} in a second sheet, hidden or not. */
  public static byte[] xlsx(String secret, boolean hidden) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet summary = wb.createSheet("Summary");
      summary.createRow(0).createCell(0).setCellValue("Ward");
      summary.getRow(0).createCell(1).setCellValue("Complaints");
      summary.createRow(1).createCell(0).setCellValue("Abbey");
      summary.getRow(1).createCell(1).setCellValue(14);
      if (secret != null) {
        wb.createSheet("Notes").createRow(0).createCell(0).setCellValue(secret);
        wb.setSheetHidden(1, hidden);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The stand-in Word document the example tests upload: a zip with only its document part. */
  @Test
  void aBareWordDocumentPartIsRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body><w:p><w:r><w:t>Annex A</w:t></w:r></w:p></w:body></w:document>")
              .getBytes(StandardCharsets.UTF_8));
    }
    AttachmentText.Extracted e = AttachmentText.of(FileTypes.DOCX, out.toByteArray());
    assertThat(e.unreadable()).isNull();
    assertThat(e.text()).contains("Annex A");
  }
}
