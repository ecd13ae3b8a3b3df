package uk.foitracker.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * What a spreadsheet or Word document holds that someone who opens it does not see, and that is
 * published with the file all the same. In 2023 the Police Service of Northern Ireland answered an
 * FOI request with a spreadsheet whose hidden tab named its whole workforce; WhatDoTheyKnow has
 * checked uploads for hidden data since. Looked for, in a workbook (.xlsx, .xls):
 *
 * <ul>
 *   <li>hidden and "very hidden" sheets (a very hidden sheet cannot be unhidden from Excel's menus
 *       but is in the file for anyone to read);
 *   <li>hidden rows (filtered-out rows too) and hidden columns;
 *   <li>comments (notes) on cells;
 *   <li>defined names, which can point at or hold data outside the visible table (Excel's own print
 *       areas and filter ranges excepted);
 *   <li>external links: formulas that read another workbook, whose path often names a person's
 *       folder or a network share;
 *   <li>pivot caches: a pivot table keeps a full copy of its source rows in the file, even when the
 *       source sheet was deleted;
 *   <li>document properties: the author, who last saved it, manager, company and custom properties.
 * </ul>
 *
 * <p>In a Word document (.docx): comments, tracked insertions and deletions, text formatted as
 * hidden, and the same document properties. Hidden content is a release hit like personal data in
 * the text: a file that hides anything is neither marked releasable nor published without the
 * officer's explicit confirmation, audited. OpenDocument files and Word 97-2003 documents are not
 * inspected: POI cannot read them, and the officer is told so on the attachment.
 */
final class HiddenContent {
  private HiddenContent() {}

  /** The columns looked at on each sheet beyond the last one with a cell. */
  private static final int MAX_COLUMNS = 16_384;

  /**
   * Authors that are programs, not people: a workbook written by a program has one of these as its
   * creator. Anything else in the author fields is taken to be a person's name.
   */
  private static final Set<String> NOT_PEOPLE =
      Set.of("apache poi", "microsoft excel", "microsoft office", "microsoft office user", "");

  /** Excel's own defined names (print area, print titles, filter ranges): not hidden data. */
  private static final Set<String> BUILT_IN_NAMES =
      Set.of(
          "print_area",
          "print_titles",
          "_filterdatabase",
          "consolidate_area",
          "criteria",
          "extract",
          "database",
          "sheet_title",
          "auto_open",
          "auto_close");

  private static final String PIVOT_CACHE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml";
  private static final String EXTERNAL_LINK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";

