package uk.foitracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.search.SearchableCase;
import uk.foitracker.search.SearchableCases;

/** The batch read that rebuilds the index gives exactly the texts the one-by-one read gives. */
@QuarkusTest
class PublishedTextsTest {
  @Inject SearchableCases texts;
  @Inject PublishedCaseFixtures fixtures;

  @Test
  void batchReadEqualsOneByOne() {
    String mine =
        fixtures.publish(
            new Spec(
                "Batch read",
                Regime.FOIA,
                LocalDate.of(2022, 2, 2),
                Outcome.NOT_HELD,
                "FOIA-1-1-a",
                "How many benches?",
                "Not held.\n\nWe do not count them."));
    List<String> slugs =
        List.of("leicester-cse-cce-2015-2024", mine, "no-such-case", "leicester-cse-cce-2015-2024");
    List<SearchableCase> batch = QuarkusTransaction.requiringNew().call(() -> texts.findAll(slugs));
    List<SearchableCase> single =
        QuarkusTransaction.requiringNew()
            .call(() -> slugs.stream().map(texts::find).flatMap(Optional::stream).toList());
    assertThat(batch).hasSize(3).isEqualTo(single);
    assertThat(batch.get(0).captions()).isNotEmpty();
    assertThat(batch.get(1).answers()).containsExactly("Not held.", "We do not count them.");
  }
}
