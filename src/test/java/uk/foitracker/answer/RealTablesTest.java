package uk.foitracker.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.checks.StatedTotals;
import uk.foitracker.web.ValidationProblem;

/**
 * Tables as councils write them, pasted as an officer pastes them (tab-separated, a wrapped heading
 * or row label quoted with its line break): Cumbria Constabulary's and Durham Constabulary's tables
 * of crimes on hospital grounds (../shared/examples/01 and 02), figures as sent.
 */
class RealTablesTest {
  /** Cumbria, question 1a: a two-line column heading and a "Total" row. */
  static final String CUMBRIA_BY_YEAR =
      """
      Financial Year\t"Number of
      Crimes Recorded"
      2019/2020\t635
      2020/2021\t505
      2021/2022\t569
      2022/2023\t513
      2023/2024\t278
      Total\t2500
      """;

  /**
   * Cumbria, question 1b: offence by year, zeros left blank, a "Grand Total" row and column, row
   * labels wrapped over two lines, split across pages 2 and 3 of the PDF (joined here).
   */
  static final String CUMBRIA_BY_OFFENCE =
      """
      Offence Sub Group\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24\t"Grand
      Total"
      Absconding From Lawful Custody\t1\t\t3\t1\t\t5
      Arson\t2\t2\t2\t4\t\t10
      Bicycle Theft\t2\t\t1\t\t1\t4
      Burglary Business and Community\t5\t3\t3\t2\t1\t14
      Burglary Residential\t1\t\t1\t\t\t2
      Criminal Damage\t69\t48\t54\t50\t33\t254
      Dangerous Driving\t\t1\t\t\t\t1
      "Disclosure, Obstruction, False Or Misleading
      Statements Etc"\t\t\t\t1\t\t1
      Interfering With A Motor Vehicle\t1\t\t\t\t\t1
      NFIB52B Hacking-Personal\t1\t\t\t2\t\t3
      NFIB5A Cheque, Plastic card and Online Bank Accounts (not PSP)\t2\t\t1\t\t\t3
      NFIB90 Other Fraud Not Covered Elsewhere\t2\t9\t1\t1\t\t13
      Other Forgery\t\t\t\t1\t\t1
      Other Notifiable Offences\t\t\t\t2\t\t2
      Other Offences Against The State Or Public Order\t5\t3\t2\t4\t3\t17
      Other Sexual Offences\t11\t10\t10\t19\t13\t63
      Other Theft\t52\t25\t27\t20\t11\t135
      Perverting The Course Of Justice\t\t\t\t1\t\t1
      Possession Of Article With Blade Or Point\t3\t6\t4\t\t2\t15
      Possession of Drugs\t11\t6\t6\t8\t12\t43
      Possession Of Other Weapons\t1\t2\t2\t\t2\t7
      Public Fear, Alarm Or Distress\t64\t34\t54\t55\t25\t232
      Racially Or Religiously Aggravated Public Fear, Alarm Or Distress\t8\t15\t20\t18\t13\t74
      Rape\t8\t4\t3\t3\t1\t19
      Shoplifting\t\t1\t\t\t\t1
      Stalking and Harassment\t19\t16\t38\t25\t7\t105
      Theft from the person\t2\t\t1\t\t\t3
      Theft From Vehicle\t6\t2\t\t\t\t8
      "Threat Or Possession With Intent To Commit
      Criminal Damage"\t\t1\t1\t3\t\t5
      Trafficking In Controlled Drugs\t1\t\t\t1\t\t2
      Violence with Injury\t99\t60\t89\t74\t26\t348
      Violence without Injury\t259\t257\t246\t218\t128\t1108
      Grand Total\t635\t505\t569\t513\t278\t2500
      """;

  /** Durham: hospital by year, "-" for zero, a "Total" row, a corner heading. */
  static final String DURHAM_BY_HOSPITAL =
      """
      Hospital Name / Financial Year\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24
      Bishop Auckland General Hospital\t2\t2\t1\t2\t1
      "Chester-le-Street Community
      Hospital"\t-\t-\t-\t-\t1
      Darlington Memorial Hospital\t46\t41\t73\t76\t110
      Lanchester Road Hospital\t54\t47\t52\t61\t77
      Priory Hospital\t1\t2\t1\t61\t73
      University Hospital of North Durham\t11\t49\t66\t46\t63
      West Park Hospital\t27\t72\t96\t50\t79
      Total\t141\t213\t289\t296\t404
      """;

