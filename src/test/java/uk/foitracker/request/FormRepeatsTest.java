package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Post, redirect, get on the officer's forms: refreshing "Request logged" never logs the request
 * again, a double click logs it once, and a clock event posted twice is recorded once.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class FormRepeatsTest {
  private static final LocalDate RECEIVED = LocalDate.now().minusDays(2);

  private static RequestSpecification saveForm(Forms form, String token, String summary) {
    return form.post()
        .formParam("action", "save")
        .formParam("formToken", token)
        .formParam("regime", "FOIA")
        .formParam("receivedOn-day", RECEIVED.getDayOfMonth())
        .formParam("receivedOn-month", RECEIVED.getMonthValue())
        .formParam("receivedOn-year", RECEIVED.getYear())
        .formParam("channel", "EMAIL")
        .formParam("summary", summary)
        .formParam("requesterName", Fixtures.NAME)
        .formParam("requesterContact", Fixtures.CONTACT)
        .formParam("requestText", "1. How many bins were emptied?")
        .formParam("questionNumber", "1")
        .formParam("questionText", "How many bins were emptied?");
  }

  private static long logged(String summary) {
    String body =
        given().queryParam("state", "ALL").queryParam("q", summary).get("/api/requests").asString();
    return JsonPath.from(body).getLong("total");
  }

  @Test
  void refreshingRequestLoggedNeverLogsItAgain() {
    Forms form = Forms.open("/officer/requests/new");
    String token = form.page().select("input[name=formToken]").val();
    assertThat(token).hasSize(22);
    String summary = Fixtures.unique("Refresh once");

    Response saved = saveForm(form, token, summary).post("/officer/requests/new");
    assertThat(saved.statusCode()).isEqualTo(303);
    String location = saved.header("Location");
    assertThat(location).matches(".*/officer/requests/FOI-\\d{4}-\\d{5}/logged");
    String cookie = saved.getCookie(OfficerRequestsPage.LOGGED_COOKIE);
    assertThat(cookie).isEqualTo(token);
    String ref = location.replaceAll(".*/requests/([^/]+)/logged", "$1");

    // the confirmation, and a refresh of it, show the same reference and access code
    Document page =
        Jsoup.parse(
            given()
                .cookie(OfficerRequestsPage.LOGGED_COOKIE, cookie)
                .get("/officer/requests/" + ref + "/logged")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString());
    String code = page.select("#access-code").text();
    assertThat(page.select("#reference").text()).isEqualTo(ref);
    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    assertThat(AccessCodes.matches(code, StoredRequest.accessCodeHash(ref))).isTrue();
    Document again =
        Jsoup.parse(
            given()
                .cookie(OfficerRequestsPage.LOGGED_COOKIE, cookie)
                .get("/officer/requests/" + ref + "/logged")
                .asString());
    assertThat(again.select("#access-code").text()).isEqualTo(code);

    // the browser posts the form again (refresh of the POST, back button): same request, no new one
    Response repeated = saveForm(form, token, summary).post("/officer/requests/new");
    assertThat(repeated.statusCode()).isEqualTo(303);
    assertThat(repeated.header("Location")).isEqualTo(location);
    assertThat(logged(summary)).isEqualTo(1);

    // without the cookie (another browser, later), the page says the code was shown once
    Document elsewhere =
        Jsoup.parse(given().get("/officer/requests/" + ref + "/logged").asString());
    assertThat(elsewhere.select("#access-code")).isEmpty();
    assertThat(elsewhere.select("#access-code-shown").text()).contains("shown once");
    assertThat(elsewhere.select("#reference").text()).isEqualTo(ref);
    // another request's confirmation never shows this code
    given().get("/officer/requests/FOI-1999-99999/logged").then().statusCode(404);
  }

  @Test
  void aDoubleClickLogsOneRequest() throws Exception {
    Forms form = Forms.open("/officer/requests/new");
    String token = form.page().select("input[name=formToken]").val();
    String summary = Fixtures.unique("Double click");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Response>> clicks = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        clicks.add(() -> saveForm(form, token, summary).post("/officer/requests/new"));
      }
      List<String> locations = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(clicks)) {
        Response r = f.get();
        assertThat(r.statusCode()).isEqualTo(303);
        locations.add(r.header("Location"));
      }
      assertThat(locations).containsOnly(locations.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(logged(summary)).isEqualTo(1);
  }

  @Test
  void aRefusedSaveKeepsItsTokenAndTheNextSaveLogsOnce() {
    Forms form = Forms.open("/officer/requests/new");
    String token = form.page().select("input[name=formToken]").val();
    String summary = Fixtures.unique("Fix then save");
    Response bad =
        form.post()
            .formParam("action", "save")
            .formParam("formToken", token)
            .formParam("summary", summary)
            .post("/officer/requests/new");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.asString()).select("input[name=formToken]").val()).isEqualTo(token);
    assertThat(logged(summary)).isZero();
    Response saved = saveForm(form, token, summary).post("/officer/requests/new");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(logged(summary)).isEqualTo(1);
  }

  @Test
  void aClockEventPostedTwiceIsRecordedOnce() throws Exception {
    Forms form = Forms.open("/officer/requests/new");
    String token = form.page().select("input[name=formToken]").val();
    String summary = Fixtures.unique("Clock twice");
    String location =
        saveForm(form, token, summary).post("/officer/requests/new").header("Location");
    String ref = location.replaceAll(".*/requests/([^/]+)/logged", "$1");
    Forms request = Forms.open("/officer/requests/" + ref);
    LocalDate today = LocalDate.now();
    Callable<Response> click =
        () ->
            request
                .post()
                .formParam("version", request.version())
                .formParam("date-day", today.getDayOfMonth())
                .formParam("date-month", today.getMonthValue())
                .formParam("date-year", today.getYear())
                .post("/officer/requests/" + ref + "/events/clarification-requested");
    Response first = click.call();
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(first.header("Location")).endsWith("/officer/requests/" + ref);
    // a refresh posts the same version again: refused as out of date, nothing recorded twice
    Response refresh = click.call();
    assertThat(refresh.statusCode()).isEqualTo(409);
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(1);

    // a double click on the next form: one of the two is recorded
    Forms next = Forms.open("/officer/requests/" + ref);
    Callable<Response> received =
        () ->
            next.post()
                .formParam("version", next.version())
                .formParam("date-day", today.getDayOfMonth())
                .formParam("date-month", today.getMonthValue())
                .formParam("date-year", today.getYear())
                .post("/officer/requests/" + ref + "/events/clarification-received");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(List.of(received, received))) {
        statuses.add(f.get().statusCode());
      }
      assertThat(statuses).contains(303).doesNotContain(500);
    } finally {
      pool.shutdownNow();
    }
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(2);
  }
}
