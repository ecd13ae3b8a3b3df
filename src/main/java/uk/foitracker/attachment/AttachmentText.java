package uk.foitracker.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an attachment as whoever opens it reads it, for the release check: a PDF's text
 * (PDFBox), a Word document's paragraphs, tables, headers and footers (POI), every cell of every
 * sheet of a workbook, hidden sheets, rows and columns included, as Excel would show it (POI's
 * {@link DataFormatter}, formulas by their saved result), a CSV or text file decoded (UTF-8, else
 * Windows-1252). Bounded: at most {@link #MAX_CHARS} characters are read, and a longer text says
 * so. A file that cannot be read (damaged, encrypted, or a kind POI cannot open: OpenDocument, Word
 * 97-2003) says why instead, so that it is checked by hand rather than passed unseen.
 */
final class AttachmentText {
  private AttachmentText() {}

  /** The most characters read from one file. */
  static final int MAX_CHARS = 2_000_000;

  /**
   * What was read.
   *
   * @param text the text read (at most {@link #MAX_CHARS}), or null when the file could not be read
   * @param truncated true when the file holds more text than was read
   * @param unreadable why the file could not be read, or null
   */
  public record Extracted(String text, boolean truncated, String unreadable) {
    static Extracted read(StringBuilder text, boolean more) {
      boolean over = more || text.length() > MAX_CHARS;
      return new Extracted(
          text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text.toString(), over, null);
    }

    static Extracted failed(String why) {
      return new Extracted(null, false, why);
    }
  }

  /** The text of a file of the given media type (one of {@link FileTypes#ALLOWED}). */
  static Extracted of(String mediaType, byte[] bytes) {
    try {
      return switch (mediaType) {
        case "application/pdf" -> pdf(bytes);
        case FileTypes.XLSX, FileTypes.XLS -> workbook(bytes);
        case FileTypes.DOCX -> document(bytes);
        case "text/csv", "text/plain" -> Extracted.read(new StringBuilder(decoded(bytes)), false);
        default -> Extracted.failed("its kind of file (" + mediaType + ") cannot be read here");
      };
    } catch (IOException | RuntimeException e) {
      return Extracted.failed("the file is damaged, encrypted or not what its type says");
    }
  }

  private static Extracted pdf(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      StringBuilder text = new StringBuilder();
      int pages = doc.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= pages; p++) {
        if (text.length() > MAX_CHARS) {
          return Extracted.read(text, true);
        }
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        text.append(stripper.getText(doc)).append('\n');
      }
      return Extracted.read(text, false);
    }
  }

  private static Extracted document(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return Extracted.read(new StringBuilder(extractor.getText()), false);
    } catch (IOException | RuntimeException e) {
      return documentParts(bytes);
    }
  }

  private static final Pattern WORD_PART =
      Pattern.compile("word/(document|header[0-9]*|footer[0-9]*|footnotes|endnotes)\\.xml");

  /**
   * A Word document POI will not open (its package lacks relationships, say) read from its parts:
   * the text of the document, headers and footers, paragraph by paragraph.
   */
  private static Extracted documentParts(byte[] bytes) throws IOException {
    StringBuilder text = new StringBuilder();
    boolean any = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (!WORD_PART.matcher(e.getName()).matches()) {
          continue;
        }
        any = true;
        byte[] part = zip.readNBytes(MAX_CHARS * 8);
        String xml = new String(part, StandardCharsets.UTF_8);
        String plain =
            xml.replaceAll("</w:p>|<w:br/>|<w:tab/>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        text.append(plain).append('\n');
        if (text.length() > MAX_CHARS || part.length == MAX_CHARS * 8) {
          return Extracted.read(text, true);
        }
      }
    }
    return any
        ? Extracted.read(text, false)
        : Extracted.failed("the file is damaged, encrypted or not what its type says");
  }

  private static Extracted workbook(byte[] bytes) throws IOException {
    DataFormatter formatter = new DataFormatter();
    formatter.setUseCachedValuesForFormulaCells(true);
    StringBuilder text = new StringBuilder();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        Sheet sheet = wb.getSheetAt(s);
        text.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            String value = formatter.formatCellValue(cell);
            if (!value.isEmpty()) {
              text.append(value).append('\t');
            }
          }
          text.append('\n');
          if (text.length() > MAX_CHARS) {
            return Extracted.read(text, true);
          }
        }
        text.append('\n');
      }
    }
    return Extracted.read(text, false);
  }

  /** UTF-8 (or UTF-16 by its byte order mark), else Windows-1252, which decodes any byte. */
  static String decoded(byte[] bytes) {
    int length = bytes.length;
    if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    int start =
        length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, length - start, Charset.forName("windows-1252"));
    }
  }
}