  /** Durham: crime group by year, "-" for zero, a "Total" row. */
  static final String DURHAM_BY_GROUP =
      """
      Crime Group / Financial Year\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24
      Burglary\t2\t2\t-\t-\t1
      Criminal Damage and Arson\t28\t33\t16\t26\t29
      Drug Offence\t9\t9\t12\t7\t14
      Fraud\t-\t2\t1\t-\t3
      "Miscellaneous Crime Against
      Society"\t2\t2\t1\t5\t6
      Possession of Weapons\t1\t1\t3\t1\t2
      Public Order Offence\t33\t43\t63\t53\t47
      Robbery\t-\t-\t-\t2\t-
      Sexual Offence\t2\t4\t12\t13\t13
      Theft Offence\t19\t11\t12\t15\t17
      Violence Against the Person\t45\t106\t169\t174\t272
      Total\t141\t213\t289\t296\t404
      """;

  /** Durham: outcome by year, "-" for zero, no total row; labels wrapped over up to 3 lines. */
  static final String DURHAM_BY_OUTCOME =
      """
      Crime Outcome / Financial Year\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24
      Charged or Summonsed\t28\t42\t61\t38\t53
      Not in the Public Interest - Police\t2\t4\t5\t6\t9
      "Named Suspect Identified - Suspect
      Too Ill to Prosecute"\t24\t34\t50\t84\t140
      "Named Suspect Identified - Victim or
      Key Witness is Dead or Too Ill"\t-\t2\t3\t4\t10
      "Suspect NOT Identified - Evidential
      Difficulties: Victim Declines or
      Unable to Support"\t4\t3\t3\t3\t5
      "Named Suspect Identified -
      Evidential Difficulties: Victim
      Supportive"\t8\t45\t45\t37\t46
      "Named Suspect Identified -
      Evidential Difficulties: Victim NOT
      Supportive"\t20\t28\t49\t63\t87
      "Investigation Complete - No Suspect
      Identified"\t12\t12\t12\t23\t21
      Cautioned - Youth\t-\t-\t3\t-\t-
      "Further Action by Another Body or
      Agency"\t2\t1\t4\t8\t6
      "Further Investigation is Not in the
      Public Interest - Police"\t24\t19\t23\t15\t14
      "Diversionary, Educational or
      Intervention Activity"\t3\t4\t4\t2\t3
      Cautioned - Adult\t3\t8\t9\t5\t4
      Offender has Died\t-\t-\t-\t-\t1
      Penalty Notice for Disorder\t1\t-\t-\t-\t-
      Cannabis or Khat Warning\t1\t-\t-\t-\t-
      Community Resolution\t7\t11\t14\t7\t4
      Not in the Public Interest - CPS\t2\t-\t-\t1\t1
      """;

  private static TableDraft read(String pasted, TableDraft.Layout layout) {
    return TableDraft.read(TableGrids.fromPaste(pasted), layout, "cells");
  }

  private static TableDraft.Layout layout(BlankMeaning blank, BlankMeaning dash) {
    return new TableDraft.Layout(
        "Crimes on hospital grounds", 1, false, blank, dash, null, null, null);
  }

  private static CellText cell(TableDraft t, String row, int column) {
    return t.rows().stream()
        .filter(r -> r.header().equals(row))
        .findFirst()
        .orElseThrow()
        .cells()
        .get(column);
  }

  @Test
  void cumbriaYearTableWithAWrappedHeadingAndATotalRow() {
    TableDraft t = read(CUMBRIA_BY_YEAR, layout(BlankMeaning.NOT_STATED, null));
    assertThat(t.cornerLabel()).isEqualTo("Financial Year");
    assertThat(t.columns())
        .containsExactly(new TableDraft.Column(null, "Number of\nCrimes Recorded", false));
    assertThat(t.rows())
        .extracting(TableDraft.Row::header)
        .containsExactly("2019/2020", "2020/2021", "2021/2022", "2022/2023", "2023/2024", "Total");
    assertThat(t.rows())
        .extracting(TableDraft.Row::total)
        .containsExactly(false, false, false, false, false, true);
    assertThat(cell(t, "Total", 0).value()).isEqualTo(2500L);
    assertThat(t.totalsWarnings()).isEmpty();
    assertThat(t.headerRow()).isTrue();
  }

