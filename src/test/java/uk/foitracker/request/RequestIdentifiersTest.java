package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 points 1, 7 and 8 (regime) through the API and the officer's pages, with the dates and
 * references of the real letters in ../shared/examples.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class RequestIdentifiersTest {

  static String log(String summary, String regime, String received, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", regime);
    body.put("receivedOn", received);
    body.put("channel", "WEB_FORM");
    body.put("summary", summary);
    body.put("requesterName", "Requester");
    body.put("requesterContact", "requester@example.org");
    body.put("requestText", "1. Please send the information.");
    body.putAll(extra);
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  static int version(String ref) {
    return given().get("/api/requests/" + ref).then().extract().path("version");
  }

  /** Example 07: "FOI / 1596" in the subject, "1596" in the review; stated due 01/04/2015. */
  @Test
  void twoReferencesThatDisagreeAreBothKeptAndTheStatedDueDateIsKeptBesideTheClock() {
    String ref =
        log(
            Fixtures.unique("Go Local bids"),
            "FOIA",
            "2015-03-04",
            Map.of(
                "authorityReferences",
                List.of(
                    Map.of("reference", "FOI / 1596", "leading", true),
                    Map.of("reference", "1596")),
                "statedDue",
                "2015-04-01"));
    given()
        .get("/api/requests/" + ref)
        .then()
        .statusCode(200)
        .body("authorityReference", equalTo("FOI / 1596"))
        .body("authorityReferences.reference", contains("FOI / 1596", "1596"))
        .body("authorityReferences.leading", contains(true, false))
        .body("statedDue", equalTo("2015-04-01"))
        .body("channel", equalTo("WEB_FORM"))
        // St Patrick's Day (Tue 17 March 2015) is a UK bank holiday: the clock gives 2 April
        .body("clock.due", equalTo("Thursday 2 April 2015"))
        .body("statedDueDiffers", equalTo(true));
    assertThat(StoredRequest.authorityReference(ref)).isEqualTo("FOI / 1596");

    Document page = Forms.open("/officer/requests/" + ref).page();
    assertThat(page.select(".govuk-summary-list").first().text())
        .contains("Authority's reference FOI / 1596")
        .contains("Other references stated 1596")
        .contains("Due date the authority stated Wednesday 1 April 2015")
        .contains("How it arrived Online form");
    assertThat(page.select("#stated-due-differs").text())
        .contains("1 April 2015")
        .contains("Thursday 2 April 2015");
    assertThat(page.select("#authorityReference").val()).isEqualTo("FOI / 1596");
    assertThat(page.select("#otherAuthorityReferences").text()).isEqualTo("1596");
  }

  /** Example 05: received 11/04/2024, "by 10/05/2024": the stated date agrees with the clock. */
  @Test
  void aStatedDueDateThatAgreesGivesNoWarning() {
    String ref =
        log(
            Fixtures.unique("Drupal CMS"),
            "FOIA",
            "2024-04-11",
            Map.of("statedDue", "2024-05-10", "authorityReference", "FOI / 1100260"));
    given()
        .get("/api/requests/" + ref)
        .then()
        .body("statedDue", equalTo("2024-05-10"))
        .body("clock.due", equalTo("Friday 10 May 2024"))
        .body("statedDueDiffers", equalTo(false))
        .body("authorityReferences.reference", contains("FOI / 1100260"));
    Document page = Forms.open("/officer/requests/" + ref).page();
    assertThat(page.select("#stated-due-differs")).isEmpty();
  }

  @Test
  void noReferenceNoStatedDateReadNotStated() {
    String ref = log(Fixtures.unique("Carriageway repairs"), "FOIA", "2025-04-07", Map.of());
    given()
        .get("/api/requests/" + ref)
        .then()
        .body("authorityReference", nullValue())
        .body("authorityReferences", empty())
        .body("statedDue", nullValue());
    Document page = Forms.open("/officer/requests/" + ref).page();
    assertThat(page.select(".govuk-summary-list").first().text())
        .contains("Authority's reference Not stated")
        .contains("Due date the authority stated Not stated");
  }

  @Test
  void theDetailsAreEditedThroughTheApiWithTheVersion() {
    String ref = log(Fixtures.unique("Go Local bids"), "FOIA", "2015-03-04", Map.of());
    int v = version(ref);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", v);
    body.put("authorityReference", "FOI / 1596");
    body.put(
        "authorityReferences",
        List.of(Map.of("reference", "1596"), Map.of("reference", "FOI / 1596", "leading", true)));
    body.put("statedDue", "2015-04-01");
    body.put("channel", "EMAIL");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/requests/" + ref + "/details")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("authorityReference", equalTo("FOI / 1596"))
        .body("authorityReferences.reference", contains("FOI / 1596", "1596"))
        .body("statedDue", equalTo("2015-04-01"))
        .body("channel", equalTo("EMAIL"))
        .body("timeline.summary", hasItem("Authority's references and dates changed"));
    // the same version again: someone else changed it first
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/requests/" + ref + "/details")
        .then()
        .statusCode(409);
    // a stated due date before the request arrived, two leading references: 400, nothing saved
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("version", version(ref));
    bad.put("authorityReference", "X");
    bad.put("statedDue", "2015-03-01");
    given()
        .contentType(ContentType.JSON)
        .body(bad)
        .put("/api/requests/" + ref + "/details")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("statedDue"));
    given()
        .get("/api/requests/" + ref)
        .then()
        .body("authorityReference", equalTo("FOI / 1596"))
        .body("statedDue", equalTo("2015-04-01"));
    bad.put(
        "authorityReferences",
        List.of(
            Map.of("reference", "A", "leading", true), Map.of("reference", "B", "leading", true)));
    bad.put("statedDue", null);
    bad.remove("authorityReference");
    given()
        .contentType(ContentType.JSON)
        .body(bad)
        .put("/api/requests/" + ref + "/details")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("authorityReferences"));
  }

  @Test
  void theDetailsFormOnTheRequestPageSavesOrShowsItsErrors() {
    String ref = log(Fixtures.unique("Drupal CMS"), "FOIA", "2024-04-11", Map.of());
    Forms page = Forms.open("/officer/requests/" + ref);
    Response refused =
        page.post()
            .formParam("version", page.version())
            .formParam("authorityReference", "")
            .formParam("otherAuthorityReferences", "1100260")
            .formParam("statedDue-day", "31")
            .formParam("statedDue-month", "2")
            .formParam("statedDue-year", "2024")
            .formParam("channel", "")
            .post("/officer/requests/" + ref + "/details");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document again = Jsoup.parse(refused.asString());
    assertThat(again.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#authorityReference", "#statedDue");
    assertThat(again.select("#otherAuthorityReferences").text()).isEqualTo("1100260");

    Response saved =
        page.post()
            .formParam("version", page.version())
            .formParam("authorityReference", "FOI / 1100260")
            .formParam("otherAuthorityReferences", "")
            .formParam("statedDue-day", "10")
            .formParam("statedDue-month", "5")
            .formParam("statedDue-year", "2024")
            .formParam("channel", "EMAIL")
            .post("/officer/requests/" + ref + "/details");
    assertThat(saved.statusCode()).isEqualTo(303);
    Document now = Forms.open("/officer/requests/" + ref).page();
    assertThat(now.select(".govuk-summary-list").first().text())
        .contains("Authority's reference FOI / 1100260")
        .contains("Due date the authority stated Friday 10 May 2024")
        .contains("How it arrived Email");
  }

  @Test
  void theLogFormTakesTheReferencesAndTheStatedDueDate() {
    String summary = Fixtures.unique("Go Local bids");
    Forms form = Forms.open("/officer/requests/new");
    assertThat(form.page().select("#authorityReference")).hasSize(1);
    assertThat(form.page().select("#statedDue")).hasSize(1);
    Response saved =
        form.post()
            .formParam("action", "save")
            .formParam("regime", "FOIA")
            .formParam("receivedOn-day", "4")
            .formParam("receivedOn-month", "3")
            .formParam("receivedOn-year", "2015")
            .formParam("channel", "EMAIL")
            .formParam("summary", summary)
            .formParam("requesterName", "Requester")
            .formParam("requesterContact", "requester@example.org")
            .formParam("requestText", "1. Bids to Go Local.")
            .formParam("authorityReference", "FOI / 1596")
            .formParam("otherAuthorityReferences", "1596\n")
            .formParam("statedDue-day", "1")
            .formParam("statedDue-month", "4")
            .formParam("statedDue-year", "2015")
            .formParam("questionNumber", "1")
            .formParam("questionText", "Bids to Go Local.")
            .post("/officer/requests/new");
    assertThat(saved.statusCode()).isEqualTo(200);
    String ref = Jsoup.parse(saved.asString()).select("#reference").text();
    given()
        .get("/api/requests/" + ref)
        .then()
        .body("authorityReferences.reference", contains("FOI / 1596", "1596"))
        .body("statedDue", equalTo("2015-04-01"));
  }

  /** Example 04: a narrowed resubmission of a request refused on cost. */
  @Test
  void linkedRequestsShowTheLinkOnBothPages() {
    String first = log(Fixtures.unique("Charity Commission files"), "FOIA", "2023-11-01", Map.of());
    String second =
        log(Fixtures.unique("Charity Commission files, narrowed"), "FOIA", "2024-01-22", Map.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", version(second));
    body.put("otherReference", first);
    body.put("kind", "REFINED");
    body.put("note", "Narrowed after the s.12 refusal");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests/" + second + "/links")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("links.kind", contains("REFINED"))
        .body("links.otherReference", contains(first))
        .body("links.outgoing", contains(true));
    given()
        .get("/api/requests/" + first)
        .then()
        .body("links.otherReference", contains(second))
        .body("links.label", contains("Refined in request"))
        .body("links.outgoing", contains(false));
    // the same link again is refused
    body.put("version", version(second));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests/" + second + "/links")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("otherReference"));

    Document firstPage = Forms.open("/officer/requests/" + first).page();
    assertThat(firstPage.select("#related-requests").text())
        .contains("Refined in request " + second);
    assertThat(firstPage.select("#related-requests a").attr("href"))
        .isEqualTo("/officer/requests/" + second);

    // the page's form: an unknown reference is refused with the error summary
    Forms page = Forms.open("/officer/requests/" + second);
    Response refused =
        page.post()
            .formParam("version", page.version())
            .formParam("otherReference", "FOI-1999-99999")
            .formParam("linkKind", "REPEATED")
            .formParam("linkNote", "")
            .post("/officer/requests/" + second + "/links");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.asString()).select(".govuk-error-summary").text())
        .contains("No request has the reference FOI-1999-99999");
    Response repeated =
        page.post()
            .formParam("version", page.version())
            .formParam("otherReference", first)
            .formParam("linkKind", "REPEATED")
            .formParam("linkNote", "")
            .post("/officer/requests/" + second + "/links");
    assertThat(repeated.statusCode()).isEqualTo(303);
    Forms two = Forms.open("/officer/requests/" + second);
    assertThat(two.page().select("#related-requests li")).hasSize(2);

    // a link recorded by mistake is removed from either page, or through the API
    String form =
        two.page().select("#related-requests li[data-link-kind=REPEATED] form").attr("action");
    Response removed = two.post().formParam("version", two.version()).post(form);
    assertThat(removed.statusCode()).isEqualTo(303);
    int linkId = given().get("/api/requests/" + first).then().extract().path("links[0].id");
    given()
        .queryParam("version", version(first))
        .delete("/api/requests/" + first + "/links/" + linkId)
        .then()
        .statusCode(200)
        .body("links", empty())
        .body(
            "timeline.summary",
            hasItem(
                "Link to "
                    + second
                    + " removed ("
                    + "Refined request (after advice under FOIA s.16))"));
    given().get("/api/requests/" + second).then().body("links", empty());
    given()
        .queryParam("version", version(first))
        .delete("/api/requests/" + first + "/links/" + linkId)
        .then()
        .statusCode(400);
  }

  /** Example 06: asked under FOIA on 7 April 2025, logged under the EIR on 8 April, due 8 May. */
  @Test
  void aChangeOfRegimeIsAClockEventAndTheRegimeShownFollowsIt() {
    String ref = log(Fixtures.unique("Carriageway repairs"), "FOIA", "2025-04-07", Map.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "REGIME_CHANGED");
    body.put("date", "2025-04-08");
    body.put("version", version(ref));
    body.put("regime", "EIR");
    body.put("reason", "Information on the environment: logged under the EIR");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("regime", equalTo("EIR"))
        .body("clock.due", equalTo("Thursday 8 May 2025"))
        .body("clockEvents.kind", contains("REGIME_CHANGED"))
        .body("clockEvents.regimeFrom", contains("FOIA"))
        .body("clockEvents.regimeTo", contains("EIR"))
        .body(
            "clockEvents.reason", contains("Information on the environment: logged under the EIR"));
    // to the regime it already has: refused, with the field named
    body.put("version", version(ref));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("regime"));

    Forms page = Forms.open("/officer/requests/" + ref);
    assertThat(page.page().select(".govuk-summary-list").first().text())
        .contains("Regime Environmental Information Regulations 2004");
    assertThat(page.page().select("#clock-notes").text()).contains("re-runs under the new regime");
    // the EIR's extension is offered now, FOIA's is not
    assertThat(page.page().select("#action-complex-voluminous-extension")).hasSize(1);
    assertThat(page.page().select("#action-public-interest-extension")).isEmpty();
    // back to FOIA through the page, without a reason: refused
    Response refused =
        page.post()
            .formParam("version", page.version())
            .formParam("date-day", "9")
            .formParam("date-month", "4")
            .formParam("date-year", "2025")
            .formParam("regime", "FOIA")
            .formParam("reason", "")
            .post("/officer/requests/" + ref + "/events/regime-changed");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document again = Jsoup.parse(refused.asString());
    assertThat(again.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#regime-changed-reason");
    Response back =
        page.post()
            .formParam("version", page.version())
            .formParam("date-day", "9")
            .formParam("date-month", "4")
            .formParam("date-year", "2025")
            .formParam("regime", "FOIA")
            .formParam("reason", "Not environmental after all")
            .post("/officer/requests/" + ref + "/events/regime-changed");
    assertThat(back.statusCode()).isEqualTo(303);
    given()
        .get("/api/requests/" + ref)
        .then()
        .body("regime", equalTo("FOIA"))
        .body("clockEvents.regimeTo", contains("EIR", "FOIA"));
  }

  /** A cost assessment that aggregates requests (Fees Regulations reg 5) links them too. */
  @Test
  void anAggregationInACostAssessmentShowsAsALinkOnBothRequests() {
    String first = log(Fixtures.unique("Drupal CMS costs"), "FOIA", "2024-04-11", Map.of());
    String second = log(Fixtures.unique("Drupal CMS suppliers"), "FOIA", "2024-04-15", Map.of());
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("questions", List.of(1));
    cost.put(
        "lines",
        List.of(
            Map.of("activity", "LOCATING", "basis", "2,000 records x 2 minutes", "minutes", 4000)));
    cost.put(
        "related",
        List.of(
            Map.of(
                "reference",
                first,
                "sameRequesterOrInConcert",
                true,
                "sameOrSimilarInformation",
                true)));
    given()
        .contentType(ContentType.JSON)
        .body(cost)
        .put("/api/responses/" + second + "/cost-assessment")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    given()
        .get("/api/requests/" + first)
        .then()
        .body("links.kind", contains("AGGREGATED"))
        .body("links.otherReference", contains(second));
    given()
        .get("/api/requests/" + second)
        .then()
        .body("links.kind", contains("AGGREGATED"))
        .body("links.otherReference", contains(first));
  }
}
