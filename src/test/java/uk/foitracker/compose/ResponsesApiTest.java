package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input changes nothing; qualified exemptions; personal data; corrections; review. */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ResponsesApiTest {

  private String logRequest(String requester) {
    return ApiRequests.log(
        "School meals " + Integer.toHexString(requester.hashCode()),
        null,
        List.of("How many school meals were served in 2024?", "What did they cost?"),
        null,
        LocalDate.now().minusDays(5),
        requester,
        "someone@example.org");
  }

  private static io.restassured.specification.RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  @Test
  void badUploadsGetClearMessagesAndSaveNothing() throws Exception {
    String ref = logRequest("Ursula Vantongeren");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of(
            "fileName", "meals.pdf", "content", "JVBERi0=", "caption", "Meals", "confirm", true))
        .post(base + "/answers/1/tables/file")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"))
        .body("errors[0].message", equalTo("The file must be a CSV (.csv) or Excel (.xlsx) file"));
    String notXlsx = Base64.getEncoder().encodeToString("this is not a workbook".getBytes());
    json(Map.of("fileName", "meals.xlsx", "content", notXlsx, "caption", "Meals", "confirm", true))
        .post(base + "/answers/1/tables/file")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("not an Excel workbook"));
    String prose = Base64.getEncoder().encodeToString("Dear officer, thank you.".getBytes());
    json(Map.of("fileName", "meals.csv", "content", prose, "caption", "Meals", "confirm", true))
        .post(base + "/answers/1/tables/file")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("This is not a table"));
    json(Map.of("caption", "Meals", "cells", "Year\tMeals\n2024\tlots\n"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("Row 2, column B reads \"lots\""));
    get(base).body("preview.questions[0].answer.tables", hasSize(0));

    // a good XLSX: preview, then confirm
    String xlsx =
        Base64.getEncoder().encodeToString(uk.foitracker.answer.TableImportTest.workbook());
    json(Map.of("fileName", "a.xlsx", "content", xlsx, "caption", "Meals", "headerRows", 2))
        .post(base + "/answers/1/tables/file")
        .then()
        .statusCode(200)
        .body("table.columnGroups.label", contains("CSE", "CE"))
        .body("notHeldCells", equalTo(2));
    json(Map.of(
            "fileName",
            "a.xlsx",
            "content",
            xlsx,
            "caption",
            "Meals",
            "headerRows",
            2,
            "notHeldConfirmed",
            true,
            "confirm",
            true))
        .post(base + "/answers/1/tables/file")
        .then()
        .statusCode(200);
    get(base)
        .body(
            "preview.questions[0].answer.tables[0].rows[0].cells.text",
            contains("1,019", "20", "-", "-"));
  }

  /** Issue 18: countsPeople marks a table of people (children, staff), not of events. */
  @Test
  void aTableSaysWhetherItCountsPeople() {
    String ref = logRequest("Ottoline Brackenbury");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of(
            "caption",
            "Pupils given free meals",
            "cells",
            "Year\tPupils\n2024\t3\n",
            "countsPeople",
            true))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200)
        .body("position", equalTo(1));
    json(Map.of("caption", "Meals served", "cells", "Year\tMeals\n2024\t4\n"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200)
        .body("position", equalTo(2));
    get(base).body("preview.questions[0].answer.tables.countsPeople", contains(true, false));
  }

  @Test
  void qualifiedExemptionNeedsThePublicInterestTestAndNotHeldIsADenial() {
    String ref = logRequest("Wilhelmina Oyelaran");
    String base = "/api/responses/" + ref;
    json(Map.of("provision", "FOIA-43", "reasons", "Prices in a live tender"))
        .post(base + "/questions/2/citations")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains("publicInterestFor", "publicInterestAgainst", "publicInterestConclusion"));
    json(Map.of("provision", "EIR-12-4-a", "reasons", "x"))
        .post(base + "/questions/2/citations")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("this request is under the FOIA"));
    json(Map.of(
            "provision",
            "FOIA-43",
            "reasons",
            "Prices in a live tender",
            "publicInterestFor",
            "Transparency",
            "publicInterestAgainst",
            "Fair competition",
            "publicInterestConclusion",
            "The tender is live"))
        .post(base + "/questions/2/citations")
        .then()
        .statusCode(200);
    json(Map.of("provision", "FOIA-1-1-a", "reasons", "No record of meals is kept"))
        .post(base + "/questions/1/citations")
        .then()
        .statusCode(200);
    get(base)
        .body("preview.questions[0].provisions[0].role", equalTo("DENIAL"))
        .body("preview.questions[1].provisions[0].role", equalTo("EXEMPTION"))
        .body("notice.required", equalTo(true))
        .body("notice.missing.section", contains("s.17(7)(a)", "s.17(7)(b)"));
    json(Map.of(
            "reviewProcedure",
            "Ask for a review within 40 working days.",
            "complaintRights",
            "You may complain to the Information Commissioner under section 50."))
        .put(base + "/notice")
        .then()
        .statusCode(200)
        .body("missing", hasSize(0));
  }

  @Test
  void costLinesThatDoNotCountAreRefusedAndTheTotalRuns() {
    String ref = logRequest("Xavier Quenneville");
    String base = "/api/responses/" + ref;
    json(Map.of(
            "questions",
            List.of(1, 2),
            "lines",
            List.of(
                Map.of("activity", "LOCATING", "basis", "1,400 files × 3 minutes", "minutes", 4200),
                Map.of("activity", "CONSIDERING_EXEMPTIONS", "basis", "review", "minutes", 60))))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lines[1].activity"))
        .body("errors[0].message", containsString("reg 4(3)"));
    get(base).body("preview.costAssessment", org.hamcrest.Matchers.nullValue());
    json(Map.of(
            "questions",
            List.of(1, 2),
            "lines",
            List.of(
                Map.of(
                    "activity", "LOCATING", "basis", "1,400 files × 3 minutes", "minutes", 4200))))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200)
        .body("hoursText", equalTo("70 hours"))
        .body("costPence", equalTo(175000))
        .body("exceedsLimit", equalTo(true));
    get(base)
        .body("preview.costAssessment.lines[0].activityLabel", equalTo("Locating the information"))
        .body("preview.costAssessment.estimatedMinutes", equalTo(4200));
  }

  @Test
  void publicationRefusesPersonalDataThenCorrectionsAreVersionsAndReviewIsRecorded() {
    String ref = logRequest("Yolanda Brackenridge");
    String base = "/api/responses/" + ref;
    json(Map.of(
            "questions",
            List.of(1, 2),
            "paragraphs",
            List.of("Dear Yolanda Brackenridge, 41,000 meals at £2.40 each.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    for (int q = 1; q <= 2; q++) {
      json(Map.of("outcome", "PROVIDED_IN_FULL"))
          .put(base + "/questions/" + q + "/outcome")
          .then()
          .statusCode(204);
    }
    String today = LocalDate.now().toString();
    json(Map.of("slug", "meals-too-early"))
        .post(base + "/publish")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("Send the response before publishing it"));
    json(Map.of("sentOn", today))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("noticeLacked", hasSize(0));
    String slug = "school-meals-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .statusCode(400)
        .body(
            "errors.message",
            hasItem(containsString("the requester's name from questions[0].answer.paragraphs[0]")));
    given().get("/api/cases/" + slug).then().statusCode(404);

    // the answer was sent: it is corrected with a reason (recorded as a correction)
    json(Map.of(
            "questions",
            List.of(1, 2),
            "paragraphs",
            List.of("41,000 meals at £2.40 each."),
            "reason",
            "The requester's name was left in the answer."))
        .put(base + "/answers/1")
        .then()
        .statusCode(200);
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
    given()
        .get("/api/cases/" + slug)
        .then()
        .statusCode(200)
        .body("questions[0].answer.paragraphs[0]", equalTo("41,000 meals at £2.40 each."));

    // a correction needs a reason, and is published at once as a new version
    json(Map.of("questions", List.of(1, 2), "paragraphs", List.of("41,200 meals at £2.40 each.")))
        .put(base + "/answers/1")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    given()
        .get("/api/cases/" + slug)
        .then()
        .body("questions[0].answer.paragraphs[0]", equalTo("41,000 meals at £2.40 each."));
    json(Map.of("reason", ""))
        .post(base + "/corrections")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    json(Map.of("reason", "x".repeat(2001)))
        .post(base + "/corrections")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("The reason must be 2,000 characters or fewer"));
    json(Map.of(
            "questions",
            List.of(1, 2),
            "paragraphs",
            List.of("41,200 meals at £2.40 each."),
            "reason",
            "The count missed one school."))
        .put(base + "/answers/1")
        .then()
        .statusCode(200);
    given()
        .get("/api/cases/" + slug)
        .then()
        .body("questions[0].answer.paragraphs[0]", equalTo("41,200 meals at £2.40 each."));
    given()
        .get("/api/cases/" + slug + "/versions")
        .then()
        .statusCode(200)
        .body("version", contains(1, 2))
        .body("reason[1]", equalTo("The count missed one school."));
    given()
        .get("/api/cases/" + slug + "/versions/1")
        .then()
        .body("questions[0].answer.paragraphs[0]", equalTo("41,000 meals at £2.40 each."));
    String page =
        given()
            .accept(ContentType.HTML)
            .get("/cases/" + slug)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("Version 2, corrected on")
        .contains("The count missed one school.")
        .contains("/cases/" + slug + "/versions/1");
    given()
        .accept(ContentType.HTML)
        .get("/cases/" + slug + "/versions/1")
        .then()
        .statusCode(200)
        .body(containsString("41,000 meals"));

    json(Map.of("requestedOn", today))
        .post(base + "/review")
        .then()
        .statusCode(200)
        .body("clockStatus", equalTo("PENDING"))
        .body("due", org.hamcrest.Matchers.notNullValue());
    json(Map.of("reviewer", "", "outcome", "MAYBE", "reasons", "", "decidedOn", today))
        .put(base + "/review")
        .then()
        .statusCode(400)
        .body("errors.field", contains("reviewer", "outcome", "reasons"));
    json(Map.of(
            "reviewer",
            "Head of Information Governance",
            "outcome",
            "UPHELD",
            "reasons",
            "The figures were right.",
            "decidedOn",
            today))
        .put(base + "/review")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("UPHELD"))
        .body("clockStatus", equalTo("DECIDED_ON_TIME"));
    assertThat(auditActions(ref))
        .contains(
            "RESPONSE_SENT",
            "RESPONSE_PUBLISHED",
            "CORRECTION_PUBLISHED",
            "REVIEW_REQUESTED",
            "REVIEW_DECIDED");
  }

  @Inject AuditQueries audit;

  private List<String> auditActions(String ref) {
    return audit.actions(ref);
  }

  @Test
  void withholdNeedsAReason() {
    String ref = logRequest("Zacharias Okonkwo-Lind");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1, 2), "paragraphs", List.of("Not held.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    for (int q = 1; q <= 2; q++) {
      json(Map.of("outcome", "NOT_HELD"))
          .put(base + "/questions/" + q + "/outcome")
          .then()
          .statusCode(204);
    }
    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    json(Map.of("reason", " ")).post(base + "/withhold").then().statusCode(400);
    json(Map.of("reason", "x".repeat(2001))).post(base + "/withhold").then().statusCode(400);
    // a reason of the longest length allowed is kept whole though the audit summary quoting it is
    // cut to its column (this once failed with a database error)
    String longest = "Identifies a pupil. " + "y".repeat(1980);
    json(Map.of("reason", longest)).post(base + "/withhold").then().statusCode(204);
    get(base).body("state", equalTo("WITHHELD_FROM_LOG")).body("withheldReason", equalTo(longest));
    assertThat(auditActions(ref)).contains("RESPONSE_WITHHELD");
  }

  private static io.restassured.response.ValidatableResponse get(String path) {
    return given().get(path).then().statusCode(200);
  }
}
