package uk.foitracker.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed inputs of {@link TableImportFuzzTest} into src/test/resources (they are kept in
 * the repository; run again only to change them): {@code ./mvnw test -Dtest=TableImportSeeds
 * -Dfoi.write-seeds=true}.
 */
@EnabledIfSystemProperty(named = "foi.write-seeds", matches = "true")
class TableImportSeeds {
  static final Path DIR =
      Path.of("src/test/resources/uk/foitracker/answer/TableImportFuzzTestInputs");

  @Test
  void write() throws IOException {
    text("paste", "table-a", TableImportTest.TABLE_A_PASTE);
    text("paste", "blank-and-suppressed", "Year,Cases,Other\n2020,,<5\n2021,0,nil\n");
    text("paste", "unpaired-quote", "Year,N\n2020,\"1\n");
    text("csv", "bom-and-thousands", "\uFEFF,Contacts\n,All\n2015,\"18,201\"\n2016,\"12,374\"\n");
    text("csv", "two-header-rows", "\tCSE\t\nAge,10-14,15-19\n2015,19,20\n2016,-,[c]\n");
    bytes("xlsx", "table-a.xlsx", TableImportTest.workbook());
    bytes("xlsx", "zip-bomb.xlsx", Workbooks.zipBomb());
    bytes("xlsx", "huge-sheet.xlsx", Workbooks.hugeSheet());
    bytes("xlsx", "wide-sheet.xlsx", Workbooks.wideSheet());
    bytes("xlsx", "far-row.xlsx", Workbooks.farRow());
    text("xlsx", "not-a-zip", "PK not really a zip");
    Map<String, byte[]> parts = Workbooks.parts();
    text(
        "xlsxParts",
        "table-a",
        new String(parts.get(Workbooks.SHEET), StandardCharsets.UTF_8)
            + "\0"
            + new String(parts.get(Workbooks.STRINGS), StandardCharsets.UTF_8)
            + "\0"
            + new String(parts.get(Workbooks.STYLES), StandardCharsets.UTF_8));
    text(
        "xlsxParts",
        "inline-and-formula",
        Workbooks.SHEET_START
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Year</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>N</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>2020</v></c><c r=\"B2\"><f>SUM(1,2)</f><v>3</v></c></row>"
            + Workbooks.SHEET_END);
    for (String cell : new String[] {"18,201", "<5", "-", "nil", "[c]", "0", "-12"}) {
      text("cell", "cell-" + Integer.toHexString(cell.hashCode()), cell);
    }
  }

  private static void text(String method, String name, String content) throws IOException {
    bytes(method, name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(String method, String name, byte[] content) throws IOException {
    Path dir = DIR.resolve(method);
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), content);
  }
}