  /** A description of what the file hides ("sheet "Names" is hidden; …"), or null. */
  static String of(FileTypes.Kind kind, byte[] bytes) {
    List<String> found;
    String type = kind.mediaType();
    try {
      if (type.equals(FileTypes.XLSX) || type.equals(FileTypes.XLS)) {
        found = workbook(bytes);
      } else if (type.equals(FileTypes.DOCX)) {
        found = document(bytes);
      } else {
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return "the file could not be read to check it for hidden content (hidden sheets, rows,"
          + " columns, comments, names, links, pivot caches, authors)";
    }
    if (found.isEmpty()) {
      return null;
    }
    String text = String.join("; ", found);
    return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
  }

  private static List<String> workbook(byte[] bytes) throws IOException {
    List<String> found = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        Sheet sheet = wb.getSheetAt(i);
        String name = quoted(sheet.getSheetName());
        if (wb.isSheetVeryHidden(i)) {
          found.add("sheet " + name + " is very hidden");
        } else if (wb.isSheetHidden(i)) {
          found.add("sheet " + name + " is hidden");
        }
        int hiddenRows = 0;
        int lastColumn = 0;
        for (Row row : sheet) {
          if (row.getZeroHeight()) {
            hiddenRows++;
          }
          lastColumn = Math.max(lastColumn, row.getLastCellNum());
        }
        if (hiddenRows > 0) {
          found.add(count(hiddenRows, "hidden row") + " on " + name);
        }
        int hiddenColumns = 0;
        for (int c = 0; c < Math.min(lastColumn, MAX_COLUMNS); c++) {
          if (sheet.isColumnHidden(c)) {
            hiddenColumns++;
          }
        }
        if (hiddenColumns > 0) {
          found.add(count(hiddenColumns, "hidden column") + " on " + name);
        }
        int comments = sheet.getCellComments().size();
        if (comments > 0) {
          found.add(count(comments, "comment") + " on " + name);
        }
      }
      List<String> names = new ArrayList<>();
      for (Name n : wb.getAllNames()) {
        String bare = n.getNameName();
        bare = bare.startsWith("_xlnm.") ? bare.substring(6) : bare;
        if (!BUILT_IN_NAMES.contains(bare.toLowerCase(Locale.ROOT))) {
          names.add(quoted(n.getNameName()));
        }
      }
      if (!names.isEmpty()) {
        found.add(
            (names.size() == 1 ? "a defined name " : "defined names ")
                + String.join(", ", names.subList(0, Math.min(names.size(), 10)))
                + (names.size() > 10 ? " and " + (names.size() - 10) + " more" : ""));
      }
      if (wb instanceof XSSFWorkbook x) {
        found.addAll(packageParts(x.getPackage()));
        found.addAll(properties(x.getProperties()));
      } else if (wb instanceof HSSFWorkbook h) {
        found.addAll(properties(h.getSummaryInformation(), h.getDocumentSummaryInformation()));
      }
    }
    return found;
  }

  private static List<String> document(byte[] bytes) throws IOException {
    List<String> found = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int comments = doc.getComments() == null ? 0 : doc.getComments().length;
      if (comments > 0) {
        found.add(count(comments, "comment"));
      }
      String xml;
      try (InputStream in = doc.getPackagePart().getInputStream()) {
        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      int insertions = occurrences(xml, "<w:ins ");
      int deletions = occurrences(xml, "<w:del ");
      if (insertions + deletions > 0) {
        found.add(
            "tracked changes ("
                + count(insertions, "insertion")
                + ", "
                + count(deletions, "deletion")
                + ") that were not accepted or rejected");
      }
      int hiddenText = occurrences(xml, "<w:vanish/>") + occurrences(xml, "<w:vanish ");
      if (hiddenText > 0) {
        found.add(count(hiddenText, "run") + " of text formatted as hidden");
      }
      found.addAll(properties(doc.getProperties()));
    }
    return found;
  }

  /** Pivot caches and external links, found by their parts in the package. */
  private static List<String> packageParts(OPCPackage pkg) {
    List<String> found = new ArrayList<>();
    try {
      int caches = pkg.getPartsByContentType(PIVOT_CACHE).size();
      if (caches > 0) {
        found.add(
            count(caches, "pivot cache")
                + " (a pivot table keeps a copy of all its source rows in the file)");
      }
      Set<String> targets = new LinkedHashSet<>();
      int links = 0;
      for (PackagePart part : pkg.getPartsByContentType(EXTERNAL_LINK)) {
        links++;
        for (PackageRelationship rel : part.getRelationships()) {
          if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            targets.add(quoted(rel.getTargetURI().toString()));
          }
        }
      }
      if (links > 0) {
        found.add(
            count(links, "external link")
                + " to another workbook"
                + (targets.isEmpty() ? "" : " (" + String.join(", ", targets) + ")"));
      }
    } catch (InvalidFormatException e) {
      found.add("parts of the workbook could not be read to check for pivot caches and links");
    }
    return found;
  }

  private static List<String> properties(POIXMLProperties props) {
    List<String> found = new ArrayList<>();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    person(found, "author", core.getCreator());
    person(found, "last saved by", core.getLastModifiedByUser());
    POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
    if (ext != null && ext.getUnderlyingProperties() != null) {
      person(found, "manager", ext.getUnderlyingProperties().getManager());
      person(found, "company", ext.getUnderlyingProperties().getCompany());
    }
    POIXMLProperties.CustomProperties custom = props.getCustomProperties();
    if (custom != null && custom.getUnderlyingProperties() != null) {
      int n = custom.getUnderlyingProperties().sizeOfPropertyArray();
      if (n > 0) {
        found.add(count(n, "custom document property", "custom document properties"));
      }
    }
    return found;
  }

  private static List<String> properties(
      SummaryInformation summary, DocumentSummaryInformation document) {
    List<String> found = new ArrayList<>();
    if (summary != null) {
      person(found, "author", summary.getAuthor());
      person(found, "last saved by", summary.getLastAuthor());
    }
    if (document != null) {
      person(found, "manager", document.getManager());
      person(found, "company", document.getCompany());
    }
    return found;
  }

  /** Adds "document property author: "…"" unless the value is empty or a program's name. */
  private static void person(List<String> found, String property, String value) {
    if (value == null || NOT_PEOPLE.contains(value.strip().toLowerCase(Locale.ROOT))) {
      return;
    }
    found.add("document property " + property + ": " + quoted(value.strip()));
  }

  private static int occurrences(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static String count(int n, String thing) {
    return count(n, thing, thing + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String quoted(String s) {
    String t = s.length() > 120 ? s.substring(0, 120) + "…" : s;
    return "\"" + t + "\"";
  }
}
