package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.foitracker.rules.Regime;

/** Who may do what: anonymous, officer, auditor; pages, forms and the API. */
@QuarkusTest
class AccessRulesTest {
  @Inject OfficerRequests officer;
  @Inject Clock clock;

  private static String ref;

  @BeforeEach
  void logOne() {
    if (ref == null) {
      ref =
          officer
              .log(
                  Fixtures.draft(
                      Regime.FOIA,
                      LocalDate.now(clock).minusDays(3),
                      Fixtures.unique("Access rules"),
                      "How many parking fines in 2025?"),
                  "olive",
                  false)
              .reference();
    }
  }

  // --- anonymous ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {"/officer/requests", "/officer/requests/new", "/audit/requests", "/sign-in"})
  void anonymousVisitorsAreSentToTheSignInPage(String path) {
    String location =
        given()
            .redirects()
            .follow(false)
            .get(path)
            .then()
            .statusCode(302)
            .extract()
            .header("Location");
    assertThat(location)
        .startsWith("http://localhost:")
        .contains("/authorize")
        .contains("client_id=");
  }

  @Test
  void anonymousRequestPagesToo() {
    given().redirects().follow(false).get("/officer/requests/" + ref).then().statusCode(302);
    given().redirects().follow(false).get("/audit/requests/" + ref).then().statusCode(302);
  }

  @Test
  void anonymousPostChangesNothing() {
    long before = StoredRequest.clockEvents(ref);
    int status =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("version", 0)
            .formParam("date-day", "1")
            .formParam("date-month", "1")
            .formParam("date-year", "2026")
            .post("/officer/requests/" + ref + "/events/clarification-requested")
            .statusCode();
    assertThat(status).isIn(302, 401, 403);
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(before);
  }

  @Test
  void anonymousApiCallsGet401ProblemsNotRedirects() {
    given()
        .redirects()
        .follow(false)
        .get("/api/requests")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
    given().redirects().follow(false).get("/api/requests/" + ref).then().statusCode(401);
    given()
        .redirects()
        .follow(false)
        .contentType("application/json")
        .body("{}")
        .post("/api/requests")
        .then()
        .statusCode(401);
  }

  @Test
  void anInvalidTokenGets401() {
    given()
        .redirects()
        .follow(false)
        .auth()
        .oauth2("not-a-token")
        .get("/api/requests")
        .then()
        .statusCode(401);
  }

  /**
   * An expired or forged token on an officer page is refused with the error page, not a 500: that
   * page is drawn on the I/O thread after sign-in failed, where the header's "who is signed in"
   * cannot be asked (sqlmap's long runs outlived their tokens and found 1,266 such 500s).
   */
  @Test
  void anInvalidTokenOnAnOfficerPageGets401NotAnError() {
    for (String method : List.of("GET", "POST")) {
      var r =
          given()
              .redirects()
              .follow(false)
              .auth()
              .oauth2("not-a-token")
              .contentType("application/x-www-form-urlencoded")
              .formParam("statement", "x")
              .request(method, "/officer/requests/" + ref + "/response/cost");
      assertThat(r.statusCode()).as(method + " " + r.asString()).isEqualTo(401);
      assertThat(r.asString()).doesNotContain("Exception");
    }
  }

  @Test
  void publicPagesStayPublicAndOfferSignIn() {
    Document home = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
    assertThat(home.select("#sign-in").attr("href")).isEqualTo("/sign-in");
    assertThat(home.select("#sign-out")).isEmpty();
    given().get("/api/cases").then().statusCode(200);
  }

