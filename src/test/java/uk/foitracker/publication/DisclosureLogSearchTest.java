package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/** Search on the disclosure log page and in the API. */
@QuarkusTest
class DisclosureLogSearchTest {
  static final String LEICESTER = "leicester-cse-cce-2015-2024";
  static String inTitle;
  static String inAnswer;

  @Inject PublishedCaseFixtures fixtures;

  @BeforeEach
  void publishOnce() {
    if (inTitle != null) {
      return;
    }
    // The word in the title ranks above the same word once in an answer.
    inAnswer =
        fixtures.publish(
            new Spec(
                "Library opening hours",
                Regime.FOIA,
                LocalDate.of(2023, 3, 1),
                Outcome.PROVIDED_IN_FULL,
                null,
                "What are the opening hours?",
                "The branch near the glimmerquay is open daily."));
    inTitle =
        fixtures.publish(
            new Spec(
                "Glimmerquay repairs",
                Regime.FOIA,
                LocalDate.of(2022, 5, 1),
                Outcome.PROVIDED_IN_FULL,
                null,
                "What did repairs to the glimmerquay cost?",
                "Repairs to the glimmerquay cost £12,000."));
  }

  @Test
  void exploitationFindsLeicesterWithHighlightedWords() {
    Document page = page("/cases?q=exploitation", 200);
    Element result = page.selectFirst("li[data-slug=" + LEICESTER + "]");
    assertThat(result).isNotNull();
    assertThat(result.select("h3 a").attr("href")).isEqualTo("/cases/" + LEICESTER);
    assertThat(result.select("mark.app-highlight").eachText())
        .isNotEmpty()
        .allMatch(t -> t.equalsIgnoreCase("exploitation"));
    assertThat(page.select("#results").text()).contains("matching your search");
    assertThat(page.select("input#q").val()).isEqualTo("exploitation");
    assertThat(page.select("head link[rel=alternate][type=application/json]").attr("href"))
        .isEqualTo("/api/cases?q=exploitation");
  }

  @Test
  void resultsInRelevanceOrder() {
    Document page = page("/cases?q=glimmerquay", 200);
    assertThat(page.select("li[data-slug]").eachAttr("data-slug"))
        .containsExactly(inTitle, inAnswer);
    assertThat(page.select("#sort option[selected]").val()).isEqualTo("relevance");
    // Another order on request: newest first puts the 2023 case first.
    assertThat(
            page("/cases?q=glimmerquay&sort=newest", 200)
                .select("li[data-slug]")
                .eachAttr("data-slug"))
        .containsExactly(inAnswer, inTitle);
    assertThat(
            given()
                .get("/api/cases?q=glimmerquay")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("slug"))
        .containsExactly(inTitle, inAnswer);
  }

  @Test
  void noHitSaysSo() {
    Document page = page("/cases?q=zeppelinfoo", 200);
    assertThat(page.select("#results").text()).isEqualTo("0 responses matching your search");
    assertThat(page.select("li[data-slug], tbody tr")).isEmpty();
    assertThat(page.text()).contains("No published responses match.");
  }

  @Test
  void scriptInTheSearchIsNeverOutputUnescaped() {
    String q = "<script>alert(1)</script> exploitation";
    String html =
        given().queryParam("q", q).get("/cases").then().statusCode(200).extract().asString();
    assertThat(html).doesNotContain("<script>alert").doesNotContain("</script> exploitation");
    Document page = Jsoup.parse(html);
    assertThat(page.select("input#q").val()).isEqualTo(q);
    assertThat(page.select("script")).allMatch(s -> s.attr("src").equals("/static/app.js"));
    assertThat(page.select("mark").eachText())
        .allMatch(
            t ->
                t.equalsIgnoreCase("exploitation")
                    || t.equalsIgnoreCase("script")
                    || t.equalsIgnoreCase("alert"));
  }

  @Test
  void emptyOrOverLongSearchIsAnErrorOnThePage() {
    for (String q : List.of("", "   ", "x".repeat(201), "!!! ???")) {
      Document page =
          page(
              "/cases?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
              400);
      assertThat(page.title()).startsWith("Error: ");
      assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#q");
      assertThat(page.select("#q-error").text()).isNotEmpty();
      assertThat(page.select("input#q").val()).isEqualTo(q);
      assertThat(page.select("li[data-slug], tbody tr")).isEmpty();
    }
    assertThat(page("/cases?q=" + "x".repeat(201), 400).select("#q-error").text())
        .isEqualTo("Error: Search words must be 200 characters or fewer");
    assertThat(page("/cases?q=" + "x".repeat(200), 200).select("#results").text())
        .startsWith("0 responses");
  }

  @Test
  void apiSearchGivesHighlightsAndProblems() {
    JsonPath json =
        given().get("/api/cases?q=exploitation").then().statusCode(200).extract().jsonPath();
    assertThat(json.getList("slug", String.class)).contains(LEICESTER);
    String html = json.getString("find { it.slug == '" + LEICESTER + "' }.highlights[0].html");
    assertThat(html).contains("<mark class=\"app-highlight\">exploitation</mark>");

    given()
        .get("/api/cases?q=")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem("q"));
    given()
        .queryParam("q", "y".repeat(201))
        .get("/api/cases")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("q"));
  }

  static Document page(String path, int status) {
    return Jsoup.parse(
        given()
            .urlEncodingEnabled(false)
            .get(path)
            .then()
            .statusCode(status)
            .contentType("text/html")
            .extract()
            .asString());
  }
}
