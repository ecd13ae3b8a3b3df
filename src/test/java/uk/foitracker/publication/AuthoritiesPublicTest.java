package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static uk.foitracker.publication.DisclosureLogSearchTest.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.authority.AuthorityRegistry;
import uk.foitracker.authority.AuthorityRegistry.Declared;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.AuthorityKind;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * Issue 22: two authorities declared as an installation declares them, each with published cases;
 * the public API, each authority's log, feed, CSV and statistics, and the log of every authority
 * with its filter show each case under its own authority and never another's.
 */
@QuarkusTest
class AuthoritiesPublicTest {
  static final String POLICE = "testshire-constabulary";
  static final String COUNCIL = "exampleton-borough-council";

  static List<String> police;
  static String council;
  static String old;

  @Inject PublishedCaseFixtures fixtures;

  @BeforeEach
  void publishOnce() {
    if (police != null) {
      return;
    }
    fixtures.declare(
        List.of(
            new Declared("Testshire Constabulary", POLICE, "POLICE", "TST", null, 3),
            new Declared(
                "Exampleton Borough Council", null, "council", null, "/a/exampleton/", null)));
    police =
        List.of(
            fixtures.publishFor(POLICE, spec("Crimes at hospitals in Testshire", "hospital")),
            fixtures.publishFor(POLICE, spec("Knife crime in Testshire", "knives")));
    council = fixtures.publishFor(COUNCIL, spec("Potholes in Exampleton", "potholes"));
    old =
        fixtures.publishWithStoredVersion(
            COUNCIL, spec("Street lights", "lights"), CaseSnapshotTest.STORED_WITHOUT_FORMAT);
  }

  private static Spec spec(String title, String word) {
    return new Spec(
        title,
        Regime.FOIA,
        LocalDate.of(2023, 5, 1),
        Outcome.PROVIDED_IN_FULL,
        null,
        "How many " + word + " zebracorn?",
        "We hold these " + word + " zebracorn figures.");
  }

  @Test
  void theRegistryMadeBothWithTheirKindsAndDeclaringAgainChangesNothing() {
    assertThat(
            fixtures.declare(
                List.of(
                    new Declared("Testshire Constabulary", POLICE, "POLICE", "TST", null, 3),
                    new Declared(
                        "Exampleton Borough Council",
                        null,
                        "council",
                        null,
                        "/a/exampleton/",
                        null))))
        .isEqualTo(new AuthorityRegistry.Outcome(0, 0, 2));
    JsonPath one =
        given().get("/api/authorities/" + POLICE).then().statusCode(200).extract().jsonPath();
    assertThat(one.getString("kind")).isEqualTo(AuthorityKind.POLICE.name());
    assertThat(one.getInt("appropriateLimitPounds")).isEqualTo(450);
    assertThat(one.getInt("cases")).isEqualTo(2);
    assertThat(one.getString("links.log")).isEqualTo("/a/" + POLICE + "/");
    assertThat(fixtures.smallNumberThreshold(POLICE, 5)).isEqualTo(3);
    assertThat(fixtures.smallNumberThreshold(COUNCIL, 5)).isEqualTo(5);
  }

