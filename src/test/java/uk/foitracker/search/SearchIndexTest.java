package uk.foitracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.publication.PublishedCaseFixtures;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

@QuarkusTest
class SearchIndexTest {
  static final String LEICESTER = "leicester-cse-cce-2015-2024";

  @Inject SearchIndex index;
  @Inject PublishedCaseFixtures fixtures;

  @Test
  void exploitationFindsLeicesterWithTheWordMarked() {
    List<SearchHit> hits = index.search("exploitation", 100);
    SearchHit leicester =
        hits.stream().filter(h -> h.slug().equals(LEICESTER)).findFirst().orElseThrow();
    assertThat(leicester.snippets()).isNotEmpty();
    assertThat(leicester.snippets().get(0).source()).isEqualTo(SearchDocuments.TITLE);
    assertThat(leicester.snippets().get(0).html())
        .contains("<mark class=\"app-highlight\">exploitation</mark>");
  }

  @Test
  void stemmingAndEveryField() {
    // "budgets" is in question 6, "contacts" in an answer, "breakdown" in a table caption.
    assertThat(slugs("budgets")).contains(LEICESTER);
    assertThat(slugs("Prevention Early Help")).contains(LEICESTER);
    assertThat(slugs("breakdown")).contains(LEICESTER);
    SearchHit hit =
        index.search("breakdown", 100).stream()
            .filter(h -> h.slug().equals(LEICESTER))
            .findFirst()
            .orElseThrow();
    assertThat(hit.snippets()).extracting(Snippet::source).contains(SearchDocuments.CAPTION);
  }

  @Test
  void noHitForWordsNotThere() {
    assertThat(slugs("zeppelin")).isEmpty();
    assertThat(slugs("exploitation zeppelin")).isEmpty(); // every word must match
    assertThat(slugs("the")).isEmpty(); // a stop word alone searches nothing
  }

  @Test
  void publishedCaseIsFoundAfterCommitAndARolledBackOneIsNot() {
    String slug =
        fixtures.publish(
            new Spec(
                "Gritting routes winter",
                Regime.EIR,
                LocalDate.of(2024, 1, 9),
                Outcome.PROVIDED_IN_FULL,
                null,
                "Which roads are gritted?",
                "We grit 120 miles of quaxlewort roads."));
    assertThat(slugs("quaxlewort")).containsExactly(slug);

    assertThatThrownBy(
            () ->
                fixtures.publishThenFail(
                    new Spec(
                        "Rolled back",
                        Regime.FOIA,
                        null,
                        Outcome.NOT_HELD,
                        null,
                        "Q?",
                        "zindlebrook answer")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(slugs("zindlebrook")).isEmpty();
    assertThat(FoiRequest.count("title", "Rolled back")).isZero();
  }

  @Test
  void passagesAreEscapedText() {
    String slug =
        fixtures.publish(
            new Spec(
                "Markup <b>test</b>",
                Regime.FOIA,
                null,
                Outcome.PROVIDED_IN_FULL,
                null,
                "Question about <script>alert('x')</script> plinthwarden?",
                "Answer & more."));
    Snippet snippet =
        index.search("plinthwarden", 10).stream()
            .filter(h -> h.slug().equals(slug))
            .findFirst()
            .orElseThrow()
            .snippets()
            .get(0);
    assertThat(snippet.text()).contains("<script>alert('x')</script>");
    assertThat(snippet.html())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("<mark class=\"app-highlight\">plinthwarden</mark>")
        .doesNotContain("<script>");
  }

  @Test
  void aCaseLeftInTheOutboxByACrashIsIndexedByTheDrain() {
    String slug =
        fixtures.publishUnindexed(
            new Spec(
                "Outbox after a crash",
                Regime.FOIA,
                LocalDate.of(2023, 5, 2),
                Outcome.PROVIDED_IN_FULL,
                null,
                "How many vorpalwick permits?",
                "Twelve."));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              SearchOutbox row = new SearchOutbox();
              row.slug = slug;
              row.queuedAt = Instant.now();
              row.persist();
            });
    assertThat(slugs("vorpalwick")).isEmpty(); // the app stopped before the index saw it

    assertThat(index.drain()).isGreaterThanOrEqualTo(1); // what start-up does

    assertThat(slugs("vorpalwick")).containsExactly(slug);
    assertThat(QuarkusTransaction.requiringNew().call(() -> SearchOutbox.count("slug", slug)))
        .isZero();
  }

  @Test
  void publishingLeavesNoOutboxRowOnceDrained() throws InterruptedException {
    String slug =
        fixtures.publish(
            new Spec(
                "Outbox drained", Regime.FOIA, null, Outcome.NOT_HELD, null, "Q?", "quillimont"));
    assertThat(slugs("quillimont")).containsExactly(slug); // applied at commit
    long deadline = System.currentTimeMillis() + 10_000;
    while (QuarkusTransaction.requiringNew().call(() -> SearchOutbox.count("slug", slug)) > 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(QuarkusTransaction.requiringNew().call(() -> SearchOutbox.count("slug", slug)))
        .isZero();
  }

  @Test
  void rebuildKeepsEveryPublishedCase() {
    long published = FoiRequest.count("state", uk.foitracker.request.RequestState.PUBLISHED);
    assertThat(index.rebuild()).isEqualTo((int) published);
    assertThat(slugs("exploitation")).contains(LEICESTER);
  }

  private List<String> slugs(String q) {
    return index.search(q, 100).stream().map(SearchHit::slug).toList();
  }
}
