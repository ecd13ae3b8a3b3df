package uk.foitracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.foitracker.compare.Alignment.Cell;
import uk.foitracker.compare.Alignment.Row;
import uk.foitracker.compare.Alignment.Source;
import uk.foitracker.compare.ComparisonView.AuthorityCase;
import uk.foitracker.compare.ComparisonView.GridCell;
import uk.foitracker.compare.ComparisonView.Ground;
import uk.foitracker.compare.ComparisonView.QuestionCell;
import uk.foitracker.web.NotFoundProblem;

/**
 * A batch sent to 45 forces: shown 20 authorities a page, the grounds counted over all 45, and the
 * CSV with every authority's cells (the benchmark's batch of 211 made a 5.3 MB page that ran a 192
 * MB heap out of memory at 16 readers).
 */
class ComparisonPagesTest {
  static final int FORCES = 45;

  static Comparisons.Compared batch() {
    List<AuthorityCase> authorities = new ArrayList<>();
    List<List<QuestionCell>> questions = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 1; i <= FORCES; i++) {
      String name = "Force " + i;
      authorities.add(new AuthorityCase(name, "case-" + i, "Crimes at hospitals", null));
      questions.add(
          List.of(
              new QuestionCell(
                  name, "How many crimes?", "PROVIDED_IN_FULL", "Provided in full", List.of())));
      Cell suppressed = new Cell("SUPPRESSED", null, "<5");
      sources.add(
          new Source(
              name,
              "case-" + i,
              1,
              "Crimes by year",
              List.of("2019/20", "2020/21"),
              List.of(
                  new Row(
                      "Theft",
                      List.of(new Cell("VALUE", (long) i, Integer.toString(i)), suppressed)))));
    }
    return new Comparisons.Compared(
        "hospital-crimes",
        "Crimes at hospitals",
        "The number of crimes at hospitals",
        authorities,
        questions,
        List.of(
            new Ground("s.40(2)", "Exemption", true, 3, List.of("Force 1", "Force 2", "Force 44"))),
        Alignment.align(sources, LabelMap.of(List.of())),
        0);
  }

  @Test
  void eachPageShowsTwentyAuthoritiesAndTheirCellsOnly() {
    Comparisons.Compared c = batch();
    ComparisonView first = Comparisons.page(c, 1);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.authoritiesTotal()).isEqualTo(FORCES);
    assertThat(first.authorities()).hasSize(20);
    assertThat(first.firstAuthority()).isEqualTo(1);
    assertThat(first.lastAuthority()).isEqualTo(20);
    assertThat(first.pagination().next()).isEqualTo("/compare/hospital-crimes?page=2");

    ComparisonView last = Comparisons.page(c, 3);
    assertThat(last.authorities())
        .extracting(AuthorityCase::authority)
        .containsExactly("Force 41", "Force 42", "Force 43", "Force 44", "Force 45");
    assertThat(last.firstAuthority()).isEqualTo(41);
    assertThat(last.lastAuthority()).isEqualTo(45);
    assertThat(last.questions().get(0).cells()).hasSize(5);
    // the grounds are the whole batch's, on every page
    assertThat(last.grounds()).isEqualTo(first.grounds());
    // one aligned table, with only this page's five forces: two columns of five cells
    assertThat(last.tables()).hasSize(1);
    List<GridCell> cells = last.tables().get(0).rows().get(0).cells();
    assertThat(cells).hasSize(10);
    assertThat(cells).extracting(GridCell::authority).allMatch(a -> a.compareTo("Force 41") >= 0);
    assertThat(cells.get(0).value()).isEqualTo(41L);
    // a suppressed cell stays suppressed, never a zero
    assertThat(cells.get(5).state()).isEqualTo("SUPPRESSED");
    assertThat(cells.get(5).value()).isNull();
    assertThat(last.tables().get(0).sources()).hasSize(5);
    assertThat(last.tables().get(0).rows().get(0).chart().bars()).hasSize(5);
  }

  @Test
  void aPageBeyondTheLastIsNotFound() {
    Comparisons.Compared c = batch();
    assertThatThrownBy(() -> Comparisons.page(c, 4)).isInstanceOf(NotFoundProblem.class);
    assertThatThrownBy(() -> Comparisons.page(c, 0)).isInstanceOf(NotFoundProblem.class);
  }

  @Test
  void theCsvHasEveryAuthoritysCells() throws Exception {
    StringWriter out = new StringWriter();
    CompareCsv.write(Comparisons.allTables(batch()), out);
    List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    // the header, then one row by two columns by 45 forces
    assertThat(lines).hasSize(1 + 2 * FORCES);
    assertThat(lines.stream().skip(1).map(r -> r.get(4)).distinct()).hasSize(FORCES);
  }

  @Test
  void anEmptyBatchHasOnePage() {
    Comparisons.Compared empty =
        new Comparisons.Compared(
            "empty", "Empty", "Words", List.of(), List.of(), List.of(), List.of(), 2);
    ComparisonView v = Comparisons.page(empty, 1);
    assertThat(v.pages()).isEqualTo(1);
    assertThat(v.authorities()).isEmpty();
    assertThat(v.notPublished()).isEqualTo(2);
    assertThat(v.pagination().show()).isFalse();
  }
}
