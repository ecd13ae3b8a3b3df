package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.Outcome;

/**
 * Stated totals against the sum of their cells, on Durham Constabulary's hospital table
 * (../shared/examples/02: "-" for zero, which the officer states means zero) and variants.
 */
class StatedTotalsTest {
  static final List<String> YEARS = List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24");

  /** Durham's "Total Crime Count with Hospital Breakdown", "-" read as zero ("-" kept as text). */
  static final String[][] DURHAM = {
    {"Bishop Auckland General Hospital", "2", "2", "1", "2", "1"},
    {"Chester-le-Street Community Hospital", "-", "-", "-", "-", "1"},
    {"Darlington Memorial Hospital", "46", "41", "73", "76", "110"},
    {"Lanchester Road Hospital", "54", "47", "52", "61", "77"},
    {"Priory Hospital", "1", "2", "1", "61", "73"},
    {"University Hospital of North Durham", "11", "49", "66", "46", "63"},
    {"West Park Hospital", "27", "72", "96", "50", "79"},
    {"Total", "141", "213", "289", "296", "404"}
  };

  static TableFacts durham(String[][] rows, CellState dash) {
    List<TableFacts.Row> list = new ArrayList<>();
    for (String[] r : rows) {
      List<TableFacts.Cell> cells = new ArrayList<>();
      for (int i = 1; i < r.length; i++) {
        cells.add(
            r[i].equals("-")
                ? new TableFacts.Cell(dash, dash == CellState.VALUE ? 0L : null, "-")
                : TableFacts.Cell.of(Long.parseLong(r[i])));
      }
      list.add(new TableFacts.Row(r[0], cells, StatedTotals.isTotalLabel(r[0])));
    }
    return new TableFacts("Total Crime Count with Hospital Breakdown", YEARS, list);
  }

  @Test
  void durhamsTotalsAddUpWhenADashIsZero() {
    assertThat(StatedTotals.mismatches(durham(DURHAM, CellState.VALUE))).isEmpty();
  }

  @Test
  void aNotHeldCellMakesATotalUnverifiableNotWrong() {
    assertThat(StatedTotals.mismatches(durham(DURHAM, CellState.NOT_HELD))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # change                             | row | column | to  | expected
          a stated total one too high          | 7   | 1      | 142 | Total, 2019/20: the stated total is 142 but the rows above add up to 141
          a cell one too low                   | 2   | 5      | 109 | Total, 2023/24: the stated total is 404 but the rows above add up to 403
          the total as sent, all well          | 7   | 2      | 213 | none
          """)
  void aStatedTotalThatDiffersIsFound(
      String name, int row, int column, String to, String expected) {
    String[][] rows = new String[DURHAM.length][];
    for (int i = 0; i < DURHAM.length; i++) {
      rows[i] = DURHAM[i].clone();
    }
    rows[row][column] = to;
    List<StatedTotals.Mismatch> found = StatedTotals.mismatches(durham(rows, CellState.VALUE));
    if (expected.equals("none")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).extracting(StatedTotals.Mismatch::message).containsExactly(expected);
    }
  }

  @Test
  void aTotalColumnIsTheSumOfTheRowsOtherColumns() {
    // Cumbria 1b: Criminal Damage 69 48 54 50 33 = 254 (Grand Total), with one figure changed
    List<TableFacts.Row> rows =
        List.of(
            row("Criminal Damage", false, 69, 48, 54, 50, 33, 254),
            row("Arson", false, 2, 2, 2, 4, 0, 11),
            row("Grand Total", true, 71, 50, 56, 54, 33, 265));
    TableFacts t =
        new TableFacts(
            "Offences",
            List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "Grand Total"),
            rows,
            List.of(5));
    assertThat(StatedTotals.mismatches(t))
        .extracting(StatedTotals.Mismatch::message)
        .containsExactly(
            "Arson, Grand Total: the stated total is 11 but the cells of the row add up to 10",
            // the corner is right down its column, but not across its row
            "Grand Total, Grand Total: the stated total is 265 but the cells of the row add up to"
                + " 264");
  }

  private static TableFacts.Row row(String header, boolean total, long... values) {
    return new TableFacts.Row(
        header, Arrays.stream(values).mapToObj(TableFacts.Cell::of).toList(), total);
  }

  @Test
  void decimalsAndUnitsAddUpToo() {
    List<TableFacts.Row> rows =
        List.of(
            new TableFacts.Row("Staff", List.of(money("£1,200.50", "1200.50")), false),
            new TableFacts.Row("Premises", List.of(money("£300.25", "300.25")), false),
            new TableFacts.Row("Total", List.of(money("£1,500.75", "1500.75")), true));
    assertThat(StatedTotals.mismatches(new TableFacts("Spend", List.of("Cost"), rows))).isEmpty();
  }

  private static TableFacts.Cell money(String text, String amount) {
    return new TableFacts.Cell(CellState.VALUE, null, text, new BigDecimal(amount));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Total", "Grand Total", "Grand\nTotal", "TOTAL", "Totals", "Sub-total", "Total:"})
  void totalLabels(String label) {
    assertThat(StatedTotals.isTotalLabel(label)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019/20", "Total Crime Count", "Subtotals and more", "All", ""})
  void notTotalLabels(String label) {
    assertThat(StatedTotals.isTotalLabel(label)).isFalse();
  }

  @Test
  void theAuditorSeesItOnceForAnAnswerThatAnswersSeveralQuestions() {
    String[][] rows = new String[DURHAM.length][];
    for (int i = 0; i < DURHAM.length; i++) {
      rows[i] = DURHAM[i].clone();
    }
    rows[7][1] = "142";
    TableFacts t = durham(rows, CellState.VALUE);
    ResponseFacts facts =
        Facts.response(
            List.of(
                new QuestionFacts(
                    1, "Q1", Outcome.PROVIDED_IN_FULL, "a1", "", List.of(t), List.of()),
                new QuestionFacts(
                    2, "Q2", Outcome.PROVIDED_IN_FULL, "a1", "", List.of(t), List.of())));
    assertThat(new StatedTotals().check(facts))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("STATED_TOTALS");
              assertThat(f.provision()).isEqualTo("s.1(1)(b)");
              assertThat(f.questionNumbers()).containsExactly(1, 2);
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message())
                  .contains("stated total is 142 but the rows above add up to 141");
            });
    assertThat(RefusalCheck.standard().rules()).extracting(Rule::id).contains("STATED_TOTALS");
  }
}
