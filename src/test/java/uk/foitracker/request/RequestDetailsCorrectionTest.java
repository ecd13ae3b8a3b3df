package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.Dates;

/**
 * Issue 20 item 2: the date received, the summary and the request text can be corrected after
 * logging, on the page and through the API, with a reason; the due date follows the new date and
 * the audit trail keeps the details before and after.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class RequestDetailsCorrectionTest {
  @Inject OfficerRequests officer;
  @Inject Clock clock;
  @Inject Answers answers;
  @Inject Sending sending;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String newRequest(String summary) {
    return officer
        .log(
            Fixtures.draft(Regime.FOIA, today().minusDays(3), summary, "How many potholes?"),
            "olive",
            false)
        .reference();
  }

  private record Stored(LocalDate received, LocalDate due, String title, String text) {}

  private static Stored stored(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              FoiRequest r = FoiRequest.findByReference(ref).orElseThrow();
              return new Stored(r.receivedOn, r.dueOn, r.title, r.requestText);
            });
  }

  private static List<AuditEvent> corrections(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              FoiRequest r = FoiRequest.findByReference(ref).orElseThrow();
              return AuditEvent.<AuditEvent>list(
                  "action = ?1 and subjectId = ?2 order by id", "request.corrected", r.id);
            });
  }

  private static LocalDate dueFor(LocalDate received) {
    return StatutoryClock.due(Regime.FOIA, received).due();
  }

  private Response postCorrection(
      Forms form, LocalDate received, String summary, String text, String reason) {
    return form.post()
        .formParam("version", form.version())
        .formParam("receivedOn-day", received == null ? "" : received.getDayOfMonth())
        .formParam("receivedOn-month", received == null ? "" : received.getMonthValue())
        .formParam("receivedOn-year", received == null ? "" : received.getYear())
        .formParam("summary", summary)
        .formParam("requestText", text)
        .formParam("reason", reason)
        .post(form.page().select("#correct-details-form").attr("action"));
  }

  @Test
  void theOfficerCorrectsTheDetailsOnThePageAndTheDueDateMoves() {
    String summary = Fixtures.unique("Potholes");
    String ref = newRequest(summary);
    LocalDate earlier = today().minusDays(20);
    assertThat(stored(ref).due()).isEqualTo(dueFor(today().minusDays(3)));

    Document request = Forms.open("/officer/requests/" + ref).page();
    assertThat(request.select("#correct-details").attr("href"))
        .isEqualTo("/officer/requests/" + ref + "/details/correct");

    Forms form = Forms.open("/officer/requests/" + ref + "/details/correct");
    assertThat(form.page().select("#receivedOn-year").val())
        .isEqualTo(String.valueOf(today().minusDays(3).getYear()));
    assertThat(form.page().select("#summary").val()).isEqualTo(summary);
    assertThat(form.page().select("#published-note")).isEmpty();

    Response done =
        postCorrection(
            form,
            earlier,
            summary + " (corrected)",
            "How many potholes were reported?",
            "The letter was date-stamped on arrival");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.getHeader("Location"))
        .endsWith("/officer/requests/" + ref + "?done=details-corrected");

    Document after =
        Jsoup.parse(given().get("/officer/requests/" + ref + "?done=details-corrected").asString());
    assertThat(after.select(".govuk-notification-banner").text())
        .contains("Request details corrected");
    assertThat(after.select("h1").text()).isEqualTo(summary + " (corrected)");

    Stored now = stored(ref);
    assertThat(now.received()).isEqualTo(earlier);
    assertThat(now.due()).isEqualTo(dueFor(earlier));
    assertThat(now.title()).isEqualTo(summary + " (corrected)");
    assertThat(now.text()).isEqualTo("How many potholes were reported?");

    List<AuditEvent> events = corrections(ref);
    assertThat(events).hasSize(1);
    AuditEvent e = events.get(0);
    assertThat(e.actor).isEqualTo("olive");
    assertThat(e.summary)
        .contains("date received, summary, request text")
        .contains("The letter was date-stamped on arrival");
    assertThat(e.beforeState)
        .contains("Received: " + Dates.withDay(today().minusDays(3)))
        .contains("Due: " + Dates.withDay(dueFor(today().minusDays(3))))
        .contains("Summary: " + summary + ".");
    assertThat(e.afterState)
        .contains("Received: " + Dates.withDay(earlier))
        .contains("Due: " + Dates.withDay(dueFor(earlier)))
        .contains("Request text: How many potholes were reported?")
        .doesNotContain(Fixtures.NAME)
        .doesNotContain(Fixtures.CONTACT);
  }

  @Test
  void badInputOnThePageShowsTheErrorSummaryAndSavesNothing() {
    String summary = Fixtures.unique("Bins");
    String ref = newRequest(summary);
    Stored before = stored(ref);
    Map<String, Object[]> cases =
        Map.of(
            "in the future",
            new Object[] {
              today().plusDays(2), summary, "Text", "Typo", "receivedOn", "today or in the past"
            },
            "before 2005",
            new Object[] {
              LocalDate.of(2004, 12, 31), summary, "Text", "Typo", "receivedOn", "1 January 2005"
            },
            "empty summary",
            new Object[] {
              today().minusDays(5), " ", "Text", "Typo", "summary", "Enter a short summary"
            },
            "empty text",
            new Object[] {
              today().minusDays(5), summary, "", "Typo", "requestText", "Enter the request text"
            },
            "no reason",
            new Object[] {today().minusDays(5), summary, "Text", " ", "reason", "Enter why"});
    for (Map.Entry<String, Object[]> c : cases.entrySet()) {
      Object[] v = c.getValue();
      Forms form = Forms.open("/officer/requests/" + ref + "/details/correct");
      Response refused =
          postCorrection(form, (LocalDate) v[0], (String) v[1], (String) v[2], (String) v[3]);
      assertThat(refused.statusCode()).as(c.getKey()).isEqualTo(400);
      Document page = Jsoup.parse(refused.asString());
      assertThat(page.select(".govuk-error-summary").text()).as(c.getKey()).contains((String) v[5]);
      assertThat(page.select(".govuk-error-summary a").attr("href"))
          .as(c.getKey())
          .isEqualTo("#" + v[4]);
      assertThat(page.select("#reason").text()).as(c.getKey()).isEqualTo(((String) v[3]).strip());
    }
    // not a date
    Forms form = Forms.open("/officer/requests/" + ref + "/details/correct");
    Response notADate =
        form.post()
            .formParam("version", form.version())
            .formParam("receivedOn-day", "31")
            .formParam("receivedOn-month", "2")
            .formParam("receivedOn-year", "2025")
            .formParam("summary", summary)
            .formParam("requestText", "Text")
            .formParam("reason", "Typo")
            .post("/officer/requests/" + ref + "/details/correction");
    assertThat(notADate.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(notADate.asString()).select(".govuk-error-summary").text())
        .contains("Date received");
    assertThat(stored(ref)).isEqualTo(before);
    assertThat(corrections(ref)).isEmpty();
  }

  @Test
  void aStaleFormIsRefusedWith409AndKeepsWhatWasTyped() {
    String summary = Fixtures.unique("Trees");
    String ref = newRequest(summary);
    Forms first = Forms.open("/officer/requests/" + ref + "/details/correct");
    Forms second = Forms.open("/officer/requests/" + ref + "/details/correct");
    assertThat(
            postCorrection(first, today().minusDays(4), summary, "Text one", "Typo").statusCode())
        .isEqualTo(303);
    Response stale = postCorrection(second, today().minusDays(6), summary, "Text two", "Typo");
    assertThat(stale.statusCode()).isEqualTo(409);
    Document page = Jsoup.parse(stale.asString());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this request since you opened it");
    assertThat(page.select("#requestText").text()).isEqualTo("Text two");
    assertThat(stored(ref).received()).isEqualTo(today().minusDays(4));
    assertThat(corrections(ref)).hasSize(1);
  }

  @Test
  void theApiCorrectsFieldsWithAReasonAndRefusesBadInputAsAProblem() {
    String summary = Fixtures.unique("Libraries");
    String ref = newRequest(summary);
    long version = StoredRequest.version(ref);
    LocalDate earlier = today().minusDays(15);

    // bad input: each a problem naming the field, nothing saved
    Map<String, Map<String, Object>> bad =
        Map.of(
            "receivedOn",
            Map.of("version", version, "receivedOn", today().plusDays(1).toString(), "reason", "x"),
            "summary",
            Map.of("version", version, "summary", "", "reason", "x"),
            "requestText",
            Map.of("version", version, "requestText", "  ", "reason", "x"),
            "reason",
            Map.of("version", version, "receivedOn", earlier.toString()));
    for (Map.Entry<String, Map<String, Object>> c : bad.entrySet()) {
      given()
          .contentType("application/json")
          .body(c.getValue())
          .patch("/api/requests/" + ref)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem(c.getKey()));
    }
    given()
        .contentType("application/json")
        .body(Map.of("version", version, "receivedOn", "2025-02-30", "reason", "x"))
        .patch("/api/requests/" + ref)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("receivedOn"));
    given()
        .contentType("application/json")
        .body(Map.of("version", version, "receivedOn", "2004-12-31", "reason", "x"))
        .patch("/api/requests/" + ref)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("receivedOn"));
    assertThat(corrections(ref)).isEmpty();

    // the date only: the summary and text are kept
    given()
        .contentType("application/json")
        .body(Map.of("version", version, "receivedOn", earlier.toString(), "reason", "Misfiled"))
        .patch("/api/requests/" + ref)
        .then()
        .statusCode(200)
        .body("receivedOn", equalTo(earlier.toString()))
        .body("summary", equalTo(summary));
    Stored now = stored(ref);
    assertThat(now.due()).isEqualTo(dueFor(earlier));
    assertThat(now.text()).isEqualTo("How many potholes?");
    AuditEvent e = corrections(ref).get(0);
    assertThat(e.summary).contains("(date received)").contains("Misfiled");
    assertThat(e.beforeState).contains("Received: " + Dates.withDay(today().minusDays(3)));
    assertThat(e.afterState).contains("Received: " + Dates.withDay(earlier));

    // the old version is stale now
    given()
        .contentType("application/json")
        .body(Map.of("version", version, "summary", "Another", "reason", "x"))
        .patch("/api/requests/" + ref)
        .then()
        .statusCode(409);
    assertThat(stored(ref).title()).isEqualTo(summary);
  }

  @Test
  void aSentRequestsDateIsStillCorrectedAndThePageSaysThePublishedCaseWaits() {
    String summary = Fixtures.unique("Parking");
    String ref = newRequest(summary);
    answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("The answer.")), "olive");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
    sending.send(ref, today().minusDays(1), true, "olive");

    Forms form = Forms.open("/officer/requests/" + ref + "/details/correct");
    assertThat(form.page().select("#published-note").text())
        .contains("a case published later shows the corrected details");

    // the response was sent yesterday: a date received after that does not fit the clock
    Response refused = postCorrection(form, today(), summary, "How many potholes?", "Typo");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.asString()).select(".govuk-error-summary").text())
        .contains("The events recorded do not fit the new date received");
    assertThat(stored(ref).received()).isEqualTo(today().minusDays(3));

    Forms again = Forms.open("/officer/requests/" + ref + "/details/correct");
    Response done =
        postCorrection(again, today().minusDays(8), summary, "How many potholes?", "Date stamp");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(stored(ref).received()).isEqualTo(today().minusDays(8));
    assertThat(corrections(ref)).hasSize(1);
  }

  @Test
  void aPublishedRequestsCorrectedTitleIsPublishedAtOnceAsANewVersion() {
    String summary = Fixtures.unique("Gritting");
    String ref = newRequest(summary);
    answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("The answer.")), "olive");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
    sending.send(ref, today().minusDays(1), true, "olive");
    String slug = "gritting-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    given()
        .contentType("application/json")
        .body(Map.of("slug", slug))
        .post("/api/responses/" + ref + "/publish")
        .then()
        .statusCode(200);

    Forms form = Forms.open("/officer/requests/" + ref + "/details/correct");
    assertThat(form.page().select("#published-note").text())
        .contains("published at once as a new version");
    Response done =
        postCorrection(
            form,
            today().minusDays(3),
            summary + " (corrected)",
            "How many potholes?",
            "The title named the wrong service");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.getHeader("Location")).endsWith("?done=details-corrected&published=2");
    assertThat(
            Jsoup.parse(given().get(done.getHeader("Location")).asString())
                .select(".govuk-notification-banner")
                .text())
        .contains("published as version 2");

    List<Map<String, Object>> versions =
        given().get("/api/cases/" + slug + "/versions").jsonPath().getList("$");
    assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2);
    assertThat(versions.get(1).get("reason")).isEqualTo("The title named the wrong service");
    assertThat(given().get("/api/cases/" + slug + "/versions/1").jsonPath().getString("title"))
        .isEqualTo(summary);
    assertThat(given().get("/api/cases/" + slug).jsonPath().getString("title"))
        .isEqualTo(summary + " (corrected)");

    // the request text is not published: correcting it alone makes no new version
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "version",
                StoredRequest.version(ref),
                "requestText",
                "How many potholes were filled?",
                "reason",
                "Typo"))
        .patch("/api/requests/" + ref)
        .then()
        .statusCode(200);
    // the date received is: through the API as on the page
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "version",
                StoredRequest.version(ref),
                "receivedOn",
                today().minusDays(6).toString(),
                "reason",
                "Date-stamped late"))
        .patch("/api/requests/" + ref)
        .then()
        .statusCode(200);
    List<Object> numbers =
        given().get("/api/cases/" + slug + "/versions").jsonPath().getList("version");
    assertThat(numbers).containsExactly(1, 2, 3);
    assertThat(given().get("/api/cases/" + slug).jsonPath().getString("receivedOn"))
        .isEqualTo(today().minusDays(6).toString());
    assertThat(corrections(ref)).hasSize(3);
  }
}
