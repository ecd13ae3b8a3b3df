package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.Dates;

/**
 * The "done when": an officer logs a three-question request received last Friday, sees it
 * in the queue with the right due date, asks for clarification and sees the clock restart, all in
 * the timeline.
 */
@QuarkusTest
class OfficerWorkspaceTest {
  @Inject Clock clock;

  static final String TEXT =
      """
      Dear council,
      Under the Freedom of Information Act please tell me:
      1. How many potholes were reported in 2025?
      2. How many of them were repaired within 28 days?
      3. What did the repairs cost in total?
      Thank you.
      """;

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void logAThreeQuestionRequestAndRestartItsClock() {
    LocalDate today = LocalDate.now(clock);
    LocalDate lastFriday = today.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
    String summary = Fixtures.unique("Potholes 2025");

    // Step 1: details and text; the service proposes three questions.
    Forms form = Forms.open("/officer/requests/new");
    Response step1 =
        form.post()
            .formParam("action", "split")
            .formParam("regime", "FOIA")
            .formParam("receivedOn-day", lastFriday.getDayOfMonth())
            .formParam("receivedOn-month", lastFriday.getMonthValue())
            .formParam("receivedOn-year", lastFriday.getYear())
            .formParam("channel", "EMAIL")
            .formParam("summary", summary)
            .formParam("requesterName", Fixtures.NAME)
            .formParam("requesterContact", Fixtures.CONTACT)
            .formParam("requestText", TEXT)
            .post("/officer/requests/new");
    assertThat(step1.statusCode()).isEqualTo(200);
    Document split = Jsoup.parse(step1.asString());
    assertThat(split.select("textarea[name=questionText]").stream().map(Element::text).toList())
        .containsExactly(
            "How many potholes were reported in 2025?",
            "How many of them were repaired within 28 days?",
            "What did the repairs cost in total?",
            "");
    // issue 21: the sign-off is set aside as not a question, shown for the officer to confirm
    assertThat(split.select("#signature-block-text").text()).isEqualTo("Thank you.");

    // Step 2: the officer corrects question 3 and moves the thanks to the closing text.
    Response saved =
        form.post()
            .formParam("action", "save")
            .formParam("regime", "FOIA")
            .formParam("receivedOn-day", lastFriday.getDayOfMonth())
            .formParam("receivedOn-month", lastFriday.getMonthValue())
            .formParam("receivedOn-year", lastFriday.getYear())
            .formParam("channel", "EMAIL")
            .formParam("summary", summary)
            .formParam("requesterName", Fixtures.NAME)
            .formParam("requesterContact", Fixtures.CONTACT)
            .formParam("requestText", TEXT)
            .formParam("preamble", split.select("#preamble").text())
            .formParam("questionNumber", "1", "2", "3", "4")
            .formParam(
                "questionText",
                "How many potholes were reported in 2025?",
                "How many of them were repaired within 28 days?",
                "What did the repairs cost in total?",
                "")
            .formParam("postscript", "Thank you.")
            .post("/officer/requests/new");
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.header("Cache-Control")).isEqualTo("no-store");
    Document logged = Jsoup.parse(saved.asString());
    String ref = logged.select("#reference").text();
    String code = logged.select("#access-code").text();
    assertThat(ref).matches("FOI-" + lastFriday.getYear() + "-\\d{5}");
    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    String hash = StoredRequest.accessCodeHash(ref);
    assertThat(hash).doesNotContain(code).startsWith("pbkdf2-sha256$");
    assertThat(AccessCodes.matches(code, hash)).isTrue();

    // The queue: the right due date, 20 working days after last Friday.
    LocalDate due = StatutoryClock.due(Regime.FOIA, lastFriday).due();
    Element row = queueRow(ref);
    assertThat(row.select("td").get(0).text()).isEqualTo(summary);
    assertThat(row.select("td").get(1).text()).isEqualTo(Dates.display(lastFriday));
    assertThat(row.select("td").get(2).text()).isEqualTo(Dates.display(due));
    assertThat(row.select("td").get(4).text()).contains("Open");

    // The request page: three questions, the clock with its working, the requester for officers.
    Forms page = Forms.open("/officer/requests/" + ref);
    assertThat(page.page().select("[data-question]").eachText())
        .containsExactly(
            "1. How many potholes were reported in 2025?",
            "2. How many of them were repaired within 28 days?",
            "3. What did the repairs cost in total?");
    assertThat(page.page().select("#clock-figures").text())
        .contains("Due " + Dates.withDay(due))
        .contains("Day 1 " + Dates.withDay(StatutoryClock.due(Regime.FOIA, lastFriday).dayOne()));
    assertThat(page.page().select("#clock-working").text()).contains("Skipped: Saturday");
    assertThat(page.page().text()).contains(Fixtures.NAME).contains(Fixtures.CONTACT);

    // Ask for clarification today: the clock stops.
    Response asked =
        page.post()
            .formParam("version", page.version())
            .formParam("date-day", today.getDayOfMonth())
            .formParam("date-month", today.getMonthValue())
            .formParam("date-year", today.getYear())
            .post("/officer/requests/" + ref + "/events/clarification-requested");
    assertThat(asked.statusCode()).isEqualTo(303);
    assertThat(asked.header("Location")).endsWith("/officer/requests/" + ref);
    Forms stopped = Forms.open("/officer/requests/" + ref);
    assertThat(stopped.page().select("#clock-figures").text())
        .contains("No due date while the clock is stopped");
    assertThat(stopped.page().select(".govuk-summary-list").first().text())
        .contains("Awaiting clarification");
    assertThat(queueRow(ref).select("td").get(2).text()).isEqualTo("Clock stopped");

    // Clarification received today: a fresh 20 working days from tomorrow.
    Response received =
        stopped
            .post()
            .formParam("version", stopped.version())
            .formParam("date-day", today.getDayOfMonth())
            .formParam("date-month", today.getMonthValue())
            .formParam("date-year", today.getYear())
            .post("/officer/requests/" + ref + "/events/clarification-received");
    assertThat(received.statusCode()).isEqualTo(303);
    LocalDate newDue = StatutoryClock.due(Regime.FOIA, today).due();
    Document restarted = Forms.open("/officer/requests/" + ref).page();
    assertThat(restarted.select("#clock-figures").text()).contains("Due " + Dates.withDay(newDue));
    assertThat(restarted.select("#clock-notes").text()).contains("the clock restarts from day 1");
    assertThat(queueRow(ref).select("td").get(2).text()).isEqualTo(Dates.display(newDue));

    // The timeline: logged, asked, received; who, what, before and after.
    var events = restarted.select(".app-timeline__event");
    assertThat(events).hasSize(3);
    assertThat(events.get(0).text()).contains("Logged " + ref).contains("by olive");
    assertThat(events.get(1).text())
        .contains("Asked for clarification on " + Dates.withDay(today))
        .contains("Before: State: Open. Due: " + Dates.withDay(due))
        .contains("After: State: Awaiting clarification. Due: none while the clock is stopped");
    assertThat(events.get(2).text())
        .contains("Clarification received on " + Dates.withDay(today))
        .contains("After: State: Open. Due: " + Dates.withDay(newDue));
    assertThat(restarted.text()).doesNotContain(code);
  }

  static Element queueRow(String ref) {
    String html =
        given()
            .get("/officer/requests?sort=reference&order=desc")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Element row = Jsoup.parse(html).selectFirst("tr[data-reference=" + ref + "]");
    assertThat(row).as("queue row for " + ref).isNotNull();
    return row;
  }
}
