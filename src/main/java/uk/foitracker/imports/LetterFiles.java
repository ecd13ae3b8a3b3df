package uk.foitracker.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import uk.foitracker.web.ValidationProblem;

/**
 * The text of an uploaded letter, read with a library made for its format: plain text (UTF-8, or
 * Windows-1252 when not UTF-8), Word (.docx, Apache POI: paragraphs and tables in order, a table's
 * cells separated by tabs) or PDF (Apache PDFBox: by position, a blank line where the page leaves a
 * gap). A file whose content is not what its name says (a PDF named .txt, a zip named .docx) is
 * refused, as is any other kind of file.
 */
final class LetterFiles {
  static final String ALLOWED = "a text file (.txt), a Word document (.docx) or a PDF (.pdf)";

  /** The largest upload read, in bytes. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private LetterFiles() {}

  /**
   * The text of {@code bytes}, named {@code name}.
   *
   * @throws ValidationProblem (field {@code file}) when the file is not what its name says, or not
   *     one of the kinds read
   */
  static String text(String name, byte[] bytes) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (bytes == null || bytes.length == 0) {
      throw refused("The file " + shown(name) + " is empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw refused("The file must be 20 MB or smaller");
    }
    if (n.endsWith(".txt")) {
      return same(plain(name, bytes));
    }
    if (n.endsWith(".docx")) {
      return same(word(name, bytes));
    }
    if (n.endsWith(".pdf")) {
      return same(pdf(name, bytes));
    }
    throw refused("The file must be " + ALLOWED);
  }

  /**
   * The text as every format can give it, so that one letter reads the same whatever its file:
   * lines ended by "\n", no-break spaces as spaces, no spaces at the end of a line, one line end at
   * the end.
   */
  static String same(String text) {
    String t =
        TRAILING
            .matcher(text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' '))
            .replaceAll("")
            .strip();
    return t.isEmpty() ? t : t + "\n";
  }

  private static final Pattern TRAILING = Pattern.compile("(?m)[ \\t]+$");

  private static String plain(String name, byte[] bytes) {
    if (startsWith(bytes, "%PDF-") || startsWith(bytes, "PK\u0003\u0004") || hasNul(bytes)) {
      throw refused("The file " + shown(name) + " is not a text file, though its name says so");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String word(String name, byte[] bytes) {
    if (!startsWith(bytes, "PK\u0003\u0004")) {
      throw refused(
          "The file " + shown(name) + " is not a Word document (.docx), though its name says so");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder b = new StringBuilder();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          b.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
              line.append(line.isEmpty() ? "" : "\t").append(cell.getText().replace('\n', ' '));
            }
            b.append(line).append('\n');
          }
        }
      }
      return b.toString();
    } catch (IOException | RuntimeException e) {
      throw refused(
          "The file " + shown(name) + " is not a Word document (.docx), though its name says so");
    }
  }

  private static String pdf(String name, byte[] bytes) {
    if (!startsWith(bytes, "%PDF-")) {
      throw refused("The file " + shown(name) + " is not a PDF, though its name says so");
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new LineGaps();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return stripper.getText(doc);
    } catch (IOException | RuntimeException e) {
      throw refused("The file " + shown(name) + " is not a PDF that can be read");
    }
  }

  /**
   * PDFBox's text by position, with a blank line where the page leaves a gap of more than a line
   * and a half between two lines (a paragraph break), as the letter's text would have it.
   */
  private static final class LineGaps extends PDFTextStripper {
    private boolean lineStart = true;
    private float lastY = Float.NaN;

    @Override
    protected void startPage(PDPage page) throws IOException {
      lastY = Float.NaN;
      lineStart = true;
      super.startPage(page);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      super.writeLineSeparator();
      lineStart = true;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (lineStart && !positions.isEmpty()) {
        TextPosition p = positions.get(0);
        float y = p.getYDirAdj();
        float size = Math.max(p.getFontSizeInPt(), p.getHeightDir());
        if (!Float.isNaN(lastY) && y - lastY > 1.7f * size) {
          super.writeLineSeparator();
        }
        lastY = y;
        lineStart = false;
      }
      super.writeString(text, positions);
    }
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (bytes[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static String shown(String name) {
    String n = name == null ? "" : name.strip();
    return n.length() > 80 ? n.substring(0, 80) + "…" : n;
  }

  private static ValidationProblem refused(String message) {
    return ValidationProblem.of("file", message);
  }
}
