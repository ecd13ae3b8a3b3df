package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's release check at the boundary: a name disguised with a Cyrillic look-alike letter in a
 * table cell is refused at publishing through the API and the officer's page, and a correction
 * whose reason holds the requester's name (the HIGH finding: reasons were published unchecked) or
 * their e-mail with a zero-width space is refused too. Each refusal names the field and shows the
 * text around the hit with the personal data masked.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ReleaseCheckTest {
  private static final String CSRF = "csrf-token";

  @Test
  void disguisedNameInACellAndTheRequesterInACorrectionReasonAreRefused() {
    String ref = log();
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    // "Quіxote" with a Cyrillic і (U+0456): the old matcher let it through
    json(Map.of(
            "caption",
            "Requests by surname",
            "cells",
            "Surname\tRequests\nBrown\t3\nQu\u0456xote\t1\nSmith\t4\n"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    String slug = "surnames-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");

    // the API: a problem naming the cell, the name masked
    String refused =
        json(Map.of("slug", slug))
            .post(base + "/publish")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .asString();
    assertThat(refused)
        .contains("the requester's name")
        .contains("tables[0]")
        .contains("[the requester's name]");
    assertNoPersonalData(refused);

    // the officer's page: the error summary lists the hit in context
    String page = "/officer/requests/" + ref + "/response";
    Response onPage = form(page).formParam("slug", slug).post(page + "/publish");
    assertThat(onPage.statusCode()).isEqualTo(400);
    Document doc = Jsoup.parse(onPage.asString());
    assertThat(doc.select(".govuk-error-summary").text())
        .contains("the requester's name")
        .contains("[the requester's name]");
    assertNoPersonalData(doc.select(".govuk-error-summary").text());
    given().get("/api/cases/" + slug).then().statusCode(404);

    // with the cell gone the surnames table of other people publishes: Brown and Smith are words
    // (the response is sent: changing its tables needs a reason)
    given()
        .queryParam("reason", "A requester's name was in the table")
        .delete(base + "/answers/1/tables/1")
        .then()
        .statusCode(204);
    json(Map.of(
            "caption",
            "Requests by surname",
            "cells",
            "Surname\tRequests\nBrown\t3\nSmith\t4\n",
            "reason",
            "The table without the requester's name"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200);
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);

    // a correction reason holding the requester's name, or their e-mail with a zero-width space
    String correction =
        json(Map.of("reason", "Corrected at the request of " + Planted.NAME))
            .post(base + "/corrections")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(correction).contains("\"reason\"").contains("the reason for the correction");
    assertNoPersonalData(correction);
    json(Map.of("reason", "Asked for by zq@\u200Bexample.org"))
        .post(base + "/corrections")
        .then()
        .statusCode(400);
    Response correctionPage =
        form(page)
            .formParam("reason", "Mr Quixote-Fairweather pointed out an error")
            .post(page + "/corrections");
    assertThat(correctionPage.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(correctionPage.asString()).select(".govuk-error-summary").text())
        .contains("the requester's name");
    assertThat(given().get("/api/cases/" + slug + "/versions").asString())
        .doesNotContain("Quixote")
        .doesNotContain("pointed out");
    json(Map.of("reason", "The requester pointed out that Smith was counted twice."))
        .post(base + "/corrections")
        .then()
        .statusCode(200);
  }

  @Test
  void sendingIsRefusedWithSomeoneElsesPersonalDataButNotTheRequestersOwn() {
    String ref = log();
    String base = "/api/responses/" + ref;
    json(Map.of(
            "questions",
            List.of(1),
            "paragraphs",
            List.of("Figures were collated by Mr Patel (mobile 07911 123456).")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    String refused =
        json(Map.of("sentOn", LocalDate.now().toString()))
            .post(base + "/send")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(refused).contains("a personal phone number").doesNotContain("07911");
    // the response goes to the requester: their own e-mail may be in it, but it cannot publish
    json(Map.of(
            "questions",
            List.of(1),
            "paragraphs",
            List.of("We sent the spreadsheet to " + Planted.CONTACT + " on 3 May.")))
        .put(base + "/answers/1")
        .then()
        .statusCode(200);
    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    String slug = "sending-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    assertThat(
            json(Map.of("slug", slug))
                .post(base + "/publish")
                .then()
                .statusCode(400)
                .extract()
                .asString())
        .contains("the requester's e-mail address")
        .doesNotContain(Planted.CONTACT);
  }

  private static String log() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(3).toString());
    body.put("channel", "EMAIL");
    body.put("summary", "Requests by surname " + System.nanoTime());
    body.put("requesterName", Planted.NAME);
    body.put("requesterContact", Planted.CONTACT + ", " + Planted.ADDRESS);
    body.put("requestText", "How many requests came from people of each surname?");
    return json(body).post("/api/requests").then().statusCode(201).extract().path("reference");
  }

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  /** A form post with the page's CSRF cookie and token. */
  private static RequestSpecification form(String page) {
    Response r = given().redirects().follow(false).get(page);
    assertThat(r.statusCode()).isEqualTo(200);
    String token = Jsoup.parse(r.asString()).select("input[name=" + CSRF + "]").first().val();
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .cookie(CSRF, r.getCookie(CSRF))
        .formParam(CSRF, token);
  }

  private static void assertNoPersonalData(String text) {
    for (String needle : PersonalDataTest.NEEDLES) {
      assertThat(text).doesNotContainIgnoringCase(needle);
    }
    assertThat(text).doesNotContain("Qu\u0456xote").doesNotContain("Zebedee");
  }
}