  // --- officer -----------------------------------------------------------------------------

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officerSeesTheWorkspaceNotTheAuditArea() {
    Document home = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
    assertThat(home.select("#sign-out").text()).contains("Sign out");
    assertThat(home.select("a[href=/officer/requests]")).isNotEmpty();
    assertThat(home.select("a[href=/audit/requests]")).isEmpty();
    given().get("/officer/requests").then().statusCode(200);
    given().redirects().follow(false).get("/audit/requests").then().statusCode(403);
    given()
        .redirects()
        .follow(false)
        .get("/sign-in")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("/officer/requests"));
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void aFormPostWithoutItsCsrfTokenIsRefused() {
    Forms page = Forms.open("/officer/requests/" + ref);
    long before = StoredRequest.clockEvents(ref);
    LocalDate today = LocalDate.now(clock);
    int status =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("version", page.version())
            .formParam("date-day", today.getDayOfMonth())
            .formParam("date-month", today.getMonthValue())
            .formParam("date-year", today.getYear())
            .post("/officer/requests/" + ref + "/events/clarification-requested")
            .statusCode();
    assertThat(status).isEqualTo(400);
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(before);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void pageActionsTakeFormsOnlySoAPlainTextCrossSitePostIsRefused() {
    long before = StoredRequest.clockEvents(ref);
    given()
        .redirects()
        .follow(false)
        .contentType("text/plain")
        .body("version=0&date-day=1&date-month=1&date-year=2026")
        .post("/officer/requests/" + ref + "/events/clarification-requested")
        .then()
        .statusCode(415);
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(before);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officerPagesShowTheRequesterButTheApiNever() {
    Document page = Forms.open("/officer/requests/" + ref).page();
    assertThat(page.text()).contains(Fixtures.NAME).contains(Fixtures.CONTACT);
    assertThat(page.select("form[action*=/events/]")).isNotEmpty();
    String json = given().get("/api/requests/" + ref).then().statusCode(200).extract().asString();
    assertThat(json).contains(ref).doesNotContain(Fixtures.NAME).doesNotContain(Fixtures.CONTACT);
    String list = given().get("/api/requests").then().statusCode(200).extract().asString();
    assertThat(list).doesNotContain(Fixtures.NAME).doesNotContain(Fixtures.CONTACT);
  }

  // --- auditor -----------------------------------------------------------------------------

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void auditorReadsWithoutActionsOrPersonalData() {
    Document page =
        Jsoup.parse(
            given().get("/audit/requests/" + ref).then().statusCode(200).extract().asString());
    assertThat(page.select("h1").text()).isNotEmpty();
    assertThat(page.select("#clock-figures").text()).contains("Due");
    assertThat(page.select(".app-timeline__event").text()).contains("Logged " + ref);
    // no action but signing out (the header's form)
    assertThat(page.select("form[method=post]:not([action=/sign-out])")).isEmpty();
    assertThat(page.text()).doesNotContain(Fixtures.NAME).doesNotContain(Fixtures.CONTACT);
    Document queue =
        Jsoup.parse(
            given()
                .get("/audit/requests?sort=reference&order=desc")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(queue.select("tr[data-reference=" + ref + "] a").attr("href"))
        .isEqualTo("/audit/requests/" + ref);
    assertThat(queue.select("a[href=/officer/requests/new]")).isEmpty();
    given().get("/api/requests/" + ref).then().statusCode(200).body("reference", equalTo(ref));
    given()
        .redirects()
        .follow(false)
        .get("/sign-in")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("/audit/requests"));
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void auditorCannotChangeARequest() {
    long before = StoredRequest.clockEvents(ref);
    given().redirects().follow(false).get("/officer/requests/" + ref).then().statusCode(403);
    given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("version", 0)
        .formParam("date-day", "1")
        .formParam("date-month", "1")
        .formParam("date-year", "2026")
        .post("/officer/requests/" + ref + "/events/clarification-requested")
        .then()
        .statusCode(403);
    given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("version", 0)
        .formParam("assignee", "adam")
        .post("/officer/requests/" + ref + "/assign")
        .then()
        .statusCode(403);
    given()
        .contentType("application/json")
        .body("{\"kind\":\"CLARIFICATION_REQUESTED\",\"date\":\"2026-01-01\",\"version\":0}")
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body("{\"regime\":\"FOIA\"}")
        .post("/api/requests")
        .then()
        .statusCode(403);
    given()
        .redirects()
        .follow(false)
        .post("/audit/requests/" + ref)
        .then()
        .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(before);
  }

  @Test
  @TestSecurity(user = "somebody", roles = "requester")
  void aSignedInPersonWithoutARoleGetsNothing() {
    given().redirects().follow(false).get("/officer/requests").then().statusCode(403);
    given().redirects().follow(false).get("/audit/requests").then().statusCode(403);
    given().get("/api/requests").then().statusCode(403).contentType("application/problem+json");
  }
}
