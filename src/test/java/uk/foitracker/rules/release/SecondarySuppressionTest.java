package uk.foitracker.rules.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foitracker.rules.release.SecondarySuppression.Cell;
import uk.foitracker.rules.release.SecondarySuppression.Column;
import uk.foitracker.rules.release.SecondarySuppression.Hit;
import uk.foitracker.rules.release.SecondarySuppression.Row;
import uk.foitracker.rules.release.SecondarySuppression.Table;

/**
 * Tables as FOI responses publish them (exclusions by year and sex, looked-after children by
 * placement, complaints by ward), each with the cells its totals give away and the derivation
 * shown.
 */
class SecondarySuppressionTest {

  /** First line: column headings; each further line: row header then cells, "|" between. */
  static Table table(String... lines) {
    String[] heads = lines[0].split("\\|");
    List<Column> columns = new ArrayList<>();
    for (int i = 1; i < heads.length; i++) {
      columns.add(new Column(heads[i].strip(), false));
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < lines.length; r++) {
      String[] parts = lines[r].split("\\|");
      rows.add(
          new Row(
              parts[0].strip(),
              false,
              Arrays.stream(parts).skip(1).map(String::strip).map(Cell::read).toList()));
    }
    return new Table("a table", columns, rows);
  }

  static Stream<Arguments> derivable() {
    return Stream.of(
        Arguments.of(
            "one <5 in a row with a row total",
            table("Year | Boys | Girls | Total", "2022 | 4 | 5 | 12", "2023 | <5 | 5 | 8"),
            List.of("<5 in row 2023, column Boys = row total 8 − 5 = 3")),
        Arguments.of(
            "the brief's example: total 12 − 4 − 5",
            table(
                "Ward | Fixed term | Permanent | Managed move | Total", "Abbey | 4 | <5 | 5 | 12"),
            List.of("<5 in row Abbey, column Permanent = row total 12 − 4 − 5 = 3")),
        Arguments.of(
            "[c] given away by a column total",
            table(
                "Placement | Children",
                "Foster care | 212",
                "Residential | 38",
                "Placed with parents | [c]",
                "Other | 17",
                "Total | 270"),
            List.of(
                "[c] in row Placed with parents, column Children = column total 270 − 212 − 38 − 17 = 3")),
        Arguments.of(
            "two suppressed cells whose bounds leave one value each",
            table("Age | Male | Female | Unknown | All ages", "Under 10 | 1 | <5 | <5 | 9"),
            List.of(
                "<5 in row Under 10, column Female = row total 9 − 1 − <5 (at most 4): it can only be 4",
                "<5 in row Under 10, column Unknown = row total 9 − 1 − <5 (at most 4): it can only be 4")),
        Arguments.of(
            "a cell found from the columns then gives away its row's other cell",
            table(
                "Year | CSE | CCE | Total",
                "2021 | <5 | [c] | 6",
                "2022 | 10 | 8 | 18",
                "Total | 13 | 11 | 24"),
            List.of(
                "<5 in row 2021, column CSE = column total 13 − 10 = 3",
                "[c] in row 2021, column CCE = column total 11 − 8 = 3")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void derivable(String name, Table table, List<String> derivations) {
    assertThat(SecondarySuppression.derivable(table, 5).stream().map(Hit::derivation))
        .containsExactlyInAnyOrderElementsOf(derivations);
  }

  static Stream<Arguments> safe() {
    return Stream.of(
        Arguments.of(
            "two suppressed cells in every line: properly secondary-suppressed",
            table("Year | Boys | Girls | Total", "2022 | <5 | <5 | 7", "2023 | 30 | 41 | 71")),
        Arguments.of(
            "no totals at all", table("Year | Boys | Girls", "2022 | <5 | 12", "2023 | 30 | 41")),
        Arguments.of(
            "the total is suppressed too",
            table("Year | Boys | Girls | Total", "2022 | <5 | 12 | [c]")),
        Arguments.of(
            "a not-held cell in the line: the total is not the sum of the cells shown",
            table("Year | Boys | Girls | Unknown | Total", "2022 | <5 | 12 | Not held | 20")),
        Arguments.of(
            "two suppressed cells whose bounds leave a range",
            table("Age | Male | Female | Total", "Under 10 | <5 | <5 | 5")),
        Arguments.of(
            "Leicester's Table A: no suppression, no totals",
            table(
                "year | CSE 10–14 | CSE 15–19 | CE 10–14 | CE 15–19",
                "2015 | 19 | 20 | - | -",
                "2021 | 66 | 50 | 22 | 41",
                "2024 | 28 | 31 | 10 | 40")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void safe(String name, Table table) {
    assertThat(SecondarySuppression.derivable(table, 5)).isEmpty();
  }

  @Test
  void smallCountsOfPeopleAreFoundBelowTheThreshold() {
    Table children =
        table(
            "Placement | Children",
            "Foster care | 212",
            "Secure unit | 2",
            "Other | 0",
            "Residential | 5");
    assertThat(SecondarySuppression.smallCounts(children, 5))
        .extracting(Hit::derivation)
        .containsExactly(
            "2 in row Secure unit, column Children is a count of people below the authority's"
                + " threshold of 5");
    assertThat(SecondarySuppression.smallCounts(children, 10)).hasSize(2);
    assertThat(SecondarySuppression.smallCounts(children, 1)).isEmpty();
  }

  @Test
  void cellsAreReadAsAuthoritiesWriteThem() {
    assertThat(Cell.read("<5").bound()).isEqualTo(4L);
    assertThat(Cell.read("< 3").bound()).isEqualTo(2L);
    assertThat(Cell.read("fewer than 10").bound()).isEqualTo(9L);
    assertThat(Cell.read("[c]").kind()).isEqualTo(SecondarySuppression.Kind.SUPPRESSED);
    assertThat(Cell.read("*").kind()).isEqualTo(SecondarySuppression.Kind.SUPPRESSED);
    assertThat(Cell.read("1,204").value()).isEqualTo(1204L);
    assertThat(Cell.read("Not held").kind()).isEqualTo(SecondarySuppression.Kind.OTHER);
    assertThat(SecondarySuppression.totalHeader("Grand total")).isTrue();
    assertThat(SecondarySuppression.totalHeader("All ages")).isTrue();
    assertThat(SecondarySuppression.totalHeader("Allerton")).isFalse();
  }
}
