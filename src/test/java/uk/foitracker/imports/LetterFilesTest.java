package uk.foitracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** The letters made into files here: the Leicester seed and every example. */
  static final List<Path> LETTERS = letters();

  static List<Path> letters() {
    try (var files = Files.list(Path.of("..", "shared", "examples"))) {
      List<Path> all = new ArrayList<>(List.of(LEICESTER));
      files
          .filter(f -> f.getFileName().toString().matches("[0-9]{2}-.*\\.txt"))
          .sorted()
          .forEach(all::add);
      return List.copyOf(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String letter(Path p) throws IOException {
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    int rule = raw.indexOf("\n---\n");
    return rule < 0 ? raw : raw.substring(rule + 5);
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

  /**
   * One line of the letter to a line of the page (Courier 8pt), pages of 60 lines, each page headed
   * by a running line and footed by its number ("Page 2 of 4"), as an authority's PDF would be. A
   * line's leading tab (a word processor's table cell a line) is drawn as an indent, a tab within a
   * line as a space.
   */
  static byte[] pdf(String text) throws IOException {
    List<String> lines = List.of(text.split("\n", -1));
    int perPage = 60;
    int pages = (lines.size() + perPage - 1) / perPage;
    float width = 8 * 0.6f * lines.stream().mapToInt(String::length).max().orElse(80) + 80;
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(new PDRectangle(width, perPage * 10 + 120));
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          int number = from / perPage + 1;
          show(s, font, 40, perPage * 10 + 90, "Response to a request for information");
          show(s, font, 40, 20, "Page " + number + " of " + pages);
          float y = perPage * 10 + 60;
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            if (!line.isBlank()) {
              boolean tab = line.startsWith("\t");
              show(
                  s,
                  font,
                  tab ? 40 + 4 * 8 * 0.6f : 40,
                  y,
                  line.replaceFirst("^\t", "").replace('\t', ' ').replace('\u00a0', ' '));
            }
            y -= 10;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void show(PDPageContentStream s, PDType1Font font, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, 8);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  static String proposal(String text) {
    return Proposals.read(text, Optional.empty(), Optional.empty())
        .proposal()
        .toString()
        .replaceAll("[\\s\\u00a0]+", " ");
  }

  @Test
  void theSameLetterAsTextWordAndPdfGivesTheSameProposal() throws IOException {
    for (Path p : LETTERS) {
      String text = letter(p);
      String plain = LetterFiles.text("letter.txt", text.getBytes(StandardCharsets.UTF_8));
      String fromText = proposal(plain);
      String again =
          proposal(LetterFiles.text("letter.txt", text.getBytes(StandardCharsets.UTF_8)));
      String fromWord = proposal(LetterFiles.text("letter.docx", docx(text)));
      String pdfText = LetterFiles.text("Letter.PDF", pdf(text));
      if (p.equals(LEICESTER)) {
        assertThat(fromText)
            .contains("questions=[ProposedQuestion[number=1")
            .contains("columnHeaders=[[CSE, 10-14], [CSE, 15-19], [CE, 10-14], [CE, 15-19]]");
      }
      assertThat(again).isEqualTo(fromText);
      assertThat(fromWord).as(p + " as Word").isEqualTo(fromText);
      // the PDF's pages (running header, page numbers, tables broken by a page) read as the text
      assertThat(pdfText)
          .as(p + " as PDF, its text")
          .isEqualTo(plain.replaceAll("(?<=\\S)\t", " "));
      assertThat(proposal(pdfText)).as(p + " as PDF").isEqualTo(fromText);
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
