package uk.foitracker.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * The requester's status page shows where the request has been as a list of steps with dates
 * (received, clarification asked and received, extended, answered, published), then what comes next
 * with its due date; never an officer's reason or anyone's name.
 */
@QuarkusTest
class StatusStepsTest {
  private static final String QUESTION = "How many quibblethorn licences were issued in 2022?";

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

  private Logged log(LocalDate received) {
    return officer.log(
        new NewRequest(
            "FOIA",
            DateField.of(received),
            "EMAIL",
            "Steps " + System.nanoTime() % 1_000_000,
            "Wilhelmina Stepsrequester",
            "wilhelmina@example.org",
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

  private void event(String ref, ClockEventKind kind, LocalDate on) {
    officer.recordClockEvent(
        ref, version(ref), kind, DateField.of(on), DateField.empty(), null, null, "olive");
  }

  private static JsonPath api(Logged logged) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("reference", logged.reference(), "accessCode", logged.accessCode()))
        .post("/api/status")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void receivedClarifiedThenDue() {
    Logged logged = log(LocalDate.of(2023, 4, 28));
    event(logged.reference(), ClockEventKind.CLARIFICATION_REQUESTED, LocalDate.of(2023, 5, 2));
    event(logged.reference(), ClockEventKind.CLARIFICATION_RECEIVED, LocalDate.of(2023, 5, 5));
    JsonPath status = api(logged);
    assertThat(status.getList("steps.kind"))
        .containsExactly(
            "RECEIVED", "CLARIFICATION_REQUESTED", "CLARIFICATION_RECEIVED", "RESPONSE_DUE");
    assertThat(status.getList("steps.date"))
        .containsExactly("2023-04-28", "2023-05-02", "2023-05-05", status.getString("due"));
    assertThat(status.getList("steps.done")).containsExactly(true, true, true, false);

    Document page =
        Jsoup.parse(StatusForm.open().post(logged.reference(), logged.accessCode()).asString());
    assertThat(page.select("#progress li").eachText())
        .containsExactly(
            "We received your request Friday 28 April 2023",
            "We asked you to clarify your request Tuesday 2 May 2023",
            "We received your clarification Friday 5 May 2023",
            "Next Our response is due " + page.select("#progress li time").last().text());
    assertThat(page.select("#progress time").first().attr("datetime")).isEqualTo("2023-04-28");
    assertThat(page.text()).doesNotContain("Stepsrequester", "wilhelmina@");
  }

  @Test
  void answeredAndPublishedLinksTheCase() {
    LocalDate received = LocalDate.now(clock).minusDays(5);
    Logged logged = log(received);
    String ref = logged.reference();
    answers.saveAnswer(
        ref, null, new AnswerInput(List.of(1), List.of("We issued 9 licences.")), "olive");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
    sending.send(ref, LocalDate.now(clock), false, "olive");
    String slug = "steps-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    publishing.publish(ref, slug, "olive");

    JsonPath status = api(logged);
    assertThat(status.getList("steps.kind")).containsExactly("RECEIVED", "ANSWERED", "PUBLISHED");
    assertThat(status.getList("steps.done")).containsOnly(true);
    Document page = Jsoup.parse(StatusForm.open().post(ref, logged.accessCode()).asString());
    assertThat(page.select("#progress li[data-step=ANSWERED]").text())
        .startsWith("We sent you our response");
    assertThat(page.select("#published a").attr("href")).isEqualTo("/cases/" + slug);
  }

  /** The status form's CSRF cookie and token, and posts that carry them. */
  private record StatusForm(String cookie, String token) {
    private static final String CSRF = "csrf-token";

    static StatusForm open() {
      Response r = given().get("/status");
      assertThat(r.statusCode()).isEqualTo(200);
      Document page = Jsoup.parse(r.asString());
      return new StatusForm(r.getCookie(CSRF), page.select("input[name=" + CSRF + "]").val());
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