  @Test
  void cumbriaOffenceTableWithBlankZerosAndGrandTotalsAddsUp() {
    TableDraft t = read(CUMBRIA_BY_OFFENCE, layout(BlankMeaning.ZERO, null));
    assertThat(t.rows()).hasSize(33);
    assertThat(t.columns())
        .extracting(TableDraft.Column::total)
        .containsExactly(false, false, false, false, false, true);
    assertThat(t.columns().get(5).label()).isEqualTo("Grand\nTotal");
    assertThat(t.rows().get(32).header()).isEqualTo("Grand Total");
    assertThat(t.rows().get(32).total()).isTrue();
    assertThat(t.rows().stream().filter(TableDraft.Row::total)).hasSize(1);
    // a blank is zero, because the officer says so; shown blank, as sent
    CellText blank = cell(t, "Absconding From Lawful Custody", 1);
    assertThat(blank.state()).isEqualTo(CellState.VALUE);
    assertThat(blank.value()).isZero();
    assertThat(blank.text()).isEmpty();
    assertThat(cell(t, "Disclosure, Obstruction, False Or Misleading\nStatements Etc", 3).value())
        .isEqualTo(1L);
    assertThat(cell(t, "Violence without Injury", 5).text()).isEqualTo("1108");
    assertThat(t.notHeldCells()).isZero();
    t.requireConfirmation(layout(BlankMeaning.ZERO, null)); // nothing to confirm
    assertThat(t.totalsWarnings()).isEmpty();
    assertThat(StatedTotals.mismatches(t.facts())).isEmpty();
    TableView view = t.toView(2);
    assertThat(view.blankMeans()).isEqualTo(BlankMeaning.ZERO);
    assertThat(view.blankKey()).isEqualTo("A blank cell means zero.");
    assertThat(view.columns().get(5).total()).isTrue();
    assertThat(view.rows().get(32).total()).isTrue();
  }

  @Test
  void blanksTheResponseDoesNotExplainAreNotStatedAndNotAddedUp() {
    TableDraft t = read(CUMBRIA_BY_OFFENCE, layout(BlankMeaning.NOT_STATED, null));
    CellText blank = cell(t, "Absconding From Lawful Custody", 1);
    assertThat(blank.state()).isEqualTo(CellState.NOT_STATED);
    assertThat(blank.value()).isNull();
    assertThat(blank.amount()).isNull();
    assertThat(blank.text()).isEmpty();
    assertThat(t.notHeldCells()).isZero();
    // a total over a blank that means nobody knows what cannot be checked: no warning, no zero
    assertThat(t.totalsWarnings()).isEmpty();
    assertThat(t.toView(1).blankKey())
        .isEqualTo("A blank cell: the response does not say what it means.");
  }

  @Test
  void aStatedTotalThatDoesNotAddUpIsToldAndPublishedAsSent() {
    String wrong = CUMBRIA_BY_OFFENCE.replace("Grand Total\t635\t", "Grand Total\t636\t");
    TableDraft t = read(wrong, layout(BlankMeaning.ZERO, null));
    assertThat(t.totalsWarnings())
        .containsExactly(
            "Table 1 (Crimes on hospital grounds): Grand Total, 2019/20: the stated total is 636"
                + " but the rows above add up to 635",
            "Table 1 (Crimes on hospital grounds): Grand Total, Grand\nTotal: the stated total is"
                + " 2500 but the cells of the row add up to 2501");
    assertThat(t.toView(1).rows().get(32).cells().get(0).text()).isEqualTo("636");
    assertThat(t.toView(1).rows().get(32).cells().get(0).value()).isEqualTo(636L);
  }

