package uk.foitracker.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.publication.Publishing;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;

/**
 * A requester checks their own request's status, anonymously, by page and API. Requests are logged
 * through the officer's service exactly as the officer workspace logs them. The limiter allows 3
 * wrong tries in tests ({@code %test.foi.status.max-failures}) and is cleared before each test.
 */
@QuarkusTest
class StatusCheckTest {
  private static final AtomicInteger N = new AtomicInteger();
  private static final String NAME = "Ottoline Statusrequester";
  private static final String CONTACT = "ottoline.statusrequester@example.org";
  private static final String QUESTION = "How many zorbleworth permits were issued in 2022?";
  private static final String MISSING = "FOI-1999-99999";
  private static final String CSRF = "csrf-token";

  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Sending sending;
  @Inject Publishing publishing;
  @Inject FailedAttempts attempts;
  @Inject Clock clock;

  @BeforeEach
  void forgetWrongTries() {
    attempts.clear();
  }

  // --- the page ---------------------------------------------------------------------------------

  @Test
  void pageShowsStateDueDateAndWorkingButNoPersonalData() {
    Logged logged = log(LocalDate.of(2023, 4, 28));
    StatusForm form = StatusForm.open();
    Response r = form.post("  " + logged.reference().toLowerCase() + " ", logged.accessCode());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    String html = r.asString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#state").text()).isEqualTo("We are working on your request");
    String figures = page.select("#status-figures").text();
    assertThat(figures)
        .contains(logged.reference())
        .contains("Received Friday 28 April 2023")
        .contains("Response due Wednesday 31 May 2023");
    assertThat(page.select("#overdue").text()).contains("late by");
    String working = page.select("#clock-working").text();
    assertThat(working)
        .contains("Tuesday 2 May 2023 Day 1")
        .contains("Monday 8 May 2023 Skipped:")
        .contains("Wednesday 31 May 2023 Day 20");
    assertThat(page.select("#clock-working th[scope=col]")).hasSize(2);
    assertThat(html)
        .doesNotContain(NAME)
        .doesNotContain("Statusrequester")
        .doesNotContain(CONTACT)
        .doesNotContain("olive")
        .doesNotContain(QUESTION)
        .doesNotContain(logged.accessCode());
    assertThat(page.select("#published")).isEmpty();
  }

