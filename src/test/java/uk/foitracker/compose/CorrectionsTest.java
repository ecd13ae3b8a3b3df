package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 2: everything can be corrected and every correction is audited. Questions are
 * reworded (a sign-off line swept into the last question no longer blocks publication), split,
 * merged and renumbered; clock events corrected or withdrawn with a reason, never deleted; a long
 * extension is confirmed before it is saved; a sent answer, table figure or citation is corrected
 * with a reason, and after publication the correction is a real new version.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class CorrectionsTest {

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  private static JsonPath request(String ref) {
    return given().get("/api/requests/" + ref).then().statusCode(200).extract().jsonPath();
  }

  private static long version(String ref) {
    return request(ref).getLong("version");
  }

  private static void answerAll(String ref, List<Integer> questions) {
    String base = "/api/responses/" + ref;
    json(Map.of("questions", questions, "paragraphs", List.of("There are 212 grit bins.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    for (int n : questions) {
      json(Map.of("outcome", "PROVIDED_IN_FULL"))
          .put(base + "/questions/" + n + "/outcome")
          .then()
          .statusCode(204);
    }
  }

  private static void send(String ref) {
    json(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post("/api/responses/" + ref + "/send")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
  }

  private static String slug(String prefix, String ref) {
    return prefix + "-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
  }

  private static Document html(Response r) {
    return Jsoup.parse(r.asString());
  }

  // --- questions -----------------------------------------------------------------------------

  /**
   * The splitter swept the requester's sign-off into the last question; the release check then
   * refused publication with no way out. Rewording the question removes it, with the reason, and
   * publication goes ahead. The audit trail keeps the words before and after.
   */
  @Test
  void aSignOffSweptIntoTheLastQuestionIsRewordedAwayAndPublicationGoesAhead() {
    String ref =
        ApiRequests.log(
            unique("Grit bins and refills"),
            null,
            List.of(
                "How many grit bins does the council maintain?",
                "How many of them were refilled in January 2025?\n\nKind regards,\n\nMargaret"
                    + " Thistlewood\n14 Acacia Avenue\nSheffield S10 2TN\n07700 900123"),
            null,
            LocalDate.now().minusDays(3),
            "Margaret Thistlewood",
            "margaret.thistlewood@example.org");
    answerAll(ref, List.of(1, 2));
    send(ref);
    String slug = slug("grit-refills", ref);
    json(Map.of("slug", slug))
        .post("/api/responses/" + ref + "/publish")
        .then()
        .statusCode(400)
        .body(containsString("Remove the requester's name from questions[1].text"));

    String page = "/officer/requests/" + ref + "/corrections";
    ResponsePageTest.Page open = ResponsePageTest.Page.open(page);
    assertThat(open.doc().select("#reword-2-text").text()).contains("Kind regards");
    assertThat(open.doc().select("#numbers-fixed").text()).contains("no longer split");
    String v = open.doc().select("#reword-2 input[name=version]").val();
    String clean = "How many of them were refilled in January 2025?";

    // sent: a reason is required; nothing is saved without it
    Response refused =
        open.form()
            .formParam("version", v)
            .formParam("text", clean)
            .post(page + "/questions/2/reword");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document again = html(refused);
    assertThat(again.select(".govuk-error-summary a[href=#reword-2-reason]").text())
        .contains("Enter the reason");
    assertThat(again.select("#reword-2-text").text()).isEqualTo(clean);
    assertThat(request(ref).getString("questions[1].text")).contains("Kind regards");

    Response done =
        open.form()
            .formParam("version", v)
            .formParam("text", clean)
            .formParam("reason", "The requester's sign-off was taken into the question")
            .post(page + "/questions/2/reword");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.header("Location")).endsWith("/corrections?done=question-reworded");
    Document after = html(given().get(done.header("Location")));
    assertThat(after.select("#success-banner").text()).contains("Question reworded");
    // a refresh of the redirect target repeats nothing; a second post of the old form is stale
    assertThat(
            open.form()
                .formParam("version", v)
                .formParam("text", clean + " again")
                .formParam("reason", "again")
                .post(page + "/questions/2/reword")
                .statusCode())
        .isEqualTo(409);

    JsonPath r = request(ref);
    assertThat(r.getString("questions[1].text")).isEqualTo(clean);
    List<Map<String, String>> timeline = r.getList("timeline");
    Map<String, String> event =
        timeline.stream()
            .filter(t -> t.get("summary").startsWith("Question 2 reworded"))
            .findFirst()
            .orElseThrow();
    assertThat(event.get("summary")).contains("Reason: The requester's sign-off");
    assertThat(event.get("before")).contains("Kind regards");
    assertThat(event.get("after")).isEqualTo("Question 2: " + clean);
    assertThat(event.get("actor")).isEqualTo("olive");

    json(Map.of("slug", slug))
        .post("/api/responses/" + ref + "/publish")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    assertThat(given().get("/api/cases/" + slug).asString()).doesNotContain("Thistlewood");
  }

  @Test
  void questionsAreSplitMergedAndRenumberedThroughTheApi() {
    String ref =
        ApiRequests.log(
            unique("Parks"),
            null,
            List.of(
                "How many parks are there?",
                "How many park keepers are employed, and what is the budget for them?",
                "How many benches are there?"),
            null,
            LocalDate.now().minusDays(2),
            "Peregrine Ashdown",
            "peregrine@example.org");
    String q = "/api/requests/" + ref + "/questions";
    answerAll(ref, List.of(2));

    json(Map.of(
            "version",
            version(ref),
            "first",
            "How many park keepers are employed?",
            "second",
            "What is the budget for park keepers?"))
        .post(q + "/2/split")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("questions.number", equalTo(List.of(1, 2, 3, 4)))
        .body("questions[2].text", equalTo("What is the budget for park keepers?"))
        .body("questions[3].text", equalTo("How many benches are there?"));
    // both parts keep the answer
    JsonPath response = given().get("/api/responses/" + ref).then().extract().jsonPath();
    assertThat(response.getString("preview.questions[2].answer.paragraphs[0]"))
        .isEqualTo("There are 212 grit bins.");

    // a citation on the next question would be orphaned by a merge: refused, nothing changed
    json(Map.of("provision", "FOIA-40-2", "reasons", "Names of staff below senior level"))
        .post("/api/responses/" + ref + "/questions/4/citations")
        .then()
        .statusCode(200);
    json(Map.of("version", version(ref)))
        .post(q + "/3/merge")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].message", containsString("Question 4 has a citation"));

    json(Map.of("version", version(ref), "reason", "Asked as one question"))
        .post(q + "/2/merge")
        .then()
        .statusCode(200)
        .body("questions.number", equalTo(List.of(1, 2, 4)))
        .body(
            "questions[1].text",
            equalTo("How many park keepers are employed?\nWhat is the budget for park keepers?"));

    // numbers given twice: a problem document, nothing saved
    json(Map.of("version", version(ref), "numbers", List.of(Map.of("from", 4, "to", 2))))
        .put(q + "/numbers")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].message", containsString("given twice"));
    json(Map.of("version", version(ref), "numbers", List.of(Map.of("from", 4, "to", 3))))
        .put(q + "/numbers")
        .then()
        .statusCode(200)
        .body("questions.number", equalTo(List.of(1, 2, 3)));
    // the citation went with its question
    assertThat(
            given()
                .get("/api/responses/" + ref)
                .then()
                .extract()
                .jsonPath()
                .getList("preview.questions[2].provisions.code"))
        .isNotEmpty();

    List<String> summaries = request(ref).getList("timeline.summary");
    assertThat(summaries)
        .anyMatch(s -> s.startsWith("Question 2 split into questions 2 and 3"))
        .anyMatch(s -> s.startsWith("Questions 2 and 3 merged"))
        .anyMatch(s -> s.startsWith("Questions renumbered"));

    // once sent, the numbers went out with the response
    answerAll(ref, List.of(1, 3));
    send(ref);
    json(Map.of("version", version(ref), "first", "a", "second", "b"))
        .post(q + "/1/split")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("can no longer be split"));
  }

  @Test
  void theCorrectionsPageSplitsAQuestionWithASuccessBanner() {
    String ref =
        ApiRequests.log(
            unique("Libraries"),
            null,
            List.of("How many libraries are open, and how many books did they lend in 2024?"),
            null,
            LocalDate.now().minusDays(2),
            "Ezekiel Marchbanks",
            "ezekiel@example.org");
    String page = "/officer/requests/" + ref + "/corrections";
    ResponsePageTest.Page open = ResponsePageTest.Page.open(page);
    String v = open.doc().select("#split-1 input[name=version]").val();
    Response refused =
        open.form()
            .formParam("version", v)
            .formParam("first", "")
            .post(page + "/questions/1/split");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document again = html(refused);
    assertThat(again.select(".govuk-error-summary").text())
        .contains("Enter the words of the first part", "Enter the words of the second part");
    assertThat(again.title()).startsWith("Error:");
    Response done =
        open.form()
            .formParam("version", v)
            .formParam("first", "How many libraries are open?")
            .formParam("second", "How many books did they lend in 2024?")
            .post(page + "/questions/1/split");
    assertThat(done.statusCode()).isEqualTo(303);
    Document after = html(given().get(done.header("Location")));
    assertThat(after.select("#success-banner").text()).contains("Question split into two");
    assertThat(after.select("#question-2").text()).contains("How many books did they lend");
    assertThat(html(given().get("/officer/requests/" + ref)).select("#corrections").attr("href"))
        .isEqualTo(page);
  }

  // --- clock events --------------------------------------------------------------------------

  @Test
  void aClockEventIsCorrectedThenWithdrawnAndStaysInTheHistory() {
    String ref =
        ApiRequests.log(
            unique("Street lights"),
            null,
            List.of("How many street lights were repaired in 2024?"),
            null,
            LocalDate.of(2025, 3, 3),
            "Hortensia Blackwood",
            "hortensia@example.org");
    String dueBefore = request(ref).getString("clock.due");
    String officer = "/officer/requests/" + ref;
    ResponsePageTest.Page show = ResponsePageTest.Page.open(officer);
    show.form()
        .formParam(
            "version",
            show.doc().select("#action-clarification-requested input[name=version]").val())
        .formParam("date-day", "5")
        .formParam("date-month", "3")
        .formParam("date-year", "2025")
        .post(officer + "/events/clarification-requested")
        .then()
        .statusCode(303);
    long id = request(ref).getLong("clockEvents[0].id");

    ResponsePageTest.Page form = ResponsePageTest.Page.open(officer + "/events/" + id + "/correct");
    assertThat(form.doc().select("#correct-date").val()).isEqualTo("5");
    String v = form.doc().select("#correct-form input[name=version]").val();
    Response refused =
        form.form()
            .formParam("version", v)
            .formParam("date-day", "6")
            .formParam("date-month", "3")
            .formParam("date-year", "2025")
            .post(officer + "/events/" + id + "/correction");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(html(refused).select(".govuk-error-summary a[href=#correct-reason]").text())
        .contains("Enter why");
    assertThat(html(refused).select("#correct-date").val()).isEqualTo("6");

    Response corrected =
        form.form()
            .formParam("version", v)
            .formParam("date-day", "6")
            .formParam("date-month", "3")
            .formParam("date-year", "2025")
            .formParam("reason", "The e-mail asking for clarification went on the 6th")
            .post(officer + "/events/" + id + "/correction");
    assertThat(corrected.statusCode()).isEqualTo(303);
    assertThat(corrected.header("Location")).endsWith("?done=event-corrected#clock-events");
    Document page = html(given().get(officer + "?done=event-corrected"));
    assertThat(page.select("#success-banner").text()).contains("Clock event corrected");
    assertThat(page.select("#clock-event-" + id).text()).contains("Withdrawn", "went on the 6th");

    JsonPath r = request(ref);
    assertThat(r.getList("clockEvents")).hasSize(1);
    assertThat(r.getString("clockEvents[0].date")).isEqualTo("2025-03-06");
    assertThat(r.getLong("clockEvents[0].correctsEvent")).isEqualTo(id);
    assertThat(r.getList("clockEventHistory")).hasSize(2);
    assertThat(r.getBoolean("clockEventHistory[0].withdrawn")).isTrue();
    assertThat(r.getString("clockEventHistory[0].withdrawnReason"))
        .isEqualTo("The e-mail asking for clarification went on the 6th");
    assertThat(r.getString("state")).isEqualTo("AWAITING_CLARIFICATION");
    long corrId = r.getLong("clockEvents[0].id");

    // the API withdraws it: the clock runs again as if it had never stopped
    json(Map.of("version", version(ref)))
        .post("/api/requests/" + ref + "/clock-events/" + corrId + "/withdrawal")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("reason"));
    json(Map.of("version", version(ref), "reason", "No clarification was needed after all"))
        .post("/api/requests/" + ref + "/clock-events/" + corrId + "/withdrawal")
        .then()
        .statusCode(200)
        .body("clockEvents", org.hamcrest.Matchers.hasSize(0))
        .body("clockEventHistory.withdrawn", equalTo(List.of(true, true)))
        .body("state", equalTo("OPEN"))
        .body("clock.due", equalTo(dueBefore));

    List<Map<String, String>> timeline = request(ref).getList("timeline");
    assertThat(timeline)
        .anyMatch(
            t ->
                t.get("summary").startsWith("Corrected: Asked for clarification")
                    && t.get("before").contains("Wednesday 5 March 2025")
                    && t.get("after").contains("Thursday 6 March 2025"))
        .anyMatch(t -> t.get("summary").startsWith("Withdrawn: Asked for clarification"));
  }

  /** An extension of 119 working days: the warning comes before it is saved, not afterwards. */
  @Test
  void aFarTooLongExtensionIsConfirmedBeforeItIsSaved() {
    String ref =
        ApiRequests.log(
            unique("Tender prices"),
            null,
            List.of("What prices were bid in the 2024 waste tender?"),
            null,
            LocalDate.of(2025, 3, 3),
            "Bartholomew Quill",
            "bart@example.org");
    Map<String, Object> event =
        Map.of(
            "kind",
            "PUBLIC_INTEREST_EXTENSION",
            "date",
            "2025-03-20",
            "newDue",
            "2025-09-19",
            "version",
            version(ref));
    json(event)
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("confirm"))
        .body("errors[0].message", containsString("ICO expects no more than 20"));
    assertThat(request(ref).getList("clockEvents")).isEmpty();

    // the page: the refusal offers the confirmation, with the warning in the error summary
    String officer = "/officer/requests/" + ref;
    ResponsePageTest.Page show = ResponsePageTest.Page.open(officer);
    String v = show.doc().select("#action-public-interest-extension input[name=version]").val();
    Response refused =
        show.form()
            .formParam("version", v)
            .formParam("date-day", "20")
            .formParam("date-month", "3")
            .formParam("date-year", "2025")
            .formParam("newDue-day", "19")
            .formParam("newDue-month", "9")
            .formParam("newDue-year", "2025")
            .post(officer + "/events/public-interest-extension");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document d = html(refused);
    assertThat(d.select(".govuk-error-summary").text()).contains("working days beyond");
    assertThat(d.select("#public-interest-extension-confirm")).hasSize(1);
    assertThat(request(ref).getList("clockEvents")).isEmpty();
    show.form()
        .formParam("version", v)
        .formParam("date-day", "20")
        .formParam("date-month", "3")
        .formParam("date-year", "2025")
        .formParam("newDue-day", "19")
        .formParam("newDue-month", "9")
        .formParam("newDue-year", "2025")
        .formParam("confirm", "yes")
        .post(officer + "/events/public-interest-extension")
        .then()
        .statusCode(303);
    assertThat(request(ref).getList("clockEvents.kind"))
        .containsExactly("PUBLIC_INTEREST_EXTENSION");
  }

  // --- after sending -------------------------------------------------------------------------

  @Test
  void aSentAnswerTableAndCitationAreCorrectedAndEachCorrectionIsANewVersion() {
    String ref =
        ApiRequests.log(
            unique("Grit bins by year"),
            null,
            List.of("How many grit bins were there each year?", "Who supplies the grit?"),
            null,
            LocalDate.now().minusDays(3),
            "Cordelia Fenwick",
            "cordelia@example.org");
    String base = "/api/responses/" + ref;
    answerAll(ref, List.of(1));
    json(Map.of("caption", "Grit bins", "cells", "Year\tBins\n2023\t200\n2024\t212\n"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "REFUSED_EXEMPTION"))
        .put(base + "/questions/2/outcome")
        .then()
        .statusCode(204);
    json(Map.of("provision", "FOIA-40-2", "reasons", "The supplier is a sole trader"))
        .post(base + "/questions/2/citations")
        .then()
        .statusCode(200);
    send(ref);
    String slug = slug("grit-years", ref);
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);

    String c = base + "/sent-corrections";
    json(Map.of("paragraphs", List.of("There are 214 grit bins.")))
        .post(c + "/answers/1")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("reason"));
    json(Map.of(
            "paragraphs",
            List.of("There are 214 grit bins."),
            "reason",
            "Two bins were missed in the count"))
        .post(c + "/answers/1")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("publishedVersion", equalTo(2));
    json(Map.of("row", 2, "column", 1, "value", "214", "reason", "Two bins were missed"))
        .post(c + "/answers/1/tables/1/cells")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("publishedVersion", equalTo(3));
    json(Map.of("row", 2, "column", 1, "value", "lots", "reason", "x"))
        .post(c + "/answers/1/tables/1/cells")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("value"));
    json(Map.of(
            "reasons",
            "The supplier is a sole trader, so naming the firm names a person",
            "reason",
            "The reasons were incomplete"))
        .post(c + "/citations/1")
        .then()
        .statusCode(200)
        .body("publishedVersion", equalTo(4));

    JsonPath versions = given().get("/api/cases/" + slug + "/versions").jsonPath();
    assertThat(versions.getList("version")).containsExactly(1, 2, 3, 4);
    assertThat(versions.getString("[1].reason")).isEqualTo("Two bins were missed in the count");
    String v1 = given().get("/api/cases/" + slug + "/versions/1").asString();
    String latest = given().get("/api/cases/" + slug).asString();
    assertThat(v1).contains("There are 212 grit bins.").doesNotContain("214 grit bins");
    assertThat(latest)
        .contains("There are 214 grit bins.", "naming the firm names a person", "\"214\"");

    List<Map<String, String>> timeline = request(ref).getList("timeline");
    assertThat(timeline)
        .anyMatch(
            t ->
                t.get("summary").startsWith("Answer 1 corrected after sending")
                    && t.get("before").equals("There are 212 grit bins.")
                    && t.get("after").equals("There are 214 grit bins."))
        .anyMatch(
            t ->
                t.get("summary").contains("row 2")
                    && t.get("before").endsWith(": 212")
                    && t.get("after").endsWith(": 214"));

    // the page shows the sent answer's form; a correction there redirects with a banner
    String page = "/officer/requests/" + ref + "/corrections";
    ResponsePageTest.Page open = ResponsePageTest.Page.open(page);
    assertThat(open.doc().select("#answer-1-paragraphs").text())
        .isEqualTo("There are 214 grit bins.");
    Response done =
        open.form()
            .formParam("version", open.doc().select("#answer-1 input[name=version]").val())
            .formParam("paragraphs", "There are 214 grit bins.\n\nEach is refilled in winter.")
            .formParam("reason", "Added when the refills were counted")
            .post(page + "/answers/1");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(html(given().get(done.header("Location"))).select("#success-banner").text())
        .contains("Answer corrected", "published as version 5");
  }

  @Test
  void anAnswerNotYetSentIsNotACorrection() {
    String ref =
        ApiRequests.log(
            unique("Bins"),
            null,
            List.of("How many bins?"),
            null,
            LocalDate.now().minusDays(1),
            "Agatha Penrose",
            "agatha@example.org");
    answerAll(ref, List.of(1));
    json(Map.of("paragraphs", List.of("Two."), "reason", "x"))
        .post("/api/responses/" + ref + "/sent-corrections/answers/1")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("has not been sent"));
  }
}