  @Test
  void durhamDashMeansZeroWhenTheOfficerSaysSo() {
    TableDraft t = read(DURHAM_BY_HOSPITAL, layout(BlankMeaning.NOT_STATED, BlankMeaning.ZERO));
    assertThat(t.cornerLabel()).isEqualTo("Hospital Name / Financial Year");
    CellText dash = cell(t, "Chester-le-Street Community\nHospital", 0);
    assertThat(dash.state()).isEqualTo(CellState.VALUE);
    assertThat(dash.value()).isZero();
    assertThat(dash.text()).isEqualTo("-");
    assertThat(t.notHeldCells()).isZero();
    assertThat(t.rows().get(7).total()).isTrue();
    assertThat(t.totalsWarnings()).isEmpty();
    assertThat(t.dashMeans()).isEqualTo(BlankMeaning.ZERO);
    assertThat(t.toView(1).dashMeans()).isEqualTo(BlankMeaning.ZERO);
    assertThat(t.toView(1).dashKey()).isEqualTo("A '-' means zero.");

    TableDraft groups = read(DURHAM_BY_GROUP, layout(BlankMeaning.NOT_STATED, BlankMeaning.ZERO));
    assertThat(groups.rows()).hasSize(12);
    assertThat(groups.rows().get(11).header()).isEqualTo("Total");
    assertThat(groups.rows().get(11).total()).isTrue();
    assertThat(groups.totalsWarnings()).isEmpty();
    assertThat(cell(groups, "Robbery", 3).value()).isEqualTo(2L);
  }

  @Test
  void durhamOutcomesTableHasNoTotals() {
    TableDraft t = read(DURHAM_BY_OUTCOME, layout(BlankMeaning.NOT_STATED, BlankMeaning.ZERO));
    assertThat(t.rows()).hasSize(18).noneMatch(TableDraft.Row::total);
    assertThat(t.columns()).noneMatch(TableDraft.Column::total);
    assertThat(t.rows().get(4).header())
        .isEqualTo(
            "Suspect NOT Identified - Evidential\nDifficulties: Victim Declines or\nUnable to Support");
    assertThat(t.rows().get(4).cells())
        .extracting(CellText::value)
        .containsExactly(4L, 3L, 3L, 3L, 5L);
    assertThat(t.totalsWarnings()).isEmpty();
  }

  @Test
  void aDashWithoutAChoiceIsNotHeldAndMustBeConfirmedAsBefore() {
    TableDraft.Layout asBefore = new TableDraft.Layout("Crimes", 1, false);
    TableDraft t = read(DURHAM_BY_HOSPITAL, asBefore);
    assertThat(cell(t, "Chester-le-Street Community\nHospital", 0).state())
        .isEqualTo(CellState.NOT_HELD);
    assertThat(t.notHeldCells()).isEqualTo(4);
    assertThatThrownBy(() -> t.requireConfirmation(asBefore)).isInstanceOf(ValidationProblem.class);
    // a not-held cell is not a figure: the totals over it are not checked
    assertThat(t.totalsWarnings()).isEmpty();
    // the officer who chooses "not held" for "-" has confirmed it
    TableDraft.Layout chosen = layout(null, BlankMeaning.NOT_HELD);
    TableDraft c = read(DURHAM_BY_HOSPITAL, chosen);
    assertThat(c.notHeldCells()).isEqualTo(4);
    c.requireConfirmation(chosen);
  }

  @Test
  void aListOfLabelsAndValuesIsATableWithoutAHeaderRow() {
    // Leicester's Child Exploitation and Missing Team (seed letter, answer 6), as label/value pairs
    String pasted =
        "Team manager\t1\nSocial workers\t3\nFamily support workers\t2\nBudget\t£341,900\n";
    TableDraft t =
        read(
            pasted,
            new TableDraft.Layout(
                "Child Exploitation and Missing Team",
                0,
                false,
                BlankMeaning.NOT_STATED,
                null,
                null,
                null,
                null));
    assertThat(t.headerRow()).isFalse();
    assertThat(t.cornerLabel()).isNull();
    assertThat(t.columns()).containsExactly(new TableDraft.Column(null, "", false));
    assertThat(t.rows())
        .extracting(TableDraft.Row::header)
        .containsExactly("Team manager", "Social workers", "Family support workers", "Budget");
    CellText budget = cell(t, "Budget", 0);
    assertThat(budget.amount()).isEqualByComparingTo("341900");
    assertThat(budget.unit()).isEqualTo("£");
    assertThat(budget.text()).isEqualTo("£341,900");
    assertThat(t.toView(1).headerRow()).isFalse();
    assertThat(t.toView(1).hasHeaderRow()).isFalse();
  }

