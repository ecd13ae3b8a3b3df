package uk.foitracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.compare.Alignment.AlignedCell;
import uk.foitracker.compare.Alignment.AlignedTable;
import uk.foitracker.compare.Alignment.Cell;
import uk.foitracker.compare.Alignment.Row;
import uk.foitracker.compare.Alignment.Source;

/** Alignment of small tables shaped like the police letters (years as columns, totals). */
class AlignmentTest {

  static Cell v(long n) {
    return new Cell("VALUE", n, Long.toString(n));
  }

  static final Cell NIL = new Cell("NIL", 0L, "-");
  static final Cell NOT_HELD = new Cell("NOT_HELD", null, "n/h");
  static final Cell SUPPRESSED = new Cell("SUPPRESSED", null, "<5");

  static Source a() {
    return new Source(
        "A Constabulary",
        "a-case",
        2,
        "Offence by year",
        List.of("2019/2020", "2020/2021", "Grand Total"),
        List.of(
            new Row("Arson", List.of(v(2), v(2), v(4))),
            new Row("Rape", List.of(NOT_HELD, SUPPRESSED, v(9))),
            new Row("Grand Total", List.of(v(2), v(2), v(13)))));
  }

  static Source b() {
    return new Source(
        "B Constabulary",
        "b-case",
        1,
        "Crimes by year",
        List.of("2019-20", "2020-21", "Total"),
        List.of(
            new Row("ARSON", List.of(v(1), NIL, v(1))),
            new Row("Theft", List.of(v(5), v(6), v(11))),
            new Row("Total", List.of(v(6), v(6), v(12)))));
  }

  static Source unrelated() {
    return new Source(
        "B Constabulary",
        "b-case",
        3,
        "Staff",
        List.of("Headcount"),
        List.of(new Row("Officers", List.of(v(1000)))));
  }

  @Test
  void rowsAndColumnsMatchAfterNormalisingAndEveryCellIsTraced() {
    List<AlignedTable> tables = Alignment.align(List.of(a(), b(), unrelated()), LabelMap.NONE);
    assertThat(tables).hasSize(2);
    AlignedTable t = tables.get(0);
    assertThat(t.authorities()).containsExactly("A Constabulary", "B Constabulary");
    assertThat(t.columns())
        .extracting(Alignment.Label::key)
        .containsExactly("2019/20", "2020/21", "grand total", "total");
    assertThat(t.rows())
        .extracting(Alignment.Label::key)
        .containsExactly("arson", "rape", "grand total", "theft", "total");
    AlignedCell bArson = t.cell("arson", "2020/21", "B Constabulary");
    assertThat(bArson.state()).isEqualTo("NIL");
    assertThat(bArson.source())
        .isEqualTo(new Alignment.Trace("b-case", 1, 1, 2, "ARSON", "2020-21"));
    // not held and suppressed stay what they are; a row B does not have is absent, not zero
    assertThat(t.cell("rape", "2019/20", "A Constabulary").state()).isEqualTo("NOT_HELD");
    assertThat(t.cell("rape", "2020/21", "A Constabulary").value()).isNull();
    assertThat(t.cell("rape", "2020/21", "A Constabulary").state()).isEqualTo("SUPPRESSED");
    AlignedCell absent = t.cell("rape", "2019/20", "B Constabulary");
    assertThat(absent.state()).isEqualTo(Alignment.ABSENT);
    assertThat(absent.value()).isNull();
    assertThat(absent.absent()).isTrue();
    // the other table of B stays alone
    assertThat(tables.get(1).authorities()).containsExactly("B Constabulary");
  }

  @Test
  void aMappingRealignsTotalAndGrandTotal() {
    LabelMap map =
        LabelMap.of(
            List.of(
                new LabelMap.Entry(LabelMap.Axis.ROW, "Grand Total", "Total"),
                new LabelMap.Entry(LabelMap.Axis.COLUMN, "Grand Total", "Total")));
    AlignedTable t = Alignment.align(List.of(a(), b()), map).get(0);
    assertThat(t.rows())
        .extracting(Alignment.Label::key)
        .containsExactly("arson", "rape", "total", "theft");
    assertThat(t.rows().get(2).asWritten()).containsExactly("Grand Total", "Total");
    assertThat(t.cell("total", "total", "A Constabulary").value()).isEqualTo(13L);
    assertThat(t.cell("total", "total", "B Constabulary").value()).isEqualTo(12L);
    assertThat(t.cell("total", "total", "A Constabulary").source().rowLabel())
        .isEqualTo("Grand Total");
  }

  @Test
  void oneTableOfEachAuthorityAtMostInAGroup() {
    Source a2 =
        new Source(
            "A Constabulary", "a-case", 3, "Offence by year again", a().columns(), a().rows());
    List<List<Source>> groups = Alignment.group(List.of(a(), a2, b()), LabelMap.NONE);
    for (List<Source> g : groups) {
      List<String> seen = new ArrayList<>();
      g.forEach(s -> assertThat(seen.add(s.authority()) && !seenTwice(g, s)).isTrue());
    }
    assertThat(groups).hasSize(2);
  }

  private static boolean seenTwice(List<Source> g, Source s) {
    return g.stream().filter(x -> x.authority().equals(s.authority())).count() > 1;
  }

  @Test
  void groundsAreCountedOncePerAuthority() {
    List<GroundTally.Count> counts =
        GroundTally.count(
            List.of(
                new GroundTally.Cited("A", "s.12", "Cost limit", true),
                new GroundTally.Cited("A", "s.12", "Cost limit", true),
                new GroundTally.Cited("B", "s.12", "Cost limit", true),
                new GroundTally.Cited("B", "s.40(2)", "Exemption", true)));
    assertThat(counts).extracting(GroundTally.Count::reference).containsExactly("s.12", "s.40(2)");
    assertThat(counts.get(0).count()).isEqualTo(2);
    assertThat(counts.get(1).authorities()).containsExactly("B");
  }
}
