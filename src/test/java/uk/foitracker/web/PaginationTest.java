package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginationTest {

  /** The numbers and ellipses shown, as text: "1 … 4 [5] 6 … 704". */
  private static String shown(int page, int last) {
    Pagination p = Pagination.of(page, last, n -> "/q?page=" + n);
    return String.join(
        " ",
        p.items().stream()
            .map(i -> i.ellipsis() ? "…" : i.current() ? "[" + i.number() + "]" : "" + i.number())
            .toList());
  }

  @ParameterizedTest
  @CsvSource({
    "1, 2, [1] 2",
    "2, 2, 1 [2]",
    "1, 3, [1] 2 3",
    "2, 3, 1 [2] 3",
    "1, 704, [1] 2 … 704",
    "3, 704, 1 2 [3] 4 … 704",
    "5, 704, 1 … 4 [5] 6 … 704",
    "703, 704, 1 … 702 [703] 704",
    "704, 704, 1 … 703 [704]",
    "35000, 35435, 1 … 34999 [35000] 35001 … 35435"
  })
  void manyPagesShowTheFirstTheLastAndTheNeighboursOfTheCurrentOne(
      int page, int last, String expected) {
    assertThat(shown(page, last)).isEqualTo(expected);
  }

  @Test
  void oneOrNoPageHasNoPagination() {
    assertThat(Pagination.of(1, 1, n -> "x").show()).isFalse();
    assertThat(Pagination.of(1, 0, n -> "x").items()).isEmpty();
  }

  @Test
  void previousAndNextLinkToTheNeighbouringPages() {
    Pagination p = Pagination.of(5, 704, n -> "/q?page=" + n);
    assertThat(p.previous()).isEqualTo("/q?page=4");
    assertThat(p.next()).isEqualTo("/q?page=6");
    assertThat(Pagination.of(1, 704, n -> "/q?page=" + n).previous()).isNull();
    assertThat(Pagination.of(704, 704, n -> "/q?page=" + n).next()).isNull();
    assertThat(p.items().stream().filter(Pagination.Item::current).map(Pagination.Item::href))
        .containsExactly("/q?page=5");
  }
}