  @Test
  void valuesKeepTheirUnitAndPrecision() {
    String pasted =
        "Measure\tValue\nSpend\t£12,345\nRate\t12.5%\nAverage days\t3.25\nStaff\t8 FTE\n"
            + "Rounded\t12.50%\nCount\t19\n";
    TableDraft t = read(pasted, layout(BlankMeaning.NOT_STATED, null));
    assertThat(t.rows())
        .extracting(r -> r.cells().get(0))
        .extracting(
            CellText::state, CellText::amount, CellText::unit, CellText::text, CellText::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                CellState.VALUE, new BigDecimal("12345"), "£", "£12,345", null),
            org.assertj.core.groups.Tuple.tuple(
                CellState.VALUE, new BigDecimal("12.5"), "%", "12.5%", null),
            org.assertj.core.groups.Tuple.tuple(
                CellState.VALUE, new BigDecimal("3.25"), null, "3.25", null),
            org.assertj.core.groups.Tuple.tuple(
                CellState.VALUE, new BigDecimal("8"), "FTE", "8 FTE", null),
            org.assertj.core.groups.Tuple.tuple(
                CellState.VALUE, new BigDecimal("12.50"), "%", "12.50%", null),
            org.assertj.core.groups.Tuple.tuple(
                CellState.VALUE, new BigDecimal("19"), null, "19", 19L));
  }

  @Test
  void theOfficerSaysWhichRowsAndColumnsAreTotals() {
    String pasted = "Year\tNorth\tSouth\tAll\n2023\t1\t2\t3\n2024\t4\t5\t9\nAll years\t5\t7\t12\n";
    TableDraft t =
        read(
            pasted,
            new TableDraft.Layout(
                "Cases",
                1,
                false,
                BlankMeaning.NOT_STATED,
                null,
                TableDraft.rowList("4", "totalRows"),
                TableDraft.columnList("d", "totalColumns"),
                null));
    assertThat(t.rows()).extracting(TableDraft.Row::total).containsExactly(false, false, true);
    assertThat(t.columns())
        .extracting(TableDraft.Column::total)
        .containsExactly(false, false, true);
    assertThat(t.totalsWarnings()).isEmpty();
    // "none": a row labelled Total is then not a total
    TableDraft none =
        read(
            "Year\tN\n2023\t1\nTotal\t2\n",
            new TableDraft.Layout(
                "Cases",
                1,
                false,
                BlankMeaning.NOT_STATED,
                null,
                TableDraft.rowList("none", "totalRows"),
                null,
                null));
    assertThat(none.rows()).noneMatch(TableDraft.Row::total);
    assertThat(none.totalsWarnings()).isEmpty();
    assertThatThrownBy(() -> TableDraft.rowList("eight", "totalRows"))
        .isInstanceOf(ValidationProblem.class);
    assertThatThrownBy(
            () ->
                read(
                    pasted,
                    new TableDraft.Layout(
                        "Cases", 1, false, null, null, Set.of(1), Set.of("Z"), null)))
        .isInstanceOf(ValidationProblem.class)
        .satisfies(
            e ->
                assertThat(((ValidationProblem) e).errors())
                    .extracting(f -> f.field())
                    .containsExactly("totalColumns", "totalRows"));
  }

  @Test
  void theNoteUnderATableIsPartOfIt() {
    TableDraft t =
        read(
            DURHAM_BY_HOSPITAL,
            new TableDraft.Layout(
                "Crimes",
                1,
                false,
                BlankMeaning.NOT_STATED,
                BlankMeaning.ZERO,
                null,
                null,
                "  '-' means zero. Hospitals with no crimes recorded are left out.  "));
    assertThat(t.note())
        .isEqualTo("'-' means zero. Hospitals with no crimes recorded are left out.");
    assertThat(t.toView(1).note()).isEqualTo(t.note());
    assertThat(t.toView(1).blankKey()).isNull(); // no blank cell in this table
    assertThatThrownBy(
            () ->
                read(
                    DURHAM_BY_HOSPITAL,
                    new TableDraft.Layout(
                        "Crimes", 1, true, null, null, null, null, "x".repeat(2001))))
        .isInstanceOf(ValidationProblem.class)
        .hasMessageContaining("note");
  }

  @Test
  void unreadableBlankMeaningsAreNotGuessed() {
    assertThat(BlankMeaning.of("zero")).isEqualTo(BlankMeaning.ZERO);
    assertThat(BlankMeaning.of("not applicable")).isEqualTo(BlankMeaning.NOT_APPLICABLE);
    assertThat(BlankMeaning.of("unknown")).isEqualTo(BlankMeaning.NOT_STATED);
    assertThat(BlankMeaning.of("nothing")).isNull();
    assertThat(List.of(BlankMeaning.values())).hasSize(4);
  }
}
