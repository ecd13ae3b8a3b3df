package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement and holding replies (Go Local bids, example 07: received 4 March 2015,
 * acknowledged 5 March): recorded through the API and the request page, they leave the clock as it
 * was, show on the request's timeline, and are published with their kind and date; the officer's
 * note never is.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class CorrespondenceTest {
  private static final String NOTE = "Phoned Mr Quentin Holdsworth to say it is delayed";

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static int version(String ref) {
    return given().get("/api/requests/" + ref).then().extract().path("version");
  }

  private static Map<String, Object> letter(String ref, String kind, String sentOn, String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", version(ref));
    body.put("kind", kind);
    body.put("sentOn", sentOn);
    body.put("note", note);
    return body;
  }

  @Test
  void throughTheApiTheLettersAreKeptThePublicSeesKindAndDateOnly() {
    String ref =
        RequestIdentifiersTest.log(
            Fixtures.unique("Go Local bids"), "FOIA", "2015-03-04", Map.of());
    String dueBefore = given().get("/api/requests/" + ref).then().extract().path("clock.due");

    json(letter(ref, "ACKNOWLEDGED", "2015-03-05", null))
        .post("/api/requests/" + ref + "/correspondence")
        .then()
        .statusCode(200)
        .body("correspondence.kind", contains("ACKNOWLEDGED"))
        .body("correspondence.sentOn", contains("2015-03-05"));
    json(letter(ref, "HOLDING_REPLY", "2015-03-30", NOTE))
        .post("/api/requests/" + ref + "/correspondence")
        .then()
        .statusCode(200)
        .body("correspondence.kind", contains("ACKNOWLEDGED", "HOLDING_REPLY"))
        .body("correspondence[1].note", equalTo(NOTE))
        // a letter does not move the clock
        .body("clock.due", equalTo(dueBefore))
        .body("clockEvents.size()", equalTo(0))
        .body("timeline.summary", org.hamcrest.Matchers.hasItem(containsString("Holding reply")));

    // bad input: a problem document naming the field, and nothing saved
    for (Map<String, Object> bad :
        List.of(
            letter(ref, "HOLDING_REPLY", "2015-02-30", null),
            letter(ref, "HOLDING_REPLY", "30/03/2015", null),
            letter(ref, "HOLDING_REPLY", "2015-03-01", null),
            letter(ref, "HOLDING_REPLY", "", null),
            letter(ref, "REMINDER", "2015-03-30", null))) {
      Response r = json(bad).post("/api/requests/" + ref + "/correspondence");
      assertThat(r.statusCode()).as(bad.toString()).isEqualTo(400);
      assertThat(r.contentType()).contains("application/problem+json");
      assertThat(r.jsonPath().getString("errors[0].field")).isIn("sentOn", "kind");
    }
    assertThat(StoredRequest.correspondence(ref)).isEqualTo(2);

    String slug = sendAndPublish(ref, "go-local-letters-");
    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    assertThat(c.getString("acknowledgedOn")).isEqualTo("2015-03-05");
    assertThat(c.getList("correspondence.kind")).containsExactly("ACKNOWLEDGED", "HOLDING_REPLY");
    assertThat(c.getList("correspondence.sentOn")).containsExactly("2015-03-05", "2015-03-30");
    String jsonText = given().get("/api/cases/" + slug).asString();
    assertThat(jsonText).doesNotContain("Holdsworth").doesNotContain("\"note\"");
    Document page = casePage(slug);
    assertThat(page.select(".govuk-summary-list").first().text())
        .contains("Acknowledged 5 March 2015")
        .contains("Holding reply sent 30 March 2015");
    assertThat(page.text()).doesNotContain("Holdsworth");
  }

  @Test
  void onTheRequestPageABadDateShowsTheErrorSummaryAndSavesNothing() {
    String ref =
        RequestIdentifiersTest.log(Fixtures.unique("Carriageway"), "FOIA", "2025-04-07", Map.of());
    String path = "/officer/requests/" + ref;
    Forms form = Forms.open(path);
    assertThat(form.page().select("#action-correspondence input[name=correspondenceKind]"))
        .hasSize(2);

    Response refused =
        form.post()
            .formParam("version", form.version())
            .formParam("correspondenceKind", "ACKNOWLEDGED")
            .formParam("sentOn-day", "31")
            .formParam("sentOn-month", "4")
            .formParam("sentOn-year", "2025")
            .formParam("correspondenceNote", "typed")
            .post(path + "/correspondence");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document again = Jsoup.parse(refused.asString());
    assertThat(again.select(".govuk-error-summary").text()).contains("Date sent");
    assertThat(again.select(".govuk-error-summary a[href=#correspondence-sentOn]")).isNotEmpty();
    // what was typed is kept
    assertThat(again.select("#correspondence-sentOn").val()).isEqualTo("31");
    assertThat(again.select("#correspondenceKind").hasAttr("checked")).isTrue();
    assertThat(again.select("#correspondenceNote").text()).isEqualTo("typed");
    assertThat(StoredRequest.correspondence(ref)).isZero();

    Response noKind =
        Forms.open(path)
            .post()
            .formParam("version", Forms.open(path).version())
            .formParam("sentOn-day", "8")
            .formParam("sentOn-month", "4")
            .formParam("sentOn-year", "2025")
            .post(path + "/correspondence");
    assertThat(noKind.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(noKind.asString()).select(".govuk-error-summary").text())
        .contains("Select which letter was sent");
    assertThat(StoredRequest.correspondence(ref)).isZero();

    Forms fresh = Forms.open(path);
    Response saved =
        fresh
            .post()
            .formParam("version", fresh.version())
            .formParam("correspondenceKind", "ACKNOWLEDGED")
            .formParam("sentOn-day", "8")
            .formParam("sentOn-month", "4")
            .formParam("sentOn-year", "2025")
            .formParam("correspondenceNote", "")
            .post(path + "/correspondence");
    assertThat(saved.statusCode()).isEqualTo(303);
    Document after = Forms.open(path).page();
    assertThat(after.select("#correspondence-list").text())
        .contains("Acknowledgement sent: 8 April 2025");
    assertThat(after.select(".app-timeline").text())
        .contains("Acknowledgement sent on Tuesday 8 April 2025");

    String slug = sendAndPublish(ref, "carriageway-letters-");
    given()
        .get("/api/cases/" + slug)
        .then()
        .body("acknowledgedOn", equalTo("2025-04-08"))
        .body("correspondence[0].kind", equalTo("ACKNOWLEDGED"))
        .body("correspondence[0].sentOn", equalTo("2025-04-08"));
    assertThat(casePage(slug).select(".govuk-summary-list").first().text())
        .contains("Acknowledged 8 April 2025");
  }

  private static String sendAndPublish(String ref, String prefix) {
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("Here is the information.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", "2025-05-01")).post(base + "/send").then().statusCode(200);
    String slug = prefix + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
    return slug;
  }

  private static Document casePage(String slug) {
    return Jsoup.parse(
        given()
            .accept(ContentType.HTML)
            .get("/cases/" + slug)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }
}
