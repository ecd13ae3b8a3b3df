package uk.foitracker.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.request.FoiRequest;

/** Issue 18, item 4: from each finding, the auditor reads the case it is about, read-only. */
@QuarkusTest
class EvidencePageTest {

  @BeforeEach
  void data() {
    AuditFixtures.lateCommercialRefusal();
  }

  private static Document page(String path) {
    return Jsoup.parse(
        given().get(path).then().statusCode(200).contentType("text/html").extract().asString());
  }

  /** The Leicester case has no reference: its evidence is addressed by its slug. */
  private static String leicesterReference() {
    String ref =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    FoiRequest.findBySlug(RefusalsPageTest.LEICESTER)
                        .orElseThrow()
                        .systemReference);
    return ref == null ? RefusalsPageTest.LEICESTER : ref;
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void eachFindingLinksToTheEvidenceOfItsCase() {
    Document refusals = page("/audit/refusals");
    String ref = leicesterReference();
    assertThat(
            refusals
                .select("[data-case=" + RefusalsPageTest.LEICESTER + "] .app-finding a")
                .eachAttr("href"))
        .contains("/audit/cases/" + ref + "#findings");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theEvidenceHoldsFindingsQuestionsGroundsClockAndTrail() {
    Document d = page("/audit/cases/AUDIT-TEST-1");
    assertThat(d.select("#findings ~ ul .app-finding").eachAttr("data-rule"))
        .contains("S17_1_REASONS", "TIMELINESS");
    assertThat(d.select("[data-question=1] blockquote").text())
        .isEqualTo("What are the unit prices in the waste contract?");
    assertThat(d.text()).contains("s.43").contains("The contract runs to 2030.");
    assertThat(d.selectFirst("#clock")).isNotNull();
    assertThat(d.select("#clock-figures").text()).contains("Due").contains("31 May 2023");
    assertThat(d.selectFirst("#timeline")).isNotNull();
    assertThat(d.select("#notice").text()).contains("refusal notice");
    // the header's sign-out button is the only form that acts: the evidence itself has no action
    // (the form choosing the day the findings are judged as at only reads, by GET)
    assertThat(d.select("form:not([action=/sign-out]):not([method=get])"))
        .as("read-only: no action forms")
        .isEmpty();
    assertThat(d.select("a[href=/audit/cases/AUDIT-TEST-1/letter]")).hasSize(1);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aPublishedCaseShowsItsTablesAndTheLetterWithoutTheAddressee() {
    String ref = leicesterReference();
    Document d = page("/audit/cases/" + ref);
    assertThat(d.select("table").size()).isGreaterThan(1);
    assertThat(d.select(".app-finding").eachAttr("data-rule")).contains("S17_7_RIGHTS");
    String letter =
        given().get("/audit/cases/" + ref + "/letter").then().statusCode(200).extract().asString();
    assertThat(Jsoup.parse(letter).text()).contains("Leicester City Council");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void anUnknownReferenceIsNotFound() {
    given().get("/audit/cases/NO-SUCH-REF").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void anOfficerCannotReadTheEvidencePages() {
    given().get("/audit/cases/AUDIT-TEST-1").then().statusCode(403);
    given().get("/audit/cases/AUDIT-TEST-1/letter").then().statusCode(403);
  }

  /** Issue 18: the findings judged as at another day; a day that is not valid is an error. */
  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theFindingsAsAtADay() {
    Document today = page("/audit/cases/AUDIT-TEST-1");
    assertThat(today.select("#as-at-day").text()).startsWith("Judged as at ");
    assertThat(today.select("form[method=get][action=/audit/cases/AUDIT-TEST-1] input#asAt"))
        .hasSize(1);
    Document asAt = page("/audit/cases/AUDIT-TEST-1?asAt=2023-06-01");
    assertThat(asAt.select("#as-at-day").text()).startsWith("Judged as at 1 June 2023:");
    assertThat(asAt.select("input#asAt").attr("value")).isEqualTo("2023-06-01");
    assertThat(asAt.select(".app-finding").eachAttr("data-rule")).contains("TIMELINESS");
    assertThat(asAt.select(".govuk-error-summary")).isEmpty();
    Document bad = page("/audit/cases/AUDIT-TEST-1?asAt=01-06-2023");
    assertThat(bad.select(".govuk-error-summary a[href=#asAt]").text()).contains("YYYY-MM-DD");
    assertThat(bad.select("#asAt-error").text()).contains("YYYY-MM-DD");
    assertThat(bad.select("input#asAt").attr("value")).isEqualTo("01-06-2023");
    assertThat(bad.select(".app-finding").eachAttr("data-rule")).contains("TIMELINESS");
  }
}