  @Test
  void aDeclarationWithAnyBadEntrySavesNothing() {
    List<String> problems =
        AuthorityRegistry.problems(
            List.of(
                new Declared("Nowhere Council", "Bad Slug", "PARISH", "x-1", null, -1),
                new Declared(" ", null, null, null, null, null)));
    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).contains("slug");
    assertThat(problems).anyMatch(p -> p.contains("kind must be"));
    given().get("/api/authorities/nowhere-council").then().statusCode(404);
  }

  @Test
  void theApiListsEveryAuthorityAndAnUnknownOneIsAProblem() {
    given()
        .get("/api/authorities")
        .then()
        .statusCode(200)
        .body("slug", hasItems(POLICE, COUNCIL, "leicester-city-council"))
        .body("find { it.slug == '" + COUNCIL + "' }.kind", equalTo("COUNCIL"))
        .body("find { it.slug == '" + COUNCIL + "' }.name", equalTo("Exampleton Borough Council"))
        .body("find { it.slug == '" + COUNCIL + "' }.cases", equalTo(2));
    given()
        .get("/api/authorities/no-such-authority")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void casesNameTheirAuthorityAndFilterByIt() {
    given()
        .get("/api/cases?authority=" + POLICE)
        .then()
        .statusCode(200)
        .header("X-Total-Count", "2")
        .body("authoritySlug", everyItem(equalTo(POLICE)))
        .body("authority", everyItem(equalTo("Testshire Constabulary")))
        .header("Link", containsString("authority=" + POLICE));
    given()
        .get("/api/cases?authority=" + COUNCIL + "&q=zebracorn")
        .then()
        .statusCode(200)
        // the stored version of the old case is what is searched, and it has no such word
        .header("X-Total-Count", "1")
        .body("authoritySlug", everyItem(equalTo(COUNCIL)));
    given()
        .get("/api/cases?authority=no-such-authority")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("authority"));
    given()
        .get("/api/cases/" + police.get(0))
        .then()
        .statusCode(200)
        .body("authority", equalTo("Testshire Constabulary"))
        .body("authoritySlug", equalTo(POLICE));
    given()
        .get("/api/cases/leicester-cse-cce-2015-2024")
        .then()
        .body("authority", equalTo("Leicester City Council"))
        .body("authoritySlug", equalTo("leicester-city-council"));
  }

  @Test
  void aVersionStoredWithoutAnAuthoritySlugTakesItsRequests() {
    given()
        .get("/api/cases/" + old)
        .then()
        .statusCode(200)
        .body("authority", equalTo("Example Borough Council")) // as it was published
        .body("authoritySlug", equalTo(COUNCIL));
    given()
        .get("/api/cases/" + old + "/versions/1")
        .then()
        .statusCode(200)
        .body("authoritySlug", equalTo(COUNCIL));
  }

  @Test
  void anAuthoritysLogShowsOnlyItsCases() {
    Document log = page("/a/" + POLICE + "/", 200);
    assertThat(log.select("tbody tr").eachAttr("data-slug"))
        .containsExactlyInAnyOrderElementsOf(police);
    assertThat(log.select("#authority-caption").text()).isEqualTo("Testshire Constabulary");
    assertThat(log.select("form.app-filters").attr("action")).isEqualTo("/a/" + POLICE + "/");
    assertThat(log.select("select#authority")).isEmpty();
    assertThat(log.select("link[type=application/atom+xml]").attr("href"))
        .isEqualTo("/a/" + POLICE + "/cases.atom");
    assertThat(page("/a/" + POLICE + "/?regime=EIR", 200).select("tbody tr")).isEmpty();
    page("/a/no-such-authority/", 404);
  }

  @Test
  void theLogOfEveryAuthorityFiltersByAuthority() {
    Document all = page("/", 200);
    assertThat(all.select("select#authority option").eachAttr("value"))
        .contains("", POLICE, COUNCIL, "leicester-city-council");
    Document filtered = page("/cases?authority=" + COUNCIL, 200);
    assertThat(filtered.select("tbody tr").eachAttr("data-slug"))
        .containsExactlyInAnyOrder(council, old);
    assertThat(filtered.select("select#authority option[selected]").attr("value"))
        .isEqualTo(COUNCIL);
    assertThat(filtered.select("tbody tr[data-slug=" + council + "] td a").first().attr("href"))
        .isEqualTo("/a/" + COUNCIL + "/");
    Document bad = page("/cases?authority=no-such-authority", 400);
    assertThat(bad.select(".govuk-error-summary").text()).contains("Choose an authority");
  }

  @Test
  void feedsAndCsvsPerAuthority() {
    String csv =
        given().get("/a/" + POLICE + "/cases.csv").then().statusCode(200).extract().asString();
    police.forEach(s -> assertThat(csv).contains(s));
    assertThat(csv).doesNotContain(council).doesNotContain("leicester-cse-cce-2015-2024");
    String feed =
        given().get("/a/" + COUNCIL + "/cases.atom").then().statusCode(200).extract().asString();
    assertThat(feed).contains("Exampleton Borough Council: disclosure log").contains(council);
    assertThat(feed).doesNotContain(police.get(0));
    given().get("/a/no-such-authority/cases.csv").then().statusCode(404);
    given().get("/a/no-such-authority/cases.atom").then().statusCode(404);
  }

  @Test
  void statisticsPerAuthorityAndCompared() {
    Document one = page("/a/" + POLICE + "/statistics", 200);
    assertThat(one.select("#authority-caption").text()).isEqualTo("Testshire Constabulary");
    assertThat(one.select("#download-csv").attr("href"))
        .isEqualTo("/a/" + POLICE + "/statistics.csv");
    assertThat(one.select("#table-authorities")).isEmpty();
    given().get("/a/" + POLICE + "/statistics.csv").then().statusCode(200);
    page("/a/no-such-authority/statistics", 404);

    Document all = page("/statistics", 200);
    assertThat(all.select("#table-authorities tbody tr").eachAttr("data-authority"))
        .contains(POLICE, COUNCIL, "leicester-city-council");
    assertThat(all.select("#table-authorities thead th").eachText())
        .contains("Authority", "Percentage in time", "ICO band");
    String csv =
        given().get("/statistics/authorities.csv").then().statusCode(200).extract().asString();
    assertThat(csv).contains("authority_slug").contains(POLICE).contains("below_ico_90_percent");
  }
}
