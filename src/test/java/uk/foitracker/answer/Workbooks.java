package uk.foitracker.answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Excel workbooks built entry by entry, for the import limits: a small valid one, a zip bomb, a
 * huge sheet and the like. Each is a real .xlsx (a zip of the parts Excel writes).
 */
final class Workbooks {
  static final String SHEET = "xl/worksheets/sheet1.xml";
  static final String STRINGS = "xl/sharedStrings.xml";
  static final String STYLES = "xl/styles.xml";
  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  static final String SHEET_END = "</sheetData></worksheet>";

  private Workbooks() {}

  private static Map<String, byte[]> template;

  /** The parts of Leicester's Table A as written by POI (the template the others change). */
  static synchronized Map<String, byte[]> parts() {
    if (template == null) {
      try {
        template = unzip(TableImportTest.workbook());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new LinkedHashMap<>(template);
  }

  static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /** The template with some parts replaced (the others as they are). */
  static byte[] withParts(Map<String, byte[]> replaced) {
    Map<String, byte[]> parts = parts();
    parts.putAll(replaced);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The template whose first sheet is written by {@code body} (streamed, never held whole). */
  static byte[] withSheet(SheetBody body) {
    Map<String, byte[]> parts = parts();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        if (p.getKey().equals(SHEET)) {
          zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
          body.write(zip);
          zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(p.getValue());
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  interface SheetBody {
    void write(OutputStream out) throws IOException;
  }

  /**
   * A zip bomb: under 1 MB packed, its sheet unpacks to 400 MB of empty rows (an inflate ratio of
   * about 1,000 to 1).
   */
  static byte[] zipBomb() {
    return withSheet(
        out -> {
          byte[] block = "<row/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
          for (long written = 0; written < 400_000_000L; written += block.length) {
            out.write(block);
          }
        });
  }

  /**
   * A huge sheet that is no zip bomb: 70,000 rows of distinct figures, which packs under 1 MB at an
   * ordinary inflate ratio.
   */
  static byte[] hugeSheet() {
    return withSheet(
        out -> {
          StringBuilder rows = new StringBuilder();
          for (int r = 1; r <= 70_000; r++) {
            rows.append("<row r=\"")
                .append(r)
                .append("\"><c r=\"A")
                .append(r)
                .append("\"><v>")
                .append(r)
                .append("</v></c><c r=\"B")
                .append(r)
                .append("\"><v>")
                .append((r * 7919L) % 10007)
                .append("</v></c></row>");
            if (rows.length() > 64_000) {
              out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
              rows.setLength(0);
            }
          }
          out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
        });
  }

  /** A sheet whose one row has a cell in the last column Excel allows (XFD). */
  static byte[] wideSheet() {
    return withSheet(
        out ->
            out.write(
                ("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>3</v></c></row>")
                    .getBytes(StandardCharsets.US_ASCII)));
  }

  /** A sheet whose only row is the last one Excel allows (row 1,048,576). */
  static byte[] farRow() {
    return withSheet(
        out ->
            out.write(
                "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c><c r=\"B1048576\"><v>2</v></c></row>"
                    .getBytes(StandardCharsets.US_ASCII)));
  }
}
