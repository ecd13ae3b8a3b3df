package uk.foitracker.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The auditor's audit trail page shows the result of walking the hash chain. */
@QuarkusTest
class AuditTrailPageTest {
  @Inject AuditTrail trail;

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theAuditorSeesTheChainVerified() {
    Response r = given().get("/audit/trail");
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.asString());
    TrailCheck check = trail.verify();
    assertThat(page.select("h1").text()).isEqualTo("Audit trail");
    assertThat(page.select("dl.govuk-summary-list#trail-check dt").eachText())
        .contains("Result", "Events written", "Hash of the newest event");
    assertThat(page.select("#verdict").text())
        .matches("Chain verified: \\d+ events?")
        .isEqualTo(check.verdict());
    assertThat(Long.parseLong(page.select("#head-position").text()))
        .isLessThanOrEqualTo(check.headPosition());
    assertThat(page.select("#head-hash").text()).matches("[0-9a-f]{64}");
    assertThat(page.select("#problem")).isEmpty();
    assertThat(page.select(".govuk-service-navigation a[href=/audit/trail]").text())
        .isEqualTo("Audit trail");
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void anOfficerMayNotSeeIt() {
    assertThat(given().redirects().follow(false).get("/audit/trail").statusCode()).isEqualTo(403);
  }
}
