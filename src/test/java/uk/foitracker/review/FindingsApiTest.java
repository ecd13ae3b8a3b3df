package uk.foitracker.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FindingsApiTest {

  @BeforeEach
  void data() {
    AuditFixtures.lateCommercialRefusal();
  }

  @Test
  void withoutATokenIs401() {
    given().get("/api/audit/findings").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void anOfficerIsRefused() {
    given().get("/api/audit/findings").then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void leicesterFindingsByRule() {
    given()
        .queryParam("case", "leicester-cse-cce-2015-2024")
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("case", everyItem(equalTo("leicester-cse-cce-2015-2024")))
        .body(
            "ruleId",
            contains(
                "S17_7_RIGHTS",
                "IDENTICAL_TABLES",
                "S1_1_A_NOT_HELD_AS_EXEMPTION",
                "S12_ITEMISED_ESTIMATE",
                "TERM_RENAMED",
                "TIMELINESS",
                "S17_NOTICE_TIMELINESS"))
        .body("[0].provision", equalTo("s.17(7)"))
        .body("[0].questionNumbers", contains(4, 5))
        .body("[0].severity", equalTo("HIGH"))
        .body("[0].message", containsString("Information Commissioner"))
        .body("find { it.ruleId == 'S12_ITEMISED_ESTIMATE' }.questionNumbers", contains(4, 5))
        .body("find { it.ruleId == 'TERM_RENAMED' }.message", containsString("\"CE\""))
        .body("find { it.ruleId == 'TIMELINESS' }.message", containsString("dates not stated"))
        .body("ruleId", not(hasItem("S16_ADVICE")))
        .body("ruleId", not(hasItem("SMALL_NUMBERS")));
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aLateResponseFromTheDatabaseDates() {
    given()
        .queryParam("case", AuditFixtures.SLUG)
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .body("reference", everyItem(equalTo("AUDIT-TEST-1")))
        .body(
            "ruleId",
            hasItems(
                "TIMELINESS",
                "S17_NOTICE_TIMELINESS",
                "S17_1_REASONS",
                "S17_3_PUBLIC_INTEREST",
                "S17_7_RIGHTS"))
        .body(
            "find { it.ruleId == 'TIMELINESS' }.message",
            equalTo("Sent on 5 June 2023, 3 working days after it was due (31 May 2023)."))
        .body("find { it.ruleId == 'S17_1_REASONS' }.questionNumbers", contains(1))
        .body("severity", not(hasItem("CANNOT_ASSESS")));
  }

  /** A request not published has no slug: its findings are asked for by its reference. */
  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void findingsByReference() {
    given()
        .queryParam("reference", "AUDIT-TEST-1")
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .body("reference", everyItem(equalTo("AUDIT-TEST-1")))
        .body("ruleId", hasItems("TIMELINESS", "S17_1_REASONS"));
    given()
        .queryParam("reference", "NO-SUCH-REFERENCE")
        .get("/api/audit/findings")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  /**
   * Issue 18: the checks read what the database records, not words in the answers: the clock events
   * (a clarification restarts the 20 days), the public interest test, the notice's review and
   * complaint paragraphs, and whether a table counts people.
   */
  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aCompleteRefusalHasNoFindings() {
    AuditFixtures.completeCommercialRefusal();
    given()
        .queryParam("case", AuditFixtures.COMPLETE_SLUG)
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .body("ruleId", empty());
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void allCasesAndUnknownCase() {
    // the findings come 20 cases at a time: read every page, following the Link header
    java.util.List<String> cases = new java.util.ArrayList<>();
    String next = "/api/audit/findings";
    while (next != null) {
      io.restassured.response.Response page = given().get(next);
      page.then().statusCode(200);
      cases.addAll(page.jsonPath().getList("case", String.class));
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(page.header("Link"));
      next = m.find() ? m.group(1) : null;
    }
    org.assertj.core.api.Assertions.assertThat(cases)
        .contains("leicester-cse-cce-2015-2024", AuditFixtures.SLUG);
    given()
        .queryParam("case", "no-such-case")
        .get("/api/audit/findings")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("no-such-case"));
  }

  /**
   * Issue 18: the findings as at a day (asAt). What is still open is judged as at it (the corpus
   * test shows a thread that ends before its reg 7 due date is not late); a response already sent
   * is judged on the day it was sent, whatever the day asked for.
   */
  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void findingsAsAtADay() {
    given()
        .queryParam("reference", "AUDIT-TEST-1")
        .queryParam("asAt", "2023-06-01")
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .header("X-As-At", "2023-06-01")
        .body("asAt", everyItem(equalTo("2023-06-01")))
        .body(
            "find { it.ruleId == 'TIMELINESS' }.message",
            equalTo("Sent on 5 June 2023, 3 working days after it was due (31 May 2023)."));
    given()
        .queryParam("case", AuditFixtures.SLUG)
        .queryParam("asAt", " 2024-01-31 ")
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .header("X-As-At", "2024-01-31")
        .body("ruleId", hasItems("TIMELINESS", "S17_1_REASONS"));
    // without asAt: as at today, said in the header and on each finding
    String today =
        given()
            .queryParam("case", AuditFixtures.SLUG)
            .get("/api/audit/findings")
            .then()
            .statusCode(200)
            .extract()
            .header("X-As-At");
    given()
        .queryParam("case", AuditFixtures.SLUG)
        .get("/api/audit/findings")
        .then()
        .body("asAt", everyItem(equalTo(today)));
    // every page of cases as at a day, the Link header keeping the day
    given()
        .queryParam("asAt", "2024-01-31")
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .header("X-As-At", "2024-01-31")
        .header("Link", containsString("asAt=2024-01-31"))
        .body("asAt", everyItem(equalTo("2024-01-31")));
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aBadAsAtIsAProblem() {
    for (String bad : new String[] {"31/01/2024", "2024-02-30", "yesterday", "+12024-01-01"}) {
      given()
          .queryParam("reference", "AUDIT-TEST-1")
          .queryParam("asAt", bad)
          .get("/api/audit/findings")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains("asAt"))
          .body("errors[0].message", containsString("YYYY-MM-DD"));
    }
    given()
        .queryParam("asAt", "2999-01-01")
        .get("/api/audit/findings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("asAt"))
        .body("errors[0].message", containsString("today or a day before today"));
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void documentedInOpenApi() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(containsString("/api/audit/findings"));
    given().get("/api/audit/findings").then().body("$", not(hasSize(0)));
  }
}
