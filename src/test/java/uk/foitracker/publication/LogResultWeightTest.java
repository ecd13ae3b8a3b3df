package uk.foitracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.search.Snippet;

/** A page of search results weighs its text in the publication cache, not a flat few KB. */
class LogResultWeightTest {

  private static LogResult page(int cases, int passages) {
    Snippet snippet =
        new Snippet(
            "answer",
            List.of(
                new Snippet.Segment("x".repeat(150), false),
                new Snippet.Segment("exploitation", true)));
    CaseSummary summary =
        new CaseSummary(
            "slug",
            "A title of about fifty characters, as most have..",
            "Leicester City Council",
            Regime.FOIA,
            List.of(Outcome.PROVIDED_IN_FULL),
            List.of(),
            LocalDate.of(2024, 1, 1),
            Instant.EPOCH,
            Collections.nCopies(passages, snippet),
            "leicester-city-council");
    return new LogResult(
        LogQuery.all(),
        List.of(),
        Collections.nCopies(cases, summary),
        cases,
        1,
        20,
        new LogResult.Options(List.of(), List.of(), 0),
        null,
        null);
  }

  @Test
  void aPageOfSearchResultsWeighsItsPassages() {
    int search = page(20, 6).weight();
    // 20 cases of 6 passages of about 160 characters, counted four times over
    assertThat(search).isGreaterThan(20 * 6 * 160 * 4);
    // at most a few dozen such pages fit in the cache, not thousands
    assertThat(PublicationCache.MAX_WEIGHT / search).isLessThan(100);
    assertThat(page(20, 0).weight()).isLessThan(search / 4);
  }

  @Test
  void countsAreWrittenWithThousandsSeparators() {
    assertThat(page(1, 0).number(607_523)).isEqualTo("607,523");
    assertThat(page(1, 0).number(40)).isEqualTo("40");
  }
}
