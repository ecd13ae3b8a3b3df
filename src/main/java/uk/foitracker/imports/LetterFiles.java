package uk.foitracker.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
 * gap, repeated page headers and footers left out, a table continued on the next page read as one:
 * see {@link PdfLayout}). A file whose content is not what its name says (a PDF named .txt, a zip
 * named .docx) is refused, as is any other kind of file.
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
      PageLines stripper = new PageLines();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.writeText(doc, new StringWriter());
      return PdfLayout.text(stripper.lines);
    } catch (IOException | RuntimeException e) {
      throw refused("The file " + shown(name) + " is not a PDF that can be read");
    }
  }

  /** One line of a PDF page as PDFBox reads it by position: where it starts and its text. */
  record PdfLine(int page, float x, float y, float size, String text) {}

  /** PDFBox's lines by position, each with its page and where on the page it starts. */
  private static final class PageLines extends PDFTextStripper {
    final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int page;
    private float x;
    private float y;
    private float size;

    @Override
    protected void startPage(PDPage p) throws IOException {
      page++;
      super.startPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (line.isEmpty() && !positions.isEmpty()) {
        TextPosition p = positions.get(0);
        x = p.getXDirAdj();
        y = p.getYDirAdj();
        size = Math.max(p.getFontSizeInPt(), p.getHeightDir());
      }
      line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
      line.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void writePageEnd() {
      endLine();
    }

    private void endLine() {
      if (!line.isEmpty()) {
        lines.add(new PdfLine(page, x, y, size, line.toString()));
        line.setLength(0);
      }
    }
  }

  /**
   * The letter's text from the lines of its PDF pages, laid out as its text would be: the lines of
   * a header or footer repeated on the pages (a page number, "Page 2 of 5", the authority's name)
   * are left out; a blank line stands for each empty line the page leaves between two lines (from
   * the commonest distance between lines), and across a page break for the empty lines at the foot
   * of one page and the head of the next, so that a table or paragraph continued on the next page
   * reads as if there were no page; a line that starts further right than the page's left margin (a
   * word processor's tab) starts with a tab.
   */
  static final class PdfLayout {
    private PdfLayout() {}

    static String text(List<PdfLine> all) {
      List<PdfLine> lines = withoutRunningLines(all);
      if (lines.isEmpty()) {
        return "";
      }
      float pitch = pitch(lines);
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      float left = Float.MAX_VALUE;
      for (int i = 0; i < lines.size(); i++) {
        PdfLine l = lines.get(i);
        if (i == 0 || lines.get(i - 1).page() != l.page()) {
          top = Math.min(top, l.y());
        }
        if (i == lines.size() - 1 || lines.get(i + 1).page() != l.page()) {
          bottom = Math.max(bottom, l.y());
        }
        if (!l.text().isBlank()) {
          left = Math.min(left, l.x());
        }
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        PdfLine l = lines.get(i);
        if (i > 0) {
          PdfLine prev = lines.get(i - 1);
          int blanks;
          if (prev.page() == l.page()) {
            float gap = l.y() - prev.y();
            blanks = gap > 1.7f * prev.size() ? Math.max(1, Math.round(gap / pitch) - 1) : 0;
          } else {
            blanks = Math.round((bottom - prev.y()) / pitch) + Math.round((l.y() - top) / pitch);
          }
          b.append("\n".repeat(Math.max(0, blanks)));
        }
        if (l.x() - left >= 1.5f * l.size()) {
          b.append('\t');
        }
        b.append(l.text()).append('\n');
      }
      return b.toString();
    }

    /** The commonest distance between two lines of a page that follow each other. */
    static float pitch(List<PdfLine> lines) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (int i = 1; i < lines.size(); i++) {
        PdfLine a = lines.get(i - 1);
        PdfLine c = lines.get(i);
        if (a.page() == c.page() && c.y() > a.y()) {
          counts.merge(Math.round((c.y() - a.y()) * 2), 1, Integer::sum);
        }
      }
      return counts.entrySet().stream()
          .max(
              Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                  .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(e -> e.getKey() / 2f)
          .filter(f -> f > 0)
          .orElse(1.2f * lines.get(0).size());
    }

    /**
     * The lines but a page's first or last line when the same line, but for its figures, heads or
     * foots (nearly) every page: on all pages but one at most, and on two at least.
     */
    static List<PdfLine> withoutRunningLines(List<PdfLine> lines) {
      Map<Integer, List<PdfLine>> pages = new LinkedHashMap<>();
      lines.forEach(l -> pages.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
      if (pages.size() < 2) {
        return lines;
      }
      Set<PdfLine> dropped = new HashSet<>();
      for (boolean head : new boolean[] {true, false}) {
        Map<String, List<PdfLine>> same = new HashMap<>();
        for (List<PdfLine> p : pages.values()) {
          PdfLine l = head ? p.get(0) : p.get(p.size() - 1);
          String key = running(l.text());
          if (key != null) {
            same.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
          }
        }
        for (List<PdfLine> found : same.values()) {
          if (found.size() >= Math.max(2, pages.size() - 1)
              && sameHeight(found)
              && (hasLetter(found.get(0).text()) || numbersThePages(found))) {
            dropped.addAll(found);
          }
        }
      }
      return lines.stream().filter(l -> !dropped.contains(l)).toList();
    }

    /** A line as it repeats from page to page: its figures left out; none for a line of figures. */
    static String running(String text) {
      String t = text.strip();
      String key = t.replaceAll("[0-9]+", "#").replaceAll("\\s+", " ");
      boolean page = PAGE_NUMBER.matcher(t.replaceAll("\\s+", " ")).matches();
      return page || hasLetter(key) ? key : null;
    }

    private static boolean hasLetter(String s) {
      return s.chars().anyMatch(Character::isLetter);
    }

    /** Lines of figures alone that count the pages they stand on (a figure in a table does not). */
    private static boolean numbersThePages(List<PdfLine> found) {
      Integer offset = null;
      for (PdfLine l : found) {
        Matcher m = FIGURE.matcher(l.text());
        if (!m.find()) {
          return false;
        }
        int o = Integer.parseInt(m.group()) - l.page();
        if (offset != null && o != offset) {
          return false;
        }
        offset = o;
      }
      return true;
    }

    private static final Pattern FIGURE = Pattern.compile("[0-9]{1,4}");

    private static final Pattern PAGE_NUMBER =
        Pattern.compile("(?i)(page )?[-\u2013(\\[]? ?[0-9]+ ?[-\u2013)\\]]?( of [0-9]+)?");

    private static boolean sameHeight(List<PdfLine> found) {
      float min = Float.MAX_VALUE;
      float max = -Float.MAX_VALUE;
      for (PdfLine l : found) {
        min = Math.min(min, l.y());
        max = Math.max(max, l.y());
      }
      return max - min <= found.get(0).size();
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
