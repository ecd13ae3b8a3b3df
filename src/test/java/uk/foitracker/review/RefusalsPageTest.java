package uk.foitracker.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.request.FoiRequest;

@QuarkusTest
class RefusalsPageTest {
  static final String LEICESTER = "leicester-cse-cce-2015-2024";

  @BeforeEach
  void data() {
    AuditFixtures.lateCommercialRefusal();
  }

  static Document page(String query) {
    return Jsoup.parse(
        given()
            .get("/audit/refusals" + query)
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString());
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void anOfficerCannotSeeOrMark() {
    given().get("/audit/refusals").then().statusCode(403);
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("requestId", 1)
        .formParam("ruleId", "S17_7_RIGHTS")
        .formParam("verdict", "ACCEPTED")
        .formParam("note", "x")
        .post("/audit/refusals/marks")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void leicesterRefusalsWithGroundsAndFindingsByRule() {
    Element c = page("").selectFirst("[data-case=" + LEICESTER + "]");
    assertThat(c).isNotNull();
    assertThat(c.select("tr[data-question]").eachAttr("data-question"))
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(c.select(".app-finding").eachAttr("data-rule"))
        .containsExactly(
            "S17_7_RIGHTS",
            "IDENTICAL_TABLES",
            "S1_1_A_NOT_HELD_AS_EXEMPTION",
            "S12_ITEMISED_ESTIMATE",
            "TERM_RENAMED",
            "TIMELINESS",
            "S17_NOTICE_TIMELINESS");
    assertThat(c.select(".app-finding").first().select(".govuk-tag").text()).isEqualTo("High");
    assertThat(c.selectFirst("[data-rule=S12_ITEMISED_ESTIMATE]").attr("data-questions"))
        .isEqualTo("4,5");
    assertThat(c.selectFirst("tr[data-question=4]").select(".app-ground").text())
        .contains("s.12")
        .contains("£450");
    // each finding linked by its anchor, in plain words: never the rule's internal id
    assertThat(c.selectFirst("tr[data-question=4]").select("a").eachAttr("href"))
        .anyMatch(h -> h.contains("s17-7-rights"))
        .anyMatch(h -> h.contains("s12-itemised-estimate"));
    assertThat(c.selectFirst("tr[data-question=4]").select("a").text())
        .doesNotContain("S17_7_RIGHTS", "S12_ITEMISED_ESTIMATE");
    assertThat(c.select(".app-note").text()).contains("Questions 4 and 5").contains("not cited");
    assertThat(c.select("dl").text()).contains("Not assigned").contains("Not stated");
    assertThat(c.select("form[method=post] input[name=csrf-token]")).isNotEmpty();
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void worstCaseFirst() {
    // the page shows 20 cases at a time: read every page
    List<String> cases = new java.util.ArrayList<>();
    for (Document p = page(""); p != null; p = next(p)) {
      cases.addAll(p.select("[data-case]").eachAttr("data-case"));
    }
    // Both cases' worst finding is HIGH; Leicester has more findings (7 against 5), so it comes
    // first
    assertThat(cases).containsSubsequence(LEICESTER, AuditFixtures.SLUG);
    Document doc = page("");
    for (Element c : doc.select("[data-case]")) {
      List<String> severities = c.select(".app-finding").eachAttr("data-severity");
      assertThat(severities).isSortedAccordingTo((a, b) -> Integer.compare(rank(a), rank(b)));
    }
  }

  static Document next(Document page) {
    Element next = page.selectFirst(".govuk-pagination a[rel=next]");
    return next == null ? null : page(next.attr("href").substring("/audit/refusals".length()));
  }

  static int rank(String severity) {
    return uk.foitracker.rules.checks.Severity.valueOf(severity).ordinal();
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void filters() {
    Document cost = page("?outcome=REFUSED_COST_LIMIT");
    // other tests publish cases too (the compose tests re-create Leicester): look at Leicester's
    assertThat(cost.select("[data-case]").eachAttr("data-case")).contains(LEICESTER);
    var leicester = cost.select("[data-case=" + LEICESTER + "]");
    assertThat(leicester.select("tr[data-question]").eachAttr("data-question"))
        .containsExactly("4", "5");
    assertThat(leicester.select(".app-finding").eachAttr("data-rule"))
        .contains("S12_ITEMISED_ESTIMATE", "S17_7_RIGHTS")
        .doesNotContain("IDENTICAL_TABLES", "TERM_RENAMED");
    assertThat(cost.select("#outcome option[selected]").attr("value"))
        .isEqualTo("REFUSED_COST_LIMIT");

    // other tests publish real letters citing s.43 too (examples, citation groups): look at ours
    Document s43 = page("?provision=FOIA-43");
    assertThat(s43.select("[data-case]").eachAttr("data-case")).contains(AuditFixtures.SLUG);
    assertThat(
            s43.select("[data-case=" + AuditFixtures.SLUG + "] tr[data-question]")
                .eachAttr("data-question"))
        .containsExactly("1");

    assertThat(page("?year=2023").select("[data-case]").eachAttr("data-case"))
        .contains(AuditFixtures.SLUG)
        .doesNotContain(LEICESTER);
    assertThat(page("?officer=olive").select("[data-case]").eachAttr("data-case"))
        .containsExactly(AuditFixtures.SLUG);
    assertThat(page("?year=1999").select("[data-case]")).isEmpty();
    assertThat(page("?year=2023").select("#year option").eachAttr("value")).contains("2023");
    assertThat(
            page("?outcome=NOT_HELD")
                .select("[data-case=" + LEICESTER + "] tr[data-question]")
                .eachAttr("data-question"))
        .containsExactly("6");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aMarkWithoutANoteIsRefusedAndTheFormKeepsTheVerdict() {
    Response get = given().get("/audit/refusals");
    String token = Jsoup.parse(get.asString()).selectFirst("input[name=csrf-token]").val();
    long leicester = leicesterId();
    String html =
        given()
            .cookie("csrf-token", get.cookie("csrf-token"))
            .contentType("application/x-www-form-urlencoded")
            .formParam("csrf-token", token)
            .formParam("requestId", leicester)
            .formParam("ruleId", "S12_ITEMISED_ESTIMATE")
            .formParam("questions", "4,5")
            .formParam("verdict", "DISPUTED")
            .formParam("note", "   ")
            .post("/audit/refusals/marks")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".govuk-error-summary").text()).contains("Enter a note on the finding");
    Element finding = doc.selectFirst("[data-rule=S12_ITEMISED_ESTIMATE]");
    assertThat(finding.select(".govuk-error-message").text()).contains("Enter a note");
    assertThat(finding.select("input[value=DISPUTED]").hasAttr("checked")).isTrue();
    assertThat(doc.select(".govuk-error-summary a").attr("href"))
        .isEqualTo("#" + finding.id() + "-note");
    assertThat(doc.title()).startsWith("Error:");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aMarkIsSavedWithAnAuditEventAndCanBeChanged() {
    long leicester = leicesterId();
    long before = events(leicester);
    post(leicester, "TERM_RENAMED", "1,2", "DISPUTED", "CE is what Leicester calls CCE.")
        .then()
        .statusCode(303)
        .header(
            "Location",
            org.hamcrest.Matchers.endsWith(
                "/audit/refusals#finding-" + leicester + "-term-renamed-1-2"));
    post(
            leicester,
            "TERM_RENAMED",
            "1,2",
            "ACCEPTED",
            "CE is wider than CCE: the answer counts something else.")
        .then()
        .statusCode(303);
    Element finding =
        page("").selectFirst("[data-case=" + LEICESTER + "] [data-rule=TERM_RENAMED]");
    assertThat(finding.select(".app-finding__mark").text())
        .contains("Accepted")
        .contains("adam")
        .contains("CE is wider than CCE");
    given()
        .queryParam("case", LEICESTER)
        .get("/api/audit/findings")
        .then()
        .body(
            "find { it.ruleId == 'TERM_RENAMED' }.mark.verdict",
            org.hamcrest.Matchers.equalTo("ACCEPTED"))
        .body(
            "find { it.ruleId == 'TERM_RENAMED' }.mark.markedBy",
            org.hamcrest.Matchers.equalTo("adam"));
    List<AuditEvent> events =
        QuarkusTransaction.requiringNew().call(() -> AuditEvent.forSubject("request", leicester));
    assertThat(events).hasSize((int) before + 2);
    AuditEvent last = events.get(events.size() - 1);
    assertThat(last.actor).isEqualTo("adam");
    assertThat(last.action).isEqualTo("FINDING_ACCEPTED");
    assertThat(last.summary).contains("TERM_RENAMED").contains("questions 1 and 2");
    assertThat(last.beforeState).isEqualTo("DISPUTED: CE is what Leicester calls CCE.");
    assertThat(events.get(events.size() - 2).action).isEqualTo("FINDING_DISPUTED");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aFindingTheChecksDoNotMakeCannotBeMarkedAndNothingElseChanges() {
    long leicester = leicesterId();
    long before = events(leicester);
    post(leicester, "SMALL_NUMBERS", "1", "ACCEPTED", "Invented").then().statusCode(400);
    post(leicester, "S12_ITEMISED_ESTIMATE", "4", "ACCEPTED", "Wrong questions")
        .then()
        .statusCode(400);
    post(999_999L, "S12_ITEMISED_ESTIMATE", "4,5", "ACCEPTED", "No case").then().statusCode(404);
    assertThat(events(leicester)).isEqualTo(before);
    String title =
        QuarkusTransaction.requiringNew()
            .call(() -> FoiRequest.findBySlug(LEICESTER).orElseThrow().title);
    assertThat(title).isEqualTo("Child sexual and criminal exploitation 2015–2024");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aPostWithoutTheCsrfTokenIsRefused() {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("requestId", leicesterId())
        .formParam("ruleId", "TIMELINESS")
        .formParam("questions", "")
        .formParam("verdict", "ACCEPTED")
        .formParam("note", "No dates")
        .post("/audit/refusals/marks")
        .then()
        .statusCode(400);
  }

  static Response post(long requestId, String rule, String questions, String verdict, String note) {
    Response get = given().get("/audit/refusals");
    String token = Jsoup.parse(get.asString()).selectFirst("input[name=csrf-token]").val();
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf-token", get.cookie("csrf-token"))
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf-token", token)
        .formParam("requestId", requestId)
        .formParam("ruleId", rule)
        .formParam("questions", questions)
        .formParam("verdict", verdict)
        .formParam("note", note)
        .post("/audit/refusals/marks");
  }

  static long leicesterId() {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findBySlug(LEICESTER).orElseThrow().id);
  }

  static long events(long requestId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> AuditEvent.forSubject("request", requestId).size());
  }
}
