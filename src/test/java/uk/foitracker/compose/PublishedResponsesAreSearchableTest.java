package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.foitracker.search.SearchHit;
import uk.foitracker.search.SearchIndex;

/**
 * Publishing and correcting a response update the search index; an edit not yet published as a
 * correction is never searchable, not even after the index is rebuilt.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class PublishedResponsesAreSearchableTest {
  @Inject SearchIndex index;

  @Test
  void publishAndCorrectReachTheIndexDraftsDoNot() {
    String ref =
        ApiRequests.log(
            "Bridge inspections",
            null,
            List.of("How many bridges were inspected in 2024?"),
            null,
            LocalDate.now().minusDays(5),
            "Zebedee Fairweather",
            "someone@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of(
            "questions", List.of(1), "paragraphs", List.of("We inspected 12 quorvantine bridges.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    String slug = "bridges-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    assertThat(slugs("quorvantine")).doesNotContain(slug);

    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
    assertThat(slugs("quorvantine")).contains(slug);

    // an answer already sent is corrected only with a reason; refused, nothing changes
    json(Map.of(
            "questions", List.of(1), "paragraphs", List.of("We inspected 13 blenthorpe bridges.")))
        .put(base + "/answers/1")
        .then()
        .statusCode(400)
        .body("errors.field", contains("reason"));
    index.rebuild();
    assertThat(slugs("blenthorpe")).doesNotContain(slug);
    assertThat(slugs("quorvantine")).contains(slug);

    // with the reason, the correction is published at once as a new version
    json(Map.of(
            "questions",
            List.of(1),
            "paragraphs",
            List.of("We inspected 13 blenthorpe bridges."),
            "reason",
            "One bridge was missed."))
        .put(base + "/answers/1")
        .then()
        .statusCode(200);
    assertThat(slugs("blenthorpe")).contains(slug);
    assertThat(slugs("quorvantine")).doesNotContain(slug);
    assertThat(
            given()
                .get("/api/cases?q=blenthorpe")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("slug", String.class))
        .contains(slug);
  }

  private List<String> slugs(String q) {
    return index.search(q, 100).stream().map(SearchHit::slug).toList();
  }

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }
}
