package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
 * A request whose letter does not state when it was received (Durham, example 02): logged with no
 * date through the API and the log form, it has no statutory clock, and is sent, published and read
 * back showing the received date "Not stated", never a guessed one.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ReceivedNotStatedTest {

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  static Map<String, Object> body(String summary) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("channel", "EMAIL");
    body.put("summary", summary);
    body.put("requesterName", "Requester");
    body.put("requesterContact", "requester@example.org");
    body.put("requestText", "1. How many child exploitation offences were recorded?");
    return body;
  }

  @Test
  void loggedThroughTheApiWithNoReceivedDateSentPublishedAndReadBack() {
    Map<String, Object> body = body(Fixtures.unique("Child exploitation figures"));
    body.put("receivedNotStated", true);
    String ref =
        json(body)
            .post("/api/requests")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .path("reference");
    given()
        .get("/api/requests/" + ref)
        .then()
        .statusCode(200)
        .body("receivedOn", nullValue())
        .body("clock.status", equalTo("NO_CLOCK"))
        .body("clock.due", nullValue());
    assertThat(StoredRequest.receivedOn(ref)).isNull();
    // listed in the work queue, with no clock
    JsonPath queue =
        given()
            .get("/api/requests?sort=reference&order=desc")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(queue.getList("requests.reference")).contains(ref);
    assertThat(queue.getString("requests.find { it.reference == '" + ref + "' }.clockStatus"))
        .isEqualTo("NO_CLOCK");
    assertThat(
            Jsoup.parse(given().get("/officer/requests?sort=reference&order=desc").asString())
                .text())
        .contains(ref);

    Document page = Forms.open("/officer/requests/" + ref).page();
    assertThat(page.select(".govuk-summary-list").first().text()).contains("Received Not stated");
    assertThat(page.select("#no-clock").text()).contains("not stated");
    assertThat(page.select("#clock-figures")).isEmpty();
    // no clock to stop, pause or extend: only a change of regime is offered
    assertThat(page.select("#action-clarification-requested")).isEmpty();

    // a clock event that needs a clock is refused, with a problem, and nothing is saved
    int version = given().get("/api/requests/" + ref).then().extract().path("version");
    json(Map.of("kind", "CLARIFICATION_REQUESTED", "date", "2025-09-20", "version", version))
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].message", containsString("not stated"));
    given().get("/api/requests/" + ref).then().body("clockEvents.size()", equalTo(0));

    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("There were 12 offences.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", "2025-10-13"))
        .post(base + "/send")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    given()
        .get("/api/requests/" + ref)
        .then()
        .body("state", equalTo("SENT"))
        .body("clock.status", equalTo("NO_CLOCK"));
    String slug = "received-not-stated-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);

    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    assertThat(c.getString("receivedOn")).isNull();
    assertThat(c.getString("due")).isNull();
    assertThat(c.getString("sentOn")).isEqualTo("2025-10-13");
    Document casePage =
        Jsoup.parse(
            given()
                .accept(ContentType.HTML)
                .get("/cases/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(casePage.select(".govuk-summary-list").first().text())
        .contains("Received Not stated")
        .contains("Response due Not stated")
        .contains("Response sent 13 October 2025");
  }

  @Test
  void theApiRefusesBothADateAndNotStatedAndNeither() {
    Map<String, Object> both = body(Fixtures.unique("Both"));
    both.put("receivedOn", "2025-09-15");
    both.put("receivedNotStated", true);
    json(both)
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("receivedOn"))
        .body("errors[0].message", containsString("not both"));
    json(body(Fixtures.unique("Neither")))
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("receivedOn"))
        .body("errors[0].message", containsString("or say it is not stated"));
  }

  @Test
  void theLogFormHasTheNotStatedBoxAndLogsWithoutADate() {
    Forms form = Forms.open("/officer/requests/new");
    assertThat(form.page().select("input#receivedNotStated[type=checkbox]")).hasSize(1);
    assertThat(form.page().select("label[for=receivedNotStated]").text())
        .contains("The received date is not stated");

    // neither a date nor the box: the error summary says what to do, nothing is saved
    String summary = Fixtures.unique("Form not stated");
    Response refused = logForm(form, summary, false);
    assertThat(refused.statusCode()).isEqualTo(400);
    Document again = Jsoup.parse(refused.asString());
    assertThat(again.select(".govuk-error-summary").text())
        .contains("Enter the date the request was received, or say it is not stated");
    assertThat(again.select(".govuk-error-summary a[href=#receivedOn]")).isNotEmpty();

    Response saved = logForm(Forms.open("/officer/requests/new"), summary, true);
    assertThat(saved.statusCode()).isEqualTo(200);
    String ref = Jsoup.parse(saved.asString()).select("#reference").text();
    assertThat(ref).isNotBlank();
    given().get("/api/requests/" + ref).then().body("receivedOn", nullValue());
    assertThat(Forms.open("/officer/requests/" + ref).page().select("#no-clock")).hasSize(1);
  }

  private static Response logForm(Forms form, String summary, boolean notStated) {
    RequestSpecification post =
        form.post()
            .formParam("action", "save")
            .formParam("regime", "FOIA")
            .formParam("receivedOn-day", "")
            .formParam("receivedOn-month", "")
            .formParam("receivedOn-year", "")
            .formParam("channel", "EMAIL")
            .formParam("summary", summary)
            .formParam("requesterName", Fixtures.NAME)
            .formParam("requesterContact", Fixtures.CONTACT)
            .formParam("requestText", "1. How many?")
            .formParam("questionNumber", "1")
            .formParam("questionText", "How many?");
    if (notStated) {
      post.formParam("receivedNotStated", "yes");
    }
    return post.post("/officer/requests/new");
  }
}
