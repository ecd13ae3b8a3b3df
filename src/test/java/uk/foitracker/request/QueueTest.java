package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.web.DateField;

/** The work queue: filters, sorting, paging with stable links, overdue at a glance. */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class QueueTest {
  @Inject OfficerRequests officer;
  @Inject Clock clock;

  private static String team;
  private static String overdue;
  private static String fresh;
  private static String stopped;
  private static String older;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String log(Regime regime, LocalDate received, String assignee) {
    String ref =
        officer
            .log(Fixtures.draft(regime, received, Fixtures.unique("Queue"), "Q"), "olive", false)
            .reference();
    officer.assign(ref, StoredRequest.version(ref), assignee, "olive");
    return ref;
  }

  @BeforeEach
  void requests() {
    if (team != null) {
      return;
    }
    team = "team" + System.nanoTime() % 1_000_000;
    overdue = log(Regime.FOIA, today().minusDays(70), team);
    older = log(Regime.FOIA, today().minusDays(12), team);
    fresh = log(Regime.EIR, today(), team);
    stopped = log(Regime.FOIA, today().minusDays(5), team);
    officer.recordClockEvent(
        stopped,
        StoredRequest.version(stopped),
        ClockEventKind.CLARIFICATION_REQUESTED,
        DateField.of(today()),
        DateField.empty(),
        "olive");
  }

  private static Document queue(String query) {
    return Jsoup.parse(
        given().get("/officer/requests" + query).then().statusCode(200).extract().asString());
  }

  private static List<String> refs(Document page) {
    return page.select("tbody tr").eachAttr("data-reference");
  }

  @Test
  void sortedByDueDateWithStoppedClocksLastAndOverdueTagged() {
    Document page = queue("?assignee=" + team);
    assertThat(refs(page)).containsExactly(overdue, older, fresh, stopped);
    assertThat(page.select("tr[data-reference=" + overdue + "] .govuk-tag--red").text())
        .isEqualTo("Overdue");
    assertThat(page.select("tr[data-reference=" + fresh + "] .govuk-tag--green").text())
        .isEqualTo("On time");
    assertThat(page.select("tr[data-reference=" + stopped + "] .govuk-tag--grey").text())
        .isEqualTo("Clock stopped: clarification");
    assertThat(page.select("tr[data-reference=" + stopped + "] td").get(3).text())
        .isEqualTo("Clock stopped");
    assertThat(page.select("tr[data-reference=" + overdue + "] td").get(3).text()).endsWith("late");
    assertThat(page.select("tr[data-reference=" + fresh + "] td").get(3).text()).isEqualTo("20");
    assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Due");
  }

  @Test
  void sortingByAnotherColumnAndReversing() {
    assertThat(refs(queue("?assignee=" + team + "&sort=received&order=desc")))
        .containsExactly(fresh, stopped, older, overdue);
    Document byRef = queue("?assignee=" + team + "&sort=reference&order=asc");
    assertThat(refs(byRef)).isSorted();
    // the header link reverses the current sort and keeps the filters
    assertThat(byRef.select("th[aria-sort=ascending] a").attr("href"))
        .isEqualTo("/officer/requests?assignee=" + team + "&sort=reference&order=desc&page=1");
  }

  @Test
  void filters() {
    assertThat(refs(queue("?assignee=" + team + "&overdue=true"))).containsExactly(overdue);
    assertThat(refs(queue("?assignee=" + team + "&regime=EIR"))).containsExactly(fresh);
    assertThat(refs(queue("?assignee=" + team + "&state=AWAITING_CLARIFICATION")))
        .containsExactly(stopped);
    assertThat(refs(queue("?assignee=" + team + "&state=OPEN&regime=FOIA")))
        .containsExactly(overdue, older);
    LocalDate sunday = today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<String> dueThisWeek = new ArrayList<>();
    for (String ref : List.of(older, fresh)) {
      LocalDate received = ref.equals(older) ? today().minusDays(12) : today();
      LocalDate due =
          StatutoryClock.due(ref.startsWith("EIR") ? Regime.EIR : Regime.FOIA, received).due();
      if (!due.isBefore(today()) && !due.isAfter(sunday)) {
        dueThisWeek.add(ref);
      }
    }
    assertThat(refs(queue("?assignee=" + team + "&dueThisWeek=true")))
        .containsExactlyElementsOf(dueThisWeek);
    Document none = queue("?assignee=nobody-" + team);
    assertThat(none.select("#queue-count").text())
        .isEqualTo("No open requests match these filters.");
    // unknown values are ignored, not errors
    assertThat(refs(queue("?assignee=" + team + "&state=BOGUS&sort=bogus&page=x"))).hasSize(4);
    given()
        .get("/api/requests?overdue=true&assignee=" + team)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("requests[0].reference", equalTo(overdue))
        .body("requests[0].overdue", equalTo(true));
  }

  @Test
  void pagesOf25WithStableLinks() {
    String big = "pages" + System.nanoTime() % 1_000_000;
    for (int i = 0; i < 26; i++) {
      log(Regime.FOIA, today().minusDays(i % 10), big);
    }
    Document first = queue("?assignee=" + big);
    assertThat(refs(first)).hasSize(25);
    assertThat(first.select("#queue-count").text())
        .isEqualTo("Showing 1 to 25 of 26 open requests.");
    String next = first.select(".govuk-pagination__next a").attr("href");
    assertThat(next).isEqualTo("/officer/requests?assignee=" + big + "&sort=due&order=asc&page=2");
    Document second = Jsoup.parse(given().get(next).then().statusCode(200).extract().asString());
    assertThat(refs(second)).hasSize(1).doesNotContainAnyElementsOf(refs(first));
    assertThat(second.select(".govuk-pagination__item--current").text()).isEqualTo("2");
    assertThat(second.select(".govuk-pagination__prev a").attr("href"))
        .isEqualTo("/officer/requests?assignee=" + big + "&sort=due&order=asc&page=1");
    // a page past the end shows the last page
    assertThat(refs(queue("?assignee=" + big + "&page=9"))).isEqualTo(refs(second));
  }

  @Test
  void noDemoRequestsOutsideDevMode() {
    String all = given().get("/api/requests").then().statusCode(200).extract().asString();
    assertThat(all).doesNotContain("DEMO");
  }
}
