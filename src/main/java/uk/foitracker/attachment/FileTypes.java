package uk.foitracker.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of file a response may attach, recognised by their content. Apache Tika's detector
 * reads the file's magic numbers (with the name only to tell apart formats that share a container,
 * such as an .xlsx and a .docx, both zip files); the container is then opened to check that it
 * holds what the type says (a workbook part, a Word document part), so a zip or an executable
 * renamed .xlsx is refused. The file name must end with an extension of the detected type.
 */
final class FileTypes {
  private FileTypes() {}

  /** An allowed kind of file: its media type, a label and the extensions its name may end with. */
  record Kind(String mediaType, String label, List<String> extensions) {
    boolean spreadsheet() {
      return label.contains("spreadsheet");
    }
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String XLS = "application/vnd.ms-excel";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String DOC = "application/msword";
  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  static final String ODT = "application/vnd.oasis.opendocument.text";

  static final List<Kind> ALLOWED =
      List.of(
          new Kind("application/pdf", "PDF", List.of(".pdf")),
          new Kind(XLSX, "Excel spreadsheet", List.of(".xlsx")),
          new Kind(XLS, "Excel 97-2003 spreadsheet", List.of(".xls")),
          new Kind(ODS, "OpenDocument spreadsheet", List.of(".ods")),
          new Kind(DOCX, "Word document", List.of(".docx")),
          new Kind(DOC, "Word 97-2003 document", List.of(".doc")),
          new Kind(ODT, "OpenDocument text", List.of(".odt")),
          new Kind("text/csv", "CSV", List.of(".csv")),
          new Kind("text/plain", "Plain text", List.of(".txt")));

  /** What the upload form and the refusals say is allowed. */
  static final String ALLOWED_TEXT =
      "a PDF, a spreadsheet (.xlsx, .xls, .ods), a Word or OpenDocument text (.docx, .doc, .odt),"
          + " CSV or plain text";

  private static final Tika TIKA = new Tika(MimeTypes.getDefaultMimeTypes());

  /** The kind of an uploaded file, or the reason it is refused. */
  record Detected(Kind kind, String refusal) {}

  static Detected detect(String fileName, byte[] bytes) {
    String name = fileName.toLowerCase(Locale.ROOT);
    String detected = TIKA.detect(bytes, fileName);
    Optional<Kind> kind = ALLOWED.stream().filter(k -> k.mediaType().equals(detected)).findFirst();
    if (kind.isEmpty()) {
      return new Detected(
          null,
          "The file's content is not one of the kinds that can be attached ("
              + ALLOWED_TEXT
              + "): it reads as "
              + detected);
    }
    Kind k = kind.get();
    if (k.extensions().stream().noneMatch(name::endsWith)) {
      return new Detected(
          null,
          "The file's content is "
              + article(k.label())
              + " but its name does not end with "
              + String.join(" or ", k.extensions())
              + ": rename it and upload it again");
    }
    if (!containerHolds(k, bytes)) {
      return new Detected(
          null, "The file's name says " + article(k.label()) + " but its content is not one");
    }
    return new Detected(k, null);
  }

  private static String article(String label) {
    return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  /** Opens the container and checks for the part that makes the file what its type says. */
  private static boolean containerHolds(Kind k, byte[] bytes) {
    try {
      return switch (k.mediaType()) {
        case XLSX -> zipEntries(bytes).contains("xl/workbook.xml");
        case DOCX -> zipEntries(bytes).contains("word/document.xml");
        case XLS -> oleEntry(bytes, "Workbook") || oleEntry(bytes, "Book");
        case DOC -> oleEntry(bytes, "WordDocument");
        default -> true;
      };
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Set<String> zipEntries(byte[] bytes) throws IOException {
    Set<String> names = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null && names.size() < 10_000) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static boolean oleEntry(byte[] bytes, String entry) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive(entry);
    }
  }
}
