package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 points 1 and 7 on the public side: the authority's references and stated due date of
 * example 07 (Sheffield, "FOI / 1596" and "1596", "by 01/04/2015") on the case page and in the
 * JSON, and a refined request (example 04) linked both ways once both are published, never to an
 * unpublished one.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class RelatedAndReferencedCasesTest {

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static String log(String summary, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", "2015-03-04");
    body.put("channel", "EMAIL");
    body.put("summary", summary);
    body.put("requesterName", "Quentin Zapruder");
    body.put("requesterContact", "quentin.zapruder@example.org");
    body.put("requestText", "1. Which bids were made to the Go Local fund?");
    body.putAll(extra);
    return json(body)
        .post("/api/requests")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private static String sendAndPublish(String ref) {
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("Three bids were made.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", "2015-03-06")).post(base + "/send").then().statusCode(200);
    String slug = "go-local-" + UUID.randomUUID().toString().substring(0, 8);
    json(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    return slug;
  }

  @Test
  void referencesStatedDueAndLinksArePublishedWithoutExposingAnUnpublishedRequest() {
    String first =
        log(
            "Go Local bids " + UUID.randomUUID(),
            Map.of(
                "authorityReferences",
                List.of(
                    Map.of("reference", "FOI / 1596", "leading", true),
                    Map.of("reference", "1596")),
                "statedDue",
                "2015-04-01"));
    String secondTitle = "Go Local bids, narrowed " + UUID.randomUUID();
    String second = log(secondTitle, Map.of());
    int version = given().get("/api/requests/" + second).then().extract().path("version");
    json(Map.of("version", version, "otherReference", first, "kind", "REFINED"))
        .post("/api/requests/" + second + "/links")
        .then()
        .statusCode(200);

    String firstSlug = sendAndPublish(first);
    given()
        .get("/api/cases/" + firstSlug)
        .then()
        .statusCode(200)
        .body("authorityReference", equalTo("FOI / 1596"))
        .body("authorityReferences", contains("FOI / 1596", "1596"))
        .body("statedDue", equalTo("2015-04-01"))
        .body("due", equalTo("2015-04-02"))
        .body("relatedCases", empty());
    String page = given().get("/cases/" + firstSlug).then().statusCode(200).extract().asString();
    Document doc = Jsoup.parse(page);
    assertThat(doc.select(".govuk-summary-list").first().text())
        .contains("Reference FOI / 1596")
        .contains("Other references stated 1596")
        .contains("Due date the authority stated 1 April 2015");
    assertThat(doc.select("#related-cases")).isEmpty();
    assertThat(page).doesNotContain(second).doesNotContain(secondTitle);

    String secondSlug = sendAndPublish(second);
    given()
        .get("/api/cases/" + secondSlug)
        .then()
        .body("authorityReference", nullValue())
        .body("authorityReferences", empty())
        .body("statedDue", nullValue())
        .body("relatedCases.kind", contains("REFINED"))
        .body("relatedCases.slug", contains(firstSlug))
        .body("relatedCases.label", contains("Refines request"));
    Document secondPage =
        Jsoup.parse(given().get("/cases/" + secondSlug).then().extract().asString());
    assertThat(secondPage.select(".govuk-summary-list").first().text())
        .contains("Reference Not stated")
        .contains("Due date the authority stated Not stated");
    assertThat(secondPage.select("#related-cases a").attr("href")).isEqualTo("/cases/" + firstSlug);

    // the first case now links to the second, published since
    given()
        .get("/api/cases/" + firstSlug)
        .then()
        .body("relatedCases.slug", contains(secondSlug))
        .body("relatedCases.label", contains("Refined in request"));
    Document firstAgain =
        Jsoup.parse(given().get("/cases/" + firstSlug).then().extract().asString());
    assertThat(firstAgain.select("#related-cases").text()).contains(secondTitle);
    // the officer's note and the requester never reach the public case
    assertThat(firstAgain.text()).doesNotContain("Zapruder");
  }
}
