package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
 * The officer's response pages driven as a browser would: fetch the page, read the CSRF cookie and
 * token from it, post the forms back, follow the redirect.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ResponsePageTest {
  static final String CSRF = "csrf-token";

  /** A page's CSRF cookie and form token. */
  record Page(String cookie, String token, Document doc) {
    static Page open(String path) {
      Response r = given().redirects().follow(false).get(path);
      assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
      Document doc = Jsoup.parse(r.asString());
      return new Page(r.getCookie(CSRF), doc.select("input[name=" + CSRF + "]").first().val(), doc);
    }

    RequestSpecification form() {
      return given()
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded")
          .cookie(CSRF, cookie)
          .formParam(CSRF, token);
    }

    RequestSpecification multipart() {
      return given().redirects().follow(false).cookie(CSRF, cookie).multiPart(CSRF, token);
    }
  }

  private static String logRequest(String title) {
    return ApiRequests.log(
        title + " " + UUID.randomUUID().toString().substring(0, 6),
        null,
        List.of(
            "How many potholes were filled in 2024, by month?",
            "How many complaints about potholes were made?"),
        null,
        LocalDate.now().minusDays(3),
        "Ottoline Brackenbury",
        "ottoline@example.org");
  }

  private static String page(String ref) {
    return "/officer/requests/" + ref + "/response";
  }

  private static Document html(Response r) {
    return Jsoup.parse(r.asString());
  }

  @Test
  void composeWithAPastedTableCiteS12WithCostSendAndPublish() {
    String ref = logRequest("Potholes");
    String base = page(ref);
    // the request page links to the response page
    assertThat(Page.open("/officer/requests/" + ref).doc().select("#compose-response").attr("href"))
        .isEqualTo(base);

    Page p = Page.open(base + "/answers");
    Response first =
        p.form()
            .formParam("questions", "1")
            .formParam("paragraphs", "We filled 412 potholes.\n\nThe table gives each month.")
            .post(base + "/answers");
    // post, redirect (303) to the section, get: its success banner
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(first.header("Location")).endsWith(base + "/answers?done=answer#answers");
    Document answered = Page.open(base + "/answers?done=answer").doc();
    assertThat(answered.select(".govuk-notification-banner--success").text())
        .contains("The answer is saved");
    assertThat(answered.select(".govuk-back-link").attr("href")).isEqualTo(base);
    p.form()
        .formParam("questions", "2")
        .formParam(
            "paragraphs",
            "Complaints are not recorded in a way we can count within the cost limit.")
        .post(base + "/answers")
        .then()
        .statusCode(303);
    Document composed = Page.open(base + "/answers").doc();
    assertThat(composed.select("#answer-1 h3").text()).contains("questions 1");
    assertThat(composed.select("#answer-1-paragraphs").text()).contains("We filled 412 potholes.");

    // the table: paste, preview, refused until the "-" cell is confirmed as not held, then added
    Page t = Page.open(base + "/answers/1/tables/new");
    String cells = "Month\tFilled\nJanuary\t200\nFebruary\t212\nMarch\t-\n";
    Response preview =
        t.multipart()
            .multiPart("action", "preview")
            .multiPart("caption", "Potholes filled in 2024")
            .multiPart("headerRows", "1")
            .multiPart("cells", cells)
            .post(base + "/answers/1/tables");
    assertThat(preview.statusCode()).isEqualTo(200);
    Document pv = html(preview);
    assertThat(pv.select("#table-1 td[data-state=NOT_HELD]")).hasSize(1);
    assertThat(pv.select("#table-1 tbody th[scope=row]").eachText())
        .containsExactly("January", "February", "March");
    Response refused =
        t.multipart()
            .multiPart("action", "save")
            .multiPart("caption", "Potholes filled in 2024")
            .multiPart("headerRows", "1")
            .multiPart("cells", pv.select("#cells").text())
            .post(base + "/answers/1/tables");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(html(refused).select(".govuk-error-summary a[href=#notHeldConfirmed]").text())
        .contains("not held");
    t.multipart()
        .multiPart("action", "save")
        .multiPart("caption", "Potholes filled in 2024")
        .multiPart("headerRows", "1")
        .multiPart("cells", pv.select("#cells").text())
        .multiPart("notHeldConfirmed", "yes")
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(303);

    // outcomes, s.12 with its cost assessment (a redaction line is refused with the reason)
    assertThat(
            p.form()
                .formParam("outcome", "PROVIDED_IN_PART")
                .post(base + "/questions/1/outcome")
                .header("Location"))
        .endsWith(base + "/questions?done=outcome#question-1");
    p.form()
        .formParam("outcome", "REFUSED_COST_LIMIT")
        .post(base + "/questions/2/outcome")
        .then()
        .statusCode(303);
    p.form()
        .formParam("provision", "FOIA-12")
        .formParam("reasons", "Counting the complaints would exceed the appropriate limit.")
        .post(base + "/questions/2/citations")
        .then()
        .statusCode(303);
    Response redaction =
        p.form()
            .formParam("questions", "2")
            .formParam("activity", "LOCATING", "REDACTING", "")
            .formParam("basis", "3,000 emails × 20 seconds", "every email", "")
            .formParam("minutes", "1000", "600", "")
            .formParam("statement", "The cost would exceed £450.")
            .formParam("advice", "Ask for one month only.")
            .post(base + "/cost");
    assertThat(redaction.statusCode()).isEqualTo(400);
    Document r = html(redaction);
    assertThat(r.select("h1").text()).isEqualTo("Cost assessment"); // the section, shown again
    assertThat(r.select(".govuk-error-summary a[href=#cost-lines-1-activity]").text())
        .startsWith("Redaction does not count");
    assertThat(r.select("#cost-lines-0-basis").val()).isEqualTo("3,000 emails × 20 seconds");
    assertThat(r.select("#cost-advice").text()).isEqualTo("Ask for one month only.");
    assertThat(r.select("#cost-total")).isEmpty(); // nothing saved
    p.form()
        .formParam("questions", "2")
        .formParam("activity", "LOCATING", "EXTRACTING", "")
        .formParam("basis", "3,000 emails × 20 seconds", "1,000 complaints × 1 minute", "")
        .formParam("minutes", "1000", "1000", "")
        .formParam("statement", "The cost would exceed £450.")
        .formParam("advice", "Ask for one month only.")
        .post(base + "/cost")
        .then()
        .statusCode(303);
    Document costed = Page.open(base + "/cost").doc();
    assertThat(costed.select("#cost-total").text())
        .contains("33 hours 20 minutes")
        .contains("£833.33")
        .contains("£450");
    assertThat(Page.open(base + "/notice").doc().select("#notice-missing").text())
        .contains("s.17(7)(a)");

    // sending is refused while the notice lacks its s.17(7) particulars (unless acknowledged)
    LocalDate today = LocalDate.now();
    Response early =
        p.form()
            .formParam("sentOn-day", today.getDayOfMonth())
            .formParam("sentOn-month", today.getMonthValue())
            .formParam("sentOn-year", today.getYear())
            .post(base + "/send");
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(html(early).select(".govuk-error-summary a[href=#notice-reviewProcedure]"))
        .isNotEmpty();
    // shown again on the check-your-answers page, whose notice row the error links to
    assertThat(html(early).select("h1").text()).isEqualTo("Check your answers before sending");
    assertThat(html(early).select("#notice-reviewProcedure")).hasSize(1);
    assertThat(html(early).select("#send-sentOn").val())
        .isEqualTo(String.valueOf(today.getDayOfMonth()));
    p.form()
        .formParam(
            "reviewProcedure",
            "Ask for an internal review within 40 working days by writing to foi@example.gov.uk.")
        .formParam(
            "complaintRights",
            "You may then complain to the Information Commissioner under section 50.")
        .post(base + "/notice")
        .then()
        .statusCode(303);
    assertThat(Page.open(base + "/notice").doc().select("#notice-missing .govuk-warning-text"))
        .isEmpty();
    Page check = Page.open(base + "/send");
    assertThat(check.doc().select("#check-questions-list .govuk-summary-list__row")).hasSize(2);
    assertThat(check.doc().select("#send-form button").text()).isEqualTo("Send response");
    Response sending =
        check
            .form()
            .formParam("sentOn-day", today.getDayOfMonth())
            .formParam("sentOn-month", today.getMonthValue())
            .formParam("sentOn-year", today.getYear())
            .post(base + "/send");
    assertThat(sending.statusCode()).isEqualTo(303);
    assertThat(sending.header("Location")).endsWith(base + "/sent");
    Document confirmation = Page.open(base + "/sent").doc();
    assertThat(confirmation.select(".govuk-panel--confirmation h1").text())
        .isEqualTo("Response sent");
    assertThat(confirmation.select("#next-publish").attr("href")).isEqualTo(base + "/publish");

    // the sending is a clock event of the officer workspace; the request is SENT and its clock
    // stopped
    Map<String, Object> detail =
        given().get("/api/requests/" + ref).then().statusCode(200).extract().jsonPath().getMap("");
    assertThat(detail.get("state")).isEqualTo("SENT");
    assertThat(given().get("/api/requests/" + ref).jsonPath().getList("clockEvents.kind"))
        .containsExactly("RESPONSE_SENT");
    assertThat(given().get("/api/requests/" + ref).jsonPath().getString("clock.status"))
        .isEqualTo("STOPPED_SENT");

    String slug = "potholes-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    Page sent = Page.open(base + "/publish");
    assertThat(sent.doc().select("#publish-form button").text()).isEqualTo("Publish");
    Response publishing = sent.form().formParam("slug", slug).post(base + "/publish");
    assertThat(publishing.statusCode()).isEqualTo(303);
    assertThat(publishing.header("Location")).endsWith(base + "/published");
    assertThat(Page.open(base + "/published").doc().select(".govuk-panel--confirmation").text())
        .contains("Response published")
        .contains("/cases/" + slug);
    Document published =
        Jsoup.parse(given().get("/cases/" + slug).then().statusCode(200).extract().asString());
    assertThat(published.text())
        .contains("We filled 412 potholes.")
        .contains("Potholes filled in 2024")
        .doesNotContain("Ottoline");
    assertThat(published.select("td[data-state=NOT_HELD]")).hasSize(1);
    assertThat(Page.open(base).doc().select("#published-case").attr("href"))
        .isEqualTo("/cases/" + slug);

    // a correction is a new version; then an internal review, with its clock
    Page after = Page.open(base + "/publish");
    after.form().formParam("reason", "").post(base + "/corrections").then().statusCode(400);
    after
        .form()
        .formParam("reason", "Corrected the February figure.")
        .post(base + "/corrections")
        .then()
        .statusCode(303);
    after
        .form()
        .formParam("requestedOn-day", today.getDayOfMonth())
        .formParam("requestedOn-month", today.getMonthValue())
        .formParam("requestedOn-year", today.getYear())
        .post(base + "/review")
        .then()
        .statusCode(303);
    Document reviewing = Page.open(base + "/review").doc();
    assertThat(reviewing.select("#review-summary").text()).contains("Due");
    after
        .form()
        .formParam("reviewer", "Rupert")
        .formParam("outcome", "UPHELD")
        .formParam("reasons", "The estimate was sound.")
        .formParam("decidedOn-day", today.getDayOfMonth())
        .formParam("decidedOn-month", today.getMonthValue())
        .formParam("decidedOn-year", today.getYear())
        .post(base + "/review/decision")
        .then()
        .statusCode(303);
    assertThat(Page.open(base + "/review").doc().select("#review-summary").text())
        .contains("Rupert")
        .contains("Upheld");

    // the letter, to print and as PDF
    assertThat(given().get(base + "/letter").then().statusCode(200).extract().asString())
        .contains("We filled 412 potholes.");
    given().get(base + "/letter.pdf").then().statusCode(200).contentType("application/pdf");
  }

  @Test
  void aBadPasteShowsTheErrorAndSavesNothing() {
    String ref = logRequest("Bad paste");
    String base = page(ref);
    Page p = Page.open(base);
    p.form()
        .formParam("questions", "1", "2")
        .formParam("paragraphs", "One answer for both.")
        .post(base + "/answers")
        .then()
        .statusCode(303);
    Page t = Page.open(base + "/answers/1/tables/new");
    String cells = "Month\tFilled\nJanuary\tlots\n";
    Response bad =
        t.multipart()
            .multiPart("action", "save")
            .multiPart("caption", "Filled")
            .multiPart("headerRows", "1")
            .multiPart("cells", cells)
            .multiPart("notHeldConfirmed", "yes")
            .post(base + "/answers/1/tables");
    assertThat(bad.statusCode()).isEqualTo(400);
    Document d = html(bad);
    assertThat(d.select(".govuk-error-summary a[href=#cells]").text()).contains("reads \"lots\"");
    assertThat(d.select("#cells").text()).contains("January");
    assertThat(d.select("#caption").val()).isEqualTo("Filled");
    assertThat(
            given()
                .get("/api/responses/" + ref)
                .jsonPath()
                .getList("preview.questions[0].answer.tables"))
        .isEmpty();
    // a file that is not a table
    Response notATable =
        t.multipart()
            .multiPart("action", "preview")
            .multiPart("caption", "Filled")
            .multiPart("headerRows", "1")
            .multiPart("cells", "")
            .multiPart("file", "notes.pdf", "%PDF-1.4".getBytes(), "application/pdf")
            .post(base + "/answers/1/tables");
    assertThat(notATable.statusCode()).isEqualTo(400);
    assertThat(html(notATable).select("#file-error").text()).contains("CSV");
    // without the CSRF token the form is refused
    given()
        .redirects()
        .follow(false)
        .cookie(CSRF, t.cookie())
        .multiPart("action", "save")
        .multiPart("caption", "Filled")
        .multiPart("headerRows", "1")
        .multiPart("cells", "a\tb\nc\t1")
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(400);
    assertThat(
            given()
                .get("/api/responses/" + ref)
                .jsonPath()
                .getList("preview.questions[0].answer.tables"))
        .isEmpty();
  }

  @Test
  void aQualifiedExemptionNeedsThePublicInterestTest() {
    String ref = logRequest("Contract");
    String base = page(ref);
    Page p = Page.open(base + "/citations");
    Response r =
        p.form()
            .formParam("provision", "FOIA-43")
            .formParam("reasons", "Disclosure would prejudice the supplier.")
            .post(base + "/questions/1/citations");
    assertThat(r.statusCode()).isEqualTo(400);
    Document d = html(r);
    assertThat(d.select(".govuk-error-summary a").eachAttr("href"))
        .contains(
            "#cite-1-publicInterestFor",
            "#cite-1-publicInterestAgainst",
            "#cite-1-publicInterestConclusion");
    assertThat(d.select("#cite-1-publicInterestFor-error").text()).contains("s.17(3)");
    assertThat(d.select("h1").text()).isEqualTo("Citations and public interest tests");
    assertThat(d.select("#cite-1-reasons").text())
        .isEqualTo("Disclosure would prejudice the supplier.");
    assertThat(d.select("#cite-1-provision option[selected]").val()).isEqualTo("FOIA-43");
    assertThat(
            given()
                .get("/api/responses/" + ref)
                .jsonPath()
                .getList("preview.questions[0].provisions"))
        .isEmpty();
    p.form()
        .formParam("provision", "FOIA-43")
        .formParam("reasons", "Disclosure would prejudice the supplier.")
        .formParam("publicInterestFor", "Transparency in spending public money.")
        .formParam(
            "publicInterestAgainst", "The supplier's prices would be known to its competitors.")
        .formParam(
            "publicInterestConclusion", "The balance favours withholding while the tender is open.")
        .post(base + "/questions/1/citations")
        .then()
        .statusCode(303);
    Document cited = Page.open(base + "/citations").doc();
    assertThat(cited.select("#question-1-citations").text()).contains("s.43");
    assertThat(cited.select("#public-interest").text()).isEqualTo("Public interest tests");
    assertThat(cited.select(".app-ground").text())
        .contains("Transparency in spending public money.");
  }

  /** Issue 17: one citation for the questions ticked; no public interest test on s.21. */
  @Test
  void citeOnceForSeveralQuestionsWithTheCheckboxes() {
    String ref = logRequest("Statistics");
    String base = page(ref);
    Page p = Page.open(base + "/citations");
    assertThat(p.doc().select("#cite-form input[type=checkbox][name=questions]").eachAttr("value"))
        .containsExactly("1", "2");
    Response refused =
        p.form()
            .formParam("provision", "FOIA-21")
            .formParam("questions", "1", "2")
            .formParam("reasons", "The figures are published on Data Mill North.")
            .formParam("publicInterestFor", "Transparency.")
            .formParam("precedents", "FS50123456\nnot a reference")
            .post(base + "/citations");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document d = html(refused);
    assertThat(d.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#cite-publicInterestFor", "#cite-precedents");
    assertThat(d.select("#cite-publicInterestFor-error").text())
        .contains("s.21 is an absolute exemption (FOIA s.2(3)(a))");
    assertThat(d.select("#cite-questions").hasAttr("checked")).isTrue();
    assertThat(d.select("#cite-questions-2").hasAttr("checked")).isTrue();
    assertThat(d.select("#cite-reasons").text())
        .isEqualTo("The figures are published on Data Mill North.");
    assertThat(given().get("/api/responses/" + ref).jsonPath().getList("citations")).isEmpty();

    p.form()
        .formParam("provision", "FOIA-21")
        .formParam("questions", "1", "2")
        .formParam("reasons", "The figures are published on Data Mill North.")
        .formParam("precedents", "FS50123456")
        .post(base + "/citations")
        .then()
        .statusCode(303);
    Document after = Page.open(base + "/citations").doc();
    assertThat(after.select("#citation-list li").text())
        .contains("s.21")
        .contains("Questions 1 and 2");
    assertThat(after.select("#question-1-citations").text()).contains("s.21");
    assertThat(after.select("#question-2-citations").text()).contains("s.21");

    Page again = Page.open(base + "/citations");
    again.form().post(base + "/citations/1/remove").then().statusCode(303);
    assertThat(Page.open(base + "/citations").doc().select("#citation-list")).isEmpty();
  }

  /** Issue 20: the compose page is a task list; each status follows what is recorded. */
  @Test
  void theTaskListShowsEachSectionsStatus() {
    String ref = logRequest("Task list");
    String base = page(ref);
    Document tasks = Page.open(base).doc();
    assertThat(tasks.select(".govuk-task-list__link").eachAttr("href"))
        .containsExactly(
            base + "/questions",
            base + "/answers",
            base + "/citations",
            base + "/cost",
            base + "/notice",
            base + "/letter");
    assertThat(tasks.select("#task-questions-status").text()).isEqualTo("Not started");
    assertThat(tasks.select("#task-cost-status").text()).isEqualTo("Not needed");
    assertThat(tasks.select("#check-send").attr("href")).isEqualTo(base + "/send");
    for (String section : List.of("questions", "answers", "citations", "cost", "notice")) {
      Document d = Page.open(base + "/" + section).doc();
      assertThat(d.select(".govuk-back-link").attr("href")).as(section).isEqualTo(base);
      assertThat(d.select(".govuk-notification-banner")).as(section).isEmpty();
    }

    Page q = Page.open(base + "/questions");
    q.form()
        .formParam("outcome", "REFUSED_COST_LIMIT")
        .post(base + "/questions/1/outcome")
        .then()
        .statusCode(303);
    tasks = Page.open(base).doc();
    assertThat(tasks.select("#task-questions-status").text()).isEqualTo("In progress");
    assertThat(tasks.select("#task-questions-hint").text())
        .isEqualTo("1 of 2 questions have an outcome");
    assertThat(tasks.select("#task-cost-status").text()).isEqualTo("Not started");
    assertThat(tasks.select("#task-citations-status").text()).isEqualTo("Not started");

    // a refresh of the page a form redirected to repeats only the GET; a second post of the
    // same form (a double click) is refused as stale and saves nothing twice
    Document banner = Page.open(base + "/questions?done=outcome").doc();
    assertThat(banner.select(".govuk-notification-banner--success").text())
        .contains("The outcome is saved");
    Page.open(base + "/questions?done=outcome");
    String stale = q.doc().select("#q2-outcome-form input[name=version]").val();
    assertThat(
            q.form()
                .formParam("outcome", "PROVIDED_IN_FULL")
                .formParam("version", stale)
                .post(base + "/questions/2/outcome")
                .statusCode())
        .isEqualTo(409);
    assertThat(
            given()
                .get("/api/responses/" + ref)
                .jsonPath()
                .getString("preview.questions[1].outcome"))
        .isNull();
    q.form()
        .formParam("outcome", "PROVIDED_IN_FULL")
        .post(base + "/questions/2/outcome")
        .then()
        .statusCode(303);
    assertThat(Page.open(base).doc().select("#task-questions-status").text())
        .isEqualTo("Completed");
    // an unknown banner key shows no banner (nothing typed is echoed from the address)
    assertThat(
            Page.open(base + "/questions?done=%3Cscript%3E")
                .doc()
                .select(".govuk-notification-banner"))
        .isEmpty();
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void anAuditorCannotPostAnyForm() {
    String base = "/officer/requests/FOI-2026-00001/response";
    for (String path :
        List.of(
            "/questions/1/outcome",
            "/answers",
            "/answers/1",
            "/answers/1/tables",
            "/answers/1/tables/1/remove",
            "/questions/1/citations",
            "/questions/1/citations/1/remove",
            "/citations",
            "/citations/1/remove",
            "/cost",
            "/notice",
            "/send",
            "/publish",
            "/withhold",
            "/corrections",
            "/review",
            "/review/decision")) {
      given()
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded")
          .formParam("x", "y")
          .post(base + path)
          .then()
          .statusCode(403);
    }
    given().redirects().follow(false).get(base).then().statusCode(403);
  }
}
