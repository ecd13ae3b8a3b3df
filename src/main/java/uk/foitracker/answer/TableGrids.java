package uk.foitracker.answer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import uk.foitracker.web.ValidationProblem;

/**
 * Reads a grid of cell texts from what an officer gives: cells pasted from a spreadsheet (tab- or
 * comma-separated), a CSV file or an Excel workbook (.xlsx, first visible sheet, values as
 * displayed). Anything too large, malformed or not a table is refused with a field error; nothing
 * is kept.
 */
public final class TableGrids {
  public static final int MAX_PASTE_CHARS = 200_000;
  public static final int MAX_FILE_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 500;
  public static final int MAX_COLUMNS = 30;
  public static final int MAX_CELL_CHARS = 1000;

  /**
   * What a workbook may unpack to in all. The sheet and shared strings of a full table (500 rows,
   * 30 columns) unpack to about a megabyte; the rest is room for styles and other sheets.
   */
  public static final long MAX_UNPACKED_BYTES = 10L * 1024 * 1024;

  /** A workbook has a few dozen parts (one per sheet, image, style...); this leaves plenty. */
  public static final int MAX_ZIP_ENTRIES = 500;

  /** A part may not unpack to more than 100 times its packed size (POI's own default)... */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** ...once past its first 100 kB, which small parts often exceed. */
  static final long ZIP_GRACE_BYTES = 100 * 1024;

  static {
    // The same limits for POI's own reading of the package (defence in depth): it refuses a part
    // that inflates past the ratio, is larger than the whole allowance, or a package of too many.
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setGraceEntrySize(ZIP_GRACE_BYTES);
    ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
  }

  private TableGrids() {}

  /** Cells as pasted: tab-separated when any line has a tab, comma-separated otherwise. */
  public static List<List<String>> fromPaste(String pasted) {
    String field = "cells";
    if (pasted == null || pasted.isBlank()) {
      throw ValidationProblem.of(field, "Paste the cells of the table, copied from a spreadsheet");
    }
    if (pasted.length() > MAX_PASTE_CHARS) {
      throw ValidationProblem.of(
          field, "The pasted cells are too long: at most " + MAX_PASTE_CHARS + " characters");
    }
    // a browser sends a textarea's line breaks as CR LF, also inside a quoted cell
    String text = pasted.replace("\r\n", "\n").replace('\r', '\n');
    CSVFormat format = text.contains("\t") ? CSVFormat.TDF : CSVFormat.DEFAULT;
    return tidy(read(new StringReader(text), format, field), field);
  }

