package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.Regime;

/**
 * Every bad input: an error summary on the page (400), a problem document in the API; nothing
 * saved.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ValidationTest {
  @Inject OfficerRequests officer;
  @Inject Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static RequestSpecification logForm(Forms form, String action, LocalDate received) {
    return logForm(form, action, received, "EMAIL");
  }

  private static RequestSpecification logForm(
      Forms form, String action, LocalDate received, String channel) {
    return form.post()
        .formParam("action", action)
        .formParam("regime", "FOIA")
        .formParam("receivedOn-day", received.getDayOfMonth())
        .formParam("receivedOn-month", received.getMonthValue())
        .formParam("receivedOn-year", received.getYear())
        .formParam("channel", channel)
        .formParam("summary", Fixtures.unique("Validation"))
        .formParam("requesterName", Fixtures.NAME)
        .formParam("requesterContact", Fixtures.CONTACT)
        .formParam("requestText", "1. One\n2. Two");
  }

  private static Document refused(Response r) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
    return Jsoup.parse(r.asString());
  }

  private static List<String> summary(Document page) {
    return page.select(".govuk-error-summary__list a").eachText();
  }

  @Test
  void everyBlankFieldIsNamedInTheSummaryAndLinksToItsInput() {
    long before = StoredRequest.requests();
    Forms form = Forms.open("/officer/requests/new");
    Document page = refused(form.post().formParam("action", "split").post("/officer/requests/new"));
    assertThat(summary(page))
        .containsExactly(
            "Select whether the request is under FOIA or the EIR",
            "Enter the date the request was received, or say it is not stated",
            "Select how the request was received",
            "Enter a short summary of the request",
            "Enter the requester's name",
            "Enter an email or postal address for the reply",
            "Enter the request text");
    for (String href : page.select(".govuk-error-summary__list a").eachAttr("href")) {
      assertThat(page.select(href)).as(href).isNotEmpty();
    }
    assertThat(page.select("title").text()).startsWith("Error:");
    assertThat(page.select(".govuk-form-group--error")).hasSize(7);
    assertThat(StoredRequest.requests()).isEqualTo(before);
  }

  @Test
  void receivedDateMustBeRealNotInTheFutureAndNotBefore2005() {
    Forms form = Forms.open("/officer/requests/new");
    assertThat(
            summary(
                refused(logForm(form, "split", today().plusDays(1)).post("/officer/requests/new"))))
        .containsExactly("Date received must be today or in the past");
    assertThat(
            summary(
                refused(
                    logForm(form, "split", LocalDate.of(2004, 12, 31))
                        .post("/officer/requests/new"))))
        .containsExactly(
            "Date received must be on or after 1 January 2005, when the right of access came into force");
    Document impossible =
        refused(
            form.post()
                .formParam("action", "split")
                .formParam("receivedOn-day", "31")
                .formParam("receivedOn-month", "2")
                .formParam("receivedOn-year", "2026")
                .post("/officer/requests/new"));
    assertThat(summary(impossible)).contains("Date received must be a real date");
    // what was typed is kept
    assertThat(impossible.select("#receivedOn").val()).isEqualTo("31");
    Document partial =
        refused(
            form.post()
                .formParam("action", "split")
                .formParam("receivedOn-day", "3")
                .post("/officer/requests/new"));
    assertThat(summary(partial)).contains("Date received must include a month and a year");
  }

  @Test
  void aFoiaRequestMustBeInWriting() {
    Forms form = Forms.open("/officer/requests/new");
    Document page = refused(logForm(form, "split", today(), "ORAL").post("/officer/requests/new"));
    assertThat(summary(page))
        .containsExactly(
            "A request under FOIA must be made in writing (FOIA s.8(1)(a)); a request made by phone or in person can be handled under the EIR");
  }

  @Test
  void aQuestionNumberTwiceIsRefusedAndNothingIsSaved() {
    long before = StoredRequest.requests();
    Forms form = Forms.open("/officer/requests/new");
    Document page =
        refused(
            logForm(form, "save", today())
                .formParam("questionNumber", "1", "1", "3")
                .formParam("questionText", "One", "Two", "")
                .post("/officer/requests/new"));
    assertThat(summary(page))
        .containsExactly("Question number 1 is used twice; give each question its own number");
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#question-1-number");
    assertThat(page.select("#question-1-text").text()).isEqualTo("Two");
    assertThat(StoredRequest.requests()).isEqualTo(before);

    Document none =
        refused(
            logForm(form, "save", today())
                .formParam("questionNumber", "1")
                .formParam("questionText", "  ")
                .post("/officer/requests/new"));
    assertThat(summary(none)).containsExactly("Enter at least one question");
    Document notANumber =
        refused(
            logForm(form, "save", today())
                .formParam("questionNumber", "one")
                .formParam("questionText", "One")
                .post("/officer/requests/new"));
    assertThat(summary(notANumber))
        .containsExactly("Question number must be a whole number, like 3");
  }

  @Test
  void apiRefusesWithAProblemDocumentListingEveryField() {
    long before = StoredRequest.requests();
    given()
        .contentType("application/json")
        .body(
            """
            {"regime":"FOIA","receivedOn":"%s","channel":"EMAIL","summary":"x",
             "requesterName":"A","requesterContact":"a@example.org","requestText":"t",
             "questions":[{"number":2,"text":"a"},{"number":2,"text":"b"}]}
            """
                .formatted(today().plusDays(2)))
        .post("/api/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("receivedOn"))
        .body("errors.field", hasItem("questions[1].number"))
        .body("errors.message", hasItem("Date received must be today or in the past"));
    given()
        .contentType("application/json")
        .body("{\"receivedOn\":\"yesterday\"}")
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors.message", hasItem("Date received must be a real date"))
        .body("errors.field", hasItem("requestText"));
    assertThat(StoredRequest.requests()).isEqualTo(before);
  }

  @Test
  void apiLogsWithTheProposedSplitWhenNoQuestionsAreGiven() {
    String body =
        given()
            .contentType("application/json")
            .body(
                """
                {"regime":"EIR","receivedOn":"%s","channel":"ORAL","summary":"%s",
                 "requesterName":"A Person","requesterContact":"a@example.org",
                 "requestText":"Please send:\\n(a) air quality readings for 2025\\n(b) the monitoring sites"}
                """
                    .formatted(today(), Fixtures.unique("Air quality")))
            .post("/api/requests")
            .then()
            .statusCode(201)
            .header("Location", org.hamcrest.Matchers.containsString("/api/requests/EIR-"))
            .extract()
            .path("reference");
    given()
        .get("/api/requests/" + body)
        .then()
        .statusCode(200)
        .body(
            "questions.text",
            equalTo(List.of("air quality readings for 2025", "the monitoring sites")))
        .body("state", equalTo("OPEN"))
        .body("clock.status", equalTo("RUNNING"));
  }

  @Test
  void anImpossibleEventOrderIsRefusedOnThePageAndInTheApi() {
    String ref =
        officer
            .log(
                Fixtures.draft(Regime.FOIA, today().minusDays(10), Fixtures.unique("Fees"), "Q"),
                "olive",
                false)
            .reference();
    Forms page = Forms.open("/officer/requests/" + ref);
    LocalDate day = today().minusDays(2);
    Document refused =
        refused(
            page.post()
                .formParam("version", page.version())
                .formParam("date-day", day.getDayOfMonth())
                .formParam("date-month", day.getMonthValue())
                .formParam("date-year", day.getYear())
                .post("/officer/requests/" + ref + "/events/fees-paid"));
    assertThat(summary(refused))
        .singleElement()
        .asString()
        .contains("no fees notice had been issued before then");
    assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#fees-paid-date");
    assertThat(refused.select("#fees-paid-date").val())
        .isEqualTo(String.valueOf(day.getDayOfMonth()));
    assertThat(StoredRequest.clockEvents(ref)).isZero();

    given()
        .contentType("application/json")
        .body(
            "{\"kind\":\"FEES_PAID\",\"date\":\"%s\",\"version\":%d}"
                .formatted(day, page.version()))
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("date"));
    // an event before the request arrived, in the future, and an EIR-only extension on FOIA
    for (String body :
        List.of(
            "{\"kind\":\"CLARIFICATION_REQUESTED\",\"date\":\"%s\",\"version\":%d}"
                .formatted(today().minusDays(20), page.version()),
            "{\"kind\":\"CLARIFICATION_REQUESTED\",\"date\":\"%s\",\"version\":%d}"
                .formatted(today().plusDays(1), page.version()),
            "{\"kind\":\"COMPLEX_VOLUMINOUS_EXTENSION\",\"date\":\"%s\",\"version\":%d}"
                .formatted(today(), page.version()),
            "{\"kind\":\"PUBLIC_INTEREST_EXTENSION\",\"date\":\"%s\",\"version\":%d}"
                .formatted(today(), page.version()),
            "{\"kind\":\"NO_SUCH_KIND\",\"date\":\"%s\",\"version\":%d}"
                .formatted(today(), page.version()))) {
      given()
          .contentType("application/json")
          .body(body)
          .post("/api/requests/" + ref + "/clock-events")
          .then()
          .statusCode(400);
    }
    assertThat(StoredRequest.clockEvents(ref)).isZero();
  }

  @Test
  void assigneeMustBeAUserName() {
    String ref =
        officer
            .log(
                Fixtures.draft(Regime.FOIA, today(), Fixtures.unique("Assign"), "Q"),
                "olive",
                false)
            .reference();
    Forms page = Forms.open("/officer/requests/" + ref);
    Document refused =
        refused(
            page.post()
                .formParam("version", page.version())
                .formParam("assignee", "<script>")
                .post("/officer/requests/" + ref + "/assign"));
    assertThat(summary(refused))
        .containsExactly(
            "Officer's user name must be 100 characters or fewer, letters and numbers");
    assertThat(refused.select("#assignee").val()).isEqualTo("<script>");
    Response ok =
        page.post()
            .formParam("version", page.version())
            .formParam("assignee", "olive")
            .post("/officer/requests/" + ref + "/assign");
    assertThat(ok.statusCode()).isEqualTo(303);
    Document after = Forms.open("/officer/requests/" + ref).page();
    assertThat(after.select(".app-timeline__event").last().text())
        .contains("Assigned to olive")
        .contains("Before: State: Open.")
        .contains("Assigned to: nobody.")
        .contains("After: State: Open.");
  }
}