  @Test
  void formHasLabelsHintsAndCsrfTokenAndTheHeaderLinksToIt() {
    Document page = StatusForm.open().page();
    assertThat(page.select("label[for=reference]").text()).isEqualTo("Reference");
    assertThat(page.select("label[for=accessCode]").text()).isEqualTo("Access code");
    assertThat(page.select("#reference-hint").text()).contains("FOI-2026-00042");
    assertThat(page.select("form[method=post][action=/status] input[name=" + CSRF + "]").val())
        .isNotBlank();
    assertThat(page.select(".govuk-service-navigation a[href=/status]").text())
        .isEqualTo("Check a request's status");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() {
    Logged logged = log(LocalDate.now(clock).minusDays(2));
    int status =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("reference", logged.reference())
            .formParam("accessCode", logged.accessCode())
            .post("/status")
            .statusCode();
    assertThat(status).isBetween(400, 403);
  }

  @Test
  void wrongCodeAndWrongReferenceGiveTheSamePage() {
    Logged logged = log(LocalDate.now(clock).minusDays(2));
    StatusForm form = StatusForm.open();
    Response wrongCode = form.post(logged.reference(), "AAAAA-AAAAA");
    Response wrongReference = form.post(MISSING, logged.accessCode());

    assertThat(wrongCode.statusCode()).isEqualTo(404);
    assertThat(wrongReference.statusCode()).isEqualTo(404);
    assertThat(wrongCode.asString()).isEqualTo(wrongReference.asString());
    Document page = Jsoup.parse(wrongCode.asString());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("We could not find a request with that reference and access code");
    assertThat(page.select("#reference").val()).isEmpty();
    assertThat(page.select("#accessCode").val()).isEmpty();
    assertThat(wrongCode.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void malformedInputOnThePageKeepsTheReferenceAndSaysWhat() {
    Response r = StatusForm.open().post("FOI-26-1", "");
    assertThat(r.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(r.asString());
    assertThat(page.title()).startsWith("Error:");
    assertThat(page.select(".govuk-error-summary a[href=#reference]").text())
        .contains("format FOI-2026-00042");
    assertThat(page.select(".govuk-error-summary a[href=#accessCode]").text())
        .contains("Enter the access code");
    assertThat(page.select("#reference").val()).isEqualTo("FOI-26-1");
  }

  @Test
  void clarificationShowsTheDateTheCouncilAsked() {
    LocalDate asked = LocalDate.now(clock).minusDays(1);
    Logged logged = log(LocalDate.now(clock).minusDays(4));
    officer.recordClockEvent(
        logged.reference(),
        version(logged.reference()),
        ClockEventKind.CLARIFICATION_REQUESTED,
        DateField.of(asked),
        DateField.empty(),
        "olive");

    Document page =
        Jsoup.parse(StatusForm.open().post(logged.reference(), logged.accessCode()).asString());
    assertThat(page.select("#state").text()).isEqualTo("We are waiting for your clarification");
    assertThat(page.select("#clarification").text())
        .contains("waiting for your clarification since " + Dates.withDay(asked));
    assertThat(page.select("#status-figures").text())
        .contains("Not set while we wait for your clarification");

    api(logged.reference(), logged.accessCode())
        .then()
        .statusCode(200)
        .body("state", equalTo("AWAITING_CLARIFICATION"))
        .body("waitingForClarificationSince", equalTo(asked.toString()))
        .body("due", nullValue())
        .body("daysLeft", nullValue());
  }

  @Test
  void aPublishedRequestLinksToItsCase() {
    Logged logged = log(LocalDate.now(clock).minusDays(3));
    String ref = logged.reference();
    String slug = "status-check-" + ref.toLowerCase();
    answers.saveAnswer(
        ref, null, new AnswerInput(List.of(1), List.of("We issued 7 permits.")), "olive");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
    sending.send(ref, LocalDate.now(clock), false, "olive");
    publishing.publish(ref, slug, "olive");

    Document page = Jsoup.parse(StatusForm.open().post(ref, logged.accessCode()).asString());
    assertThat(page.select("#state").text())
        .isEqualTo("We have sent you our response and published it");
    assertThat(page.select("#published a").attr("href")).isEqualTo("/cases/" + slug);
    given().get("/cases/" + slug).then().statusCode(200);
    api(ref, logged.accessCode())
        .then()
        .statusCode(200)
        .body("state", equalTo("PUBLISHED"))
        .body("publishedSlug", equalTo(slug))
        .body("daysLeft", nullValue());
  }

  // --- the API ---------------------------------------------------------------------------------

  @Test
  void apiGivesTheStatusToAnAnonymousCaller() {
    Logged logged = log(LocalDate.of(2023, 4, 28));
    Response r = api(" " + logged.reference().toLowerCase(), logged.accessCode().toLowerCase());
    r.then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("Cache-Control", "no-store")
        .body("reference", equalTo(logged.reference()))
        .body("state", equalTo("OPEN"))
        .body("stateLabel", equalTo("We are working on your request"))
        .body("receivedOn", equalTo("2023-04-28"))
        .body("due", equalTo("2023-05-31"))
        .body("overdue", equalTo(true))
        .body("skipped.date", hasItem("2023-05-08"))
        .body("skipped.date", hasItem("2023-05-29"))
        .body("waitingForClarificationSince", nullValue())
        .body("publishedSlug", nullValue());
    assertThat(r.jsonPath().getInt("daysLeft")).isNegative();
    assertThat(r.asString())
        .doesNotContain(NAME)
        .doesNotContain(CONTACT)
        .doesNotContain("olive")
        .doesNotContain(QUESTION)
        .doesNotContain("clock");
  }

  @Test
  void apiShowsDaysLeftWhileTheClockRuns() {
    Logged logged = log(LocalDate.now(clock).minusDays(1));
    Response r = api(logged.reference(), logged.accessCode());
    r.then().statusCode(200).body("overdue", equalTo(false));
    assertThat(r.jsonPath().getInt("daysLeft")).isBetween(15, 20);
  }

  @Test
  void apiAnswersWrongCodeAndWrongReferenceByteForByteAlike() {
    Logged logged = log(LocalDate.now(clock).minusDays(2));
    Response wrongCode = api(logged.reference(), "AAAAA-AAAAA");
    Response wrongReference = api(MISSING, logged.accessCode());
    wrongCode.then().statusCode(404).contentType("application/problem+json");
    wrongReference.then().statusCode(404);
    assertThat(wrongCode.asByteArray()).isEqualTo(wrongReference.asByteArray());
    assertThat(wrongCode.asString())
        .contains("We could not find a request with that reference and access code");
  }

  @Test
  void apiRefusesMalformedBodiesAndReferences() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"reference\": ")
        .post("/api/status")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body("[1, 2]")
        .post("/api/status")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    api("FOI-2026-42", "K7QPM-3XWRT")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("reference"));
    api(null, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reference"))
        .body("errors.field", hasItem("accessCode"));
  }

  // --- slowing down -----------------------------------------------------------------------------

  @Test
  void repeatedWrongTriesAreSlowedDownAndForwardedForIsNotTrusted() {
    Logged logged = log(LocalDate.now(clock).minusDays(2));
    for (int i = 0; i < 3; i++) {
      // a new X-Forwarded-For each time: not trusted without proxy-address-forwarding
      given()
          .header("X-Forwarded-For", "203.0.113." + (i + 1))
          .contentType(ContentType.JSON)
          .body(Map.of("reference", "FOI-2031-0000" + (i + 1), "accessCode", "WRONG-CODE" + i))
          .post("/api/status")
          .then()
          .statusCode(404);
    }
    Response slowed = api(logged.reference(), logged.accessCode());
    slowed.then().statusCode(429).contentType("application/problem+json");
    assertThat(Long.parseLong(slowed.header("Retry-After"))).isBetween(1L, 15L * 60);

    Response page = StatusForm.open().post(logged.reference(), logged.accessCode());
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.header("Retry-After")).isNotBlank();
    Document doc = Jsoup.parse(page.asString());
    assertThat(doc.select("h1").text()).isEqualTo("Too many attempts");
    assertThat(doc.select("main").text()).contains("Wait").contains("try again");

    attempts.clear();
    api(logged.reference(), logged.accessCode()).then().statusCode(200);
  }

  @Test
  void malformedInputDoesNotCountAsAWrongTry() {
    Logged logged = log(LocalDate.now(clock).minusDays(2));
    for (int i = 0; i < 5; i++) {
      api("not a reference", "x").then().statusCode(400);
    }
    api(logged.reference(), logged.accessCode()).then().statusCode(200);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Logged log(LocalDate received) {
    String summary = "Status check " + System.nanoTime() % 1_000_000 + "-" + N.incrementAndGet();
    return officer.log(
        new NewRequest(
            "FOIA",
            DateField.of(received),
            "EMAIL",
            summary,
            NAME,
            CONTACT,
            QUESTION,
            "",
            List.of(new NewRequest.QuestionDraft("1", QUESTION)),
            ""),
        "olive",
        false);
  }

  private static long version(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().version);
  }

  private static Response api(String reference, String accessCode) {
    Map<String, String> body = new HashMap<>();
    body.put("reference", reference);
    body.put("accessCode", accessCode);
    return given().contentType(ContentType.JSON).body(body).post("/api/status");
  }

  /** The status form's CSRF cookie and token, and posts that carry them. */
  private record StatusForm(String cookie, String token, Document page) {
    static StatusForm open() {
      Response r = given().get("/status");
      assertThat(r.statusCode()).isEqualTo(200);
      Document page = Jsoup.parse(r.asString());
      String token = page.select("input[name=" + CSRF + "]").val();
      return new StatusForm(r.getCookie(CSRF), token, page);
    }

    Response post(String reference, String accessCode) {
      return given()
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded")
          .cookie(CSRF, cookie)
          .formParam(CSRF, token)
          .formParam("reference", reference)
          .formParam("accessCode", accessCode)
          .post("/status");
    }
  }
}
