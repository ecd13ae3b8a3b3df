package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import uk.foitracker.fuzz.Budget;
import uk.foitracker.rules.CellState;
import uk.foitracker.web.Problem;
import uk.foitracker.web.ValidationProblem;

/**
 * Fuzz tests of the table import: cells pasted, a CSV file, an Excel workbook (as raw bytes, and as
 * its XML parts inside a valid zip), and one cell's text. Each input may only give a table within
 * the limits of {@link TableGrids} or the {@link ValidationProblem} the parsers declare; any other
 * exception, or an input over one second of CPU or 512 MB ({@link Budget}), is a finding.
 *
 * <p>{@code ./mvnw verify} replays the saved inputs in {@code
 * src/test/resources/uk/foitracker/answer/TableImportFuzzTestInputs/<method>/} (seeds, the zip bomb
 * and the huge sheet, and every finding kept as a regression input). {@code JAZZER_FUZZ=1} fuzzes
 * one method (README, "Fuzzing").
 */
class TableImportFuzzTest {
  private static final List<TableDraft.Layout> LAYOUTS =
      List.of(
          new TableDraft.Layout("Caption", 1, false), new TableDraft.Layout("Caption", 2, true));

  /** Runs each target once on a valid table, so no input pays for loading its classes. */
  @BeforeAll
  static void warmUp() {
    TableImportFuzzTest test = new TableImportFuzzTest();
    byte[] paste = TableImportTest.TABLE_A_PASTE.getBytes(StandardCharsets.UTF_8);
    Budget.warmUp(
        () -> {
          test.paste(paste);
          test.csv(paste);
          test.xlsx(Workbooks.withParts(Map.of()));
          test.xlsxParts(new byte[] {'<'});
          test.cell("18,201".getBytes(StandardCharsets.UTF_8));
          test.cell("n/a".getBytes(StandardCharsets.UTF_8));
        });
  }

  @FuzzTest
  void paste(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    checkTable(() -> TableGrids.fromPaste(text), "cells");
  }

  @FuzzTest
  void csv(byte[] input) {
    checkTable(() -> TableGrids.fromCsv(input), "file");
  }

  @FuzzTest
  void xlsx(byte[] input) {
    checkTable(() -> TableGrids.fromXlsx(input), "file");
  }

  /**
   * The XML inside a well-formed workbook: the input holds the sheet, then optionally the shared
   * strings and the styles, separated by NUL characters; parts not given stay as in the template.
   */
  @FuzzTest
  @DictionaryEntries({
    "<row r=\"1\">",
    "</row>",
    "<c r=\"A1\" t=\"s\">",
    "<c r=\"B2\" t=\"inlineStr\"><is><t>",
    "</t></is>",
    "<c t=\"str\"><f>",
    "</f>",
    "<v>",
    "</v>",
    "</c>",
    " s=\"1\"",
    "<si><t>",
    "</t></si>",
    "<numFmt numFmtId=\"164\" formatCode=\"",
    "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/>",
    "<!DOCTYPE",
    "<!ENTITY",
    "&#x",
  })
  void xlsxParts(byte[] input) {
    String[] parts = new String(input, StandardCharsets.UTF_8).split("\0", -1);
    Map<String, byte[]> replaced = new LinkedHashMap<>();
    String[] names = {Workbooks.SHEET, Workbooks.STRINGS, Workbooks.STYLES};
    for (int i = 0; i < Math.min(parts.length, names.length); i++) {
      replaced.put(names[i], parts[i].getBytes(StandardCharsets.UTF_8));
    }
    byte[] workbook = Workbooks.withParts(replaced);
    checkTable(() -> TableGrids.fromXlsx(workbook), "file");
  }

  @FuzzTest
  void cell(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Budget.check(
        () -> {
          CellText cell;
          try {
            cell = CellText.parse(text);
          } catch (IllegalArgumentException declared) {
            assertThat(declared).hasMessageStartingWith("A cell reads");
            return;
          }
          assertThat(cell.text()).isEqualTo(text.strip());
          if (cell.state() == CellState.VALUE) {
            assertThat(cell.value()).isNotNull();
            assertThat(Long.parseLong(cell.text().replace(",", ""))).isEqualTo(cell.value());
          } else {
            assertThat(cell.value()).isNull();
          }
        });
  }

  /** A grid within the limits, read as a draft in each layout; or a declared field error. */
  private static void checkTable(Supplier<List<List<String>>> parse, String field) {
    Budget.check(
        () -> {
          List<List<String>> grid;
          try {
            grid = parse.get();
          } catch (ValidationProblem declared) {
            assertDeclared(declared, field);
            return;
          }
          assertThat(grid.size()).isBetween(2, TableGrids.MAX_ROWS);
          int width = grid.get(0).size();
          assertThat(width).isBetween(2, TableGrids.MAX_COLUMNS);
          for (List<String> row : grid) {
            assertThat(row).hasSize(width);
            for (String cell : row) {
              assertThat(cell).isNotNull().isEqualTo(cell.strip());
              assertThat(cell.length()).isLessThanOrEqualTo(TableGrids.MAX_CELL_CHARS);
            }
          }
          for (TableDraft.Layout layout : LAYOUTS) {
            readDraft(grid, layout, field);
          }
        });
  }

  private static void readDraft(List<List<String>> grid, TableDraft.Layout layout, String field) {
    TableDraft draft;
    try {
      draft = TableDraft.read(grid, layout, field);
    } catch (ValidationProblem declared) {
      assertDeclared(declared, field);
      return;
    }
    int width = grid.get(0).size();
    assertThat(draft.columns()).hasSize(width - 1);
    assertThat(draft.rows()).hasSize(grid.size() - layout.headerRows());
    long notHeld =
        draft.rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(c -> c.state() == CellState.NOT_HELD)
            .count();
    assertThat(draft.notHeldCells()).isEqualTo((int) notHeld);
    draft.rows().forEach(r -> assertThat(r.cells()).hasSize(width - 1));
    assertThat(draft.toView(1).rows()).hasSize(draft.rows().size());
    try {
      draft.requireConfirmation(layout);
      assertThat(notHeld == 0 || layout.notHeldConfirmed()).isTrue();
    } catch (ValidationProblem declared) {
      assertThat(declared.errors())
          .extracting(Problem.FieldError::field)
          .containsExactly("notHeldConfirmed");
    }
  }

  private static void assertDeclared(ValidationProblem problem, String field) {
    assertThat(problem.errors()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
    for (Problem.FieldError error : problem.errors()) {
      assertThat(error.field()).isIn(field, "caption", "headerRows");
      assertThat(error.message()).isNotBlank();
    }
  }
}
