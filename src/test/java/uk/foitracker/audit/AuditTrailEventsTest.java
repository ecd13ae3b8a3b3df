package uk.foitracker.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;

/**
 * The audit trail page lists the events (who, what, when, before and after) in plain words, with
 * the hash chain's check beside each, filtered by request reference and kind; the requester's
 * details never show.
 */
@QuarkusTest
class AuditTrailEventsTest {
  static final String NAME = "Zedekiah Quuxrequester";
  static final String CONTACT = "zed.quux@example.org";

  @Inject OfficerRequests officer;
  @Inject Clock clock;

  private static String ref;

  @BeforeEach
  void logOne() {
    if (ref == null) {
      ref =
          officer
              .log(
                  new NewRequest(
                      Regime.FOIA.name(),
                      DateField.of(LocalDate.now(clock).minusDays(3)),
                      "EMAIL",
                      "Parking fines asked for by " + NAME + " (" + CONTACT + ")",
                      NAME,
                      CONTACT,
                      "How many parking fines in 2025?",
                      "",
                      List.of(new NewRequest.QuestionDraft("1", "How many parking fines?")),
                      ""),
                  "olive",
                  false)
              .reference();
    }
  }

  private static Document page(String query) {
    return Jsoup.parse(
        given().get("/audit/trail" + query).then().statusCode(200).extract().asString());
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void eventsAreListedInPlainWordsWithTheChainCheck() {
    Document page = page("?reference=" + ref);
    List<Element> events = page.select("#events > li[id^=event-]");
    assertThat(events).isNotEmpty();
    Element logged = events.get(events.size() - 1);
    assertThat(logged.select("h3").text()).contains("Request logged").contains(ref);
    assertThat(logged.select("[data-field=who]").text()).isEqualTo("olive");
    assertThat(logged.select("[data-field=when]").text()).matches("\\d{1,2} \\w+ \\d{4}, .*");
    assertThat(logged.select("[data-field=chain]").text()).startsWith("Verified");
    assertThat(page.select("#verdict").text()).startsWith("Chain verified");
    String text = page.text();
    assertThat(text).doesNotContain("request.logged").doesNotContain("RESPONSE_SENT");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theRequestersDetailsNeverShow() {
    String html = given().get("/audit/trail?reference=" + ref).asString();
    assertThat(html).doesNotContainIgnoringCase(NAME).doesNotContainIgnoringCase(CONTACT);
    String all = given().get("/audit/trail").asString();
    assertThat(all).doesNotContainIgnoringCase(NAME).doesNotContainIgnoringCase(CONTACT);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void filtersByKindOfEvent() {
    Document page = page("?kind=request.logged");
    assertThat(page.select("#kind option[selected]").text()).isEqualTo("Request logged");
    assertThat(page.select("#events > li[id^=event-] h3"))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.text()).startsWith("Request logged"));
    assertThat(page("?kind=NO_SUCH_KIND").select("#no-events")).hasSize(1);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void anUnknownReferenceIsAnError() {
    Document page = page("?reference=NOPE-0000");
    assertThat(page.select(".govuk-error-summary a[href=#reference]").text())
        .isEqualTo("No request has the reference NOPE-0000");
    assertThat(page.select("#reference-error")).hasSize(1);
    assertThat(page.select("#no-events")).hasSize(1);
  }

  @Test
  void theChainVerdictFollowsTheBreak() {
    TrailCheck broken = TrailCheck.broken(4, 9L, 5, "x").withHead(8, "h");
    assertThat(AuditTrailView.verdict(broken, 4)[0]).isEqualTo("Verified");
    assertThat(AuditTrailView.verdict(broken, 5)[0]).isEqualTo("Breaks the chain");
    assertThat(AuditTrailView.verdict(broken, 6)[0]).isEqualTo("Not verified: after the break");
    TrailCheck intact = TrailCheck.intact(8).withHead(8, "h");
    assertThat(AuditTrailView.verdict(intact, 8)[0]).isEqualTo("Verified");
    assertThat(AuditTrailView.verdict(intact, 9)[0]).isEqualTo("Written after the check");
  }

  @Test
  void blankingIgnoresCase() {
    assertThat(
            AuditEvents.blank("Logged for ZED QUUX, zed@x.org", List.of("Zed Quux", "zed@x.org")))
        .isEqualTo("Logged for " + AuditEvents.REMOVED + ", " + AuditEvents.REMOVED);
  }
}