  /** A CSV file in UTF-8 (a byte order mark is skipped). */
  public static List<List<String>> fromCsv(byte[] bytes) {
    String field = "file";
    checkSize(bytes, field);
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
      throw ValidationProblem.of(
          field,
          "The file is not a CSV file in UTF-8 text: save it from the spreadsheet as CSV UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return tidy(read(new StringReader(text), CSVFormat.DEFAULT, field), field);
  }

  /**
   * The first visible sheet of an Excel workbook (hidden and very hidden sheets are skipped), each
   * cell as Excel displays it (a formula as the value Excel saved with it). The sheet is read as a
   * stream and reading stops at the first cell past the size limits, so a huge sheet is refused
   * without being held; a workbook that unpacks to more than {@link #MAX_UNPACKED_BYTES} or more
   * than 100 times its packed size (a zip bomb) is refused before it is opened.
   */
  public static List<List<String>> fromXlsx(byte[] bytes) {
    String field = "file";
    checkSize(bytes, field);
    checkUnpacked(bytes, field);
    SheetCells cells = new SheetCells(field);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      String sheetId = firstVisibleSheet(reader, field);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      try (InputStream sheet = reader.getSheet(sheetId)) {
        XMLReader parser = XMLHelper.newXMLReader();
        // POI's reader resolves no external entity; a workbook part never has a DOCTYPE at all.
        parser.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        parser.setContentHandler(
            new XSSFSheetXMLHandler(styles, strings, cells, new DataFormatter(Locale.UK), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (SheetCells.Refused e) {
      throw e.problem;
    } catch (ValidationProblem e) {
      throw e;
    } catch (IOException
        | SAXException
        | OpenXML4JException
        | ParserConfigurationException
        | RuntimeException e) {
      // POI and the XML parser throw many kinds of exception for a damaged workbook.
      throw unreadable(field);
    }
    return tidy(cells.grid(), field);
  }

  /**
   * The relationship id of the first sheet that is neither hidden nor "very hidden", in the
   * workbook's own order: what Excel shows when the file is opened. A hidden sheet is never read as
   * the table (a hidden tab of names behind a summary is how personal data leaks).
   */
  private static String firstVisibleSheet(XSSFReader reader, String field)
      throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
    List<String[]> sheets = new ArrayList<>();
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    parser.setContentHandler(
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes attrs) {
            if ("sheet".equals(local) || qName.endsWith(":sheet") || "sheet".equals(qName)) {
              String id = null;
              for (int i = 0; i < attrs.getLength(); i++) {
                if ("id".equals(attrs.getLocalName(i)) || attrs.getQName(i).endsWith(":id")) {
                  id = attrs.getValue(i);
                }
              }
              sheets.add(new String[] {id, attrs.getValue("state")});
            }
          }
        });
    try (InputStream workbook = reader.getWorkbookData()) {
      parser.parse(new InputSource(workbook));
    }
    if (sheets.isEmpty()) {
      throw ValidationProblem.of(field, "The workbook has no sheet");
    }
    return sheets.stream()
        .filter(s -> s[0] != null && (s[1] == null || "visible".equals(s[1])))
        .map(s -> s[0])
        .findFirst()
        .orElseThrow(
            () ->
                ValidationProblem.of(
                    field, "Every sheet of the workbook is hidden: there is no table to read"));
  }

  /**
   * Unpacks the workbook once without keeping anything, and refuses it when its parts unpack to
   * more than {@link #MAX_UNPACKED_BYTES} in all, when one part unpacks to more than 100 times its
   * packed size (past the first 100 kB), or when it has more than {@link #MAX_ZIP_ENTRIES} parts.
   */
  private static void checkUnpacked(byte[] bytes, String field) {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw unreadable(field);
        }
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          total += n;
          long unpacked = zip.getUncompressedCount();
          boolean bomb =
              unpacked > ZIP_GRACE_BYTES && zip.getCompressedCount() < unpacked * MIN_INFLATE_RATIO;
          if (total > MAX_UNPACKED_BYTES || bomb) {
            throw ValidationProblem.of(
                field,
                "The workbook is too large when unpacked: save only the sheet with the table, or"
                    + " save it as CSV");
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationProblem problem) {
        throw problem;
      }
      throw unreadable(field);
    }
    if (entries == 0) {
      throw unreadable(field);
    }
  }

  private static ValidationProblem unreadable(String field) {
    return ValidationProblem.of(
        field,
        "The file is not an Excel workbook (.xlsx) that can be read: save it again as .xlsx or CSV");
  }

  /** The non-blank cells of a sheet as they stream past; refuses one past the size limits. */
  private static final class SheetCells implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String field;
    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private int row = -1;
    private int nextColumn;

    SheetCells(String field) {
      this.field = field;
    }

    /** Thrown through the XML parser to stop reading; carries the field error. */
    static final class Refused extends RuntimeException {
      final transient ValidationProblem problem;

      Refused(ValidationProblem problem) {
        super(null, null, false, false);
        this.problem = problem;
      }
    }

    @Override
    public void startRow(int rowNum) {
      row = rowNum;
      nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      nextColumn = column + 1;
      if (formattedValue == null || formattedValue.isBlank()) {
        return;
      }
      if (row < 0 || column < 0) {
        throw new Refused(unreadable(field));
      }
      if (row >= MAX_ROWS + 10 || column >= MAX_COLUMNS + 10) {
        throw new Refused(tooMany(field));
      }
      rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, formattedValue);
    }

    /** Rows from the first sheet row, each as wide as its last non-blank cell. */
    List<List<String>> grid() {
      List<List<String>> grid = new ArrayList<>();
      int last = rows.isEmpty() ? -1 : rows.lastKey();
      for (int r = 0; r <= last; r++) {
        TreeMap<Integer, String> cells = rows.getOrDefault(r, new TreeMap<>());
        List<String> line = new ArrayList<>();
        int width = cells.isEmpty() ? 0 : cells.lastKey() + 1;
        for (int c = 0; c < width; c++) {
          line.add(cells.getOrDefault(c, ""));
        }
        grid.add(line);
      }
      return grid;
    }
  }

  private static void checkSize(byte[] bytes, String field) {
    if (bytes == null || bytes.length == 0) {
      throw ValidationProblem.of(field, "Choose a CSV or Excel (.xlsx) file");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw ValidationProblem.of(field, "The file must be smaller than 1 MB");
    }
  }

  private static List<List<String>> read(Reader reader, CSVFormat format, String field) {
    List<List<String>> grid = new ArrayList<>();
    try (Reader r = reader) {
      for (CSVRecord record : format.parse(r)) {
        if (grid.size() > MAX_ROWS + 10) {
          throw tooMany(field);
        }
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        grid.add(cells);
      }
    } catch (ValidationProblem e) {
      throw e;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw ValidationProblem.of(
          field, "The cells cannot be read as a table: check the quotation marks are paired");
    }
    return grid;
  }

  /** Drops empty rows and columns at the end, pads short rows, and checks the limits. */
  static List<List<String>> tidy(List<List<String>> raw, String field) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : raw) {
      List<String> cells =
          new ArrayList<>(row.stream().map(c -> c == null ? "" : c.strip()).toList());
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      rows.add(cells);
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    while (!rows.isEmpty() && rows.get(0).isEmpty()) {
      rows.remove(0);
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    if (rows.size() < 2 || width < 2) {
      throw ValidationProblem.of(
          field,
          "This is not a table: it needs at least a header row and one row of figures, and a"
              + " column of row headers and one column of figures");
    }
    if (rows.size() > MAX_ROWS) {
      throw tooMany(field);
    }
    if (width > MAX_COLUMNS) {
      throw tooMany(field);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.isEmpty()) {
        throw ValidationProblem.of(field, "Row " + (r + 1) + " is empty: remove it");
      }
      for (int c = 0; c < row.size(); c++) {
        String text = row.get(c);
        if (text.length() > MAX_CELL_CHARS) {
          throw ValidationProblem.of(
              field,
              "The cell in row "
                  + (r + 1)
                  + ", column "
                  + column(c)
                  + " is longer than "
                  + MAX_CELL_CHARS
                  + " characters");
        }
        if (text.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
          throw ValidationProblem.of(field, "This is not a table: it holds control characters");
        }
      }
      while (row.size() < width) {
        row.add("");
      }
    }
    return rows;
  }

  private static ValidationProblem tooMany(String field) {
    return ValidationProblem.of(
        field,
        "The table is too large: at most " + MAX_ROWS + " rows and " + MAX_COLUMNS + " columns");
  }

  /** "A", "B", ... "AA": the spreadsheet's name for a column (0-based index). */
  public static String column(int index) {
    StringBuilder name = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      name.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return name.toString();
  }
}
