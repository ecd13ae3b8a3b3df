package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * A search is filtered, ordered, counted and paged in the index, which holds the facts for it: what
 * it gives must be what the database gives for the same filters and order, page after page.
 */
@QuarkusTest
class SearchFiltersAndOrdersTest {
  static final String WORD = "quillomarsh";

  /** A word in those 25 cases and 20 more: more matches than the 40 a search shows in tests. */
  static final String COMMON = "fernwick";

  static List<String> published;

  @Inject PublishedCaseFixtures fixtures;

  @BeforeEach
  void publishOnce() {
    if (published != null) {
      return;
    }
    List<String> slugs = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      slugs.add(
          fixtures.publish(
              new Spec(
                  // Titles out of date order, some sharing a date, two with no stated date.
                  String.format("%s survey %02d", i % 3 == 0 ? "Alder" : "Birch", 26 - i),
                  i % 4 == 0 ? Regime.EIR : Regime.FOIA,
                  i % 12 == 0 ? null : LocalDate.of(2008 + i % 3, 1 + i % 5, 1),
                  i % 2 == 0 ? Outcome.REFUSED_EXEMPTION : Outcome.PROVIDED_IN_PART,
                  i % 4 == 0 ? "EIR-12-5-g" : i % 2 == 0 ? "FOIA-40-2" : null,
                  "How many " + WORD + " surveys in year " + i + "?",
                  "The " + WORD + " answer " + i + " near " + COMMON)));
    }
    for (int i = 1; i <= 20; i++) {
      fixtures.publish(
          new Spec(
              "Hedge survey " + i,
              Regime.FOIA,
              LocalDate.of(2010, 1, i),
              Outcome.PROVIDED_IN_FULL,
              null,
              "How long are the hedges at " + COMMON + "?",
              "About " + i + " miles."));
    }
    published = slugs;
  }

  /** Every slug of every page of the log at {@code query}, following the next links. */
  private static List<String> allPages(String query) {
    List<String> slugs = new ArrayList<>();
    String next = "/cases?" + query;
    while (next != null && !next.isEmpty()) {
      Document page = page(next);
      slugs.addAll(page.select("[data-slug]").eachAttr("data-slug"));
      next = page.select(".govuk-pagination__next a").attr("href");
    }
    return slugs;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sort=newest",
        "sort=oldest",
        "sort=title",
        "sort=newest&regime=EIR",
        "sort=oldest&year=2009",
        "sort=title&outcome=REFUSED_EXEMPTION",
        "sort=newest&outcome=REFUSED_EXEMPTION&outcome=PROVIDED_IN_PART&provision=FOIA-40-2",
        "sort=oldest&provision=EIR-12-5-g&regime=EIR"
      })
  void aSearchGivesTheCasesAndOrderTheDatabaseGivesForTheSameFilters(String filters) {
    List<String> fromDatabase = allPages(filters).stream().filter(published::contains).toList();
    List<String> fromIndex = allPages("q=" + WORD + "&" + filters);
    assertThat(fromDatabase).isNotEmpty();
    assertThat(fromIndex).isEqualTo(fromDatabase);
  }

  @Test
  void theCountIsEveryMatchAndPagesFollowIt() {
    Document first = page("/cases?q=" + WORD);
    assertThat(first.select("#results").text()).isEqualTo("25 responses matching your search");
    assertThat(first.select("[data-slug]")).hasSize(20);
    Document second = page("/cases?q=" + WORD + "&page=2");
    assertThat(second.select("[data-slug]")).hasSize(5);
    List<String> both = new ArrayList<>(first.select("[data-slug]").eachAttr("data-slug"));
    both.addAll(second.select("[data-slug]").eachAttr("data-slug"));
    assertThat(both).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void searchPagesStopAtTheMostResultsShownAndSaySo() {
    // %test.foi.log.max-search-hits=40: two pages of 20
    Document first = page("/cases?q=" + COMMON);
    assertThat(first.select("#results").text()).isEqualTo("45 responses matching your search");
    assertThat(first.select("#capped").text())
        .isEqualTo(
            "Only the best 40 matches are shown in pages: add words or choose filters to narrow"
                + " your search.");
    assertThat(page("/cases?q=" + WORD).select("#capped")).isEmpty();
    assertThat(page("/cases?q=" + COMMON + "&page=2").select("[data-slug]")).hasSize(20);
    String html =
        given()
            .urlEncodingEnabled(false)
            .get("/cases?q=" + COMMON + "&page=3")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(Jsoup.parse(html).select(".govuk-error-summary").text())
        .contains("Search results go to page 2 at most");
  }

  @Test
  void aSearchKeptForItsReadersShowsACaseAsSoonAsItIsPublished() {
    String word = "zorbatrill";
    assertThat(page("/cases?q=" + word).select("#results").text())
        .isEqualTo("0 responses matching your search");
    String slug =
        fixtures.publish(
            new Spec(
                "Canal locks",
                Regime.FOIA,
                LocalDate.of(2011, 2, 3),
                Outcome.PROVIDED_IN_FULL,
                null,
                "How many locks at " + word + "?",
                "Four."));
    Document after = page("/cases?q=" + word);
    assertThat(after.select("#results").text()).isEqualTo("1 response matching your search");
    assertThat(after.select("[data-slug]").eachAttr("data-slug")).containsExactly(slug);
  }

  private static Document page(String path) {
    return Jsoup.parse(
        given().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().asString());
  }
}
