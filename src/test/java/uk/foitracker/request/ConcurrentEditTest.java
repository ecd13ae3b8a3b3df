package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.Regime;

/** Two officers change the same request: the second save is refused, not lost. */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ConcurrentEditTest {
  @Inject OfficerRequests officer;
  @Inject Clock clock;

  private String newRequest() {
    return officer
        .log(
            Fixtures.draft(
                Regime.FOIA, LocalDate.now(clock).minusDays(1), Fixtures.unique("Concurrent"), "Q"),
            "olive",
            false)
        .reference();
  }

  @Test
  void theSecondSaveFromAnOldPageIsRefusedWithAClearMessage() {
    String ref = newRequest();
    Forms first = Forms.open("/officer/requests/" + ref);
    Forms second = Forms.open("/officer/requests/" + ref);
    assertThat(second.version()).isEqualTo(first.version());
    LocalDate today = LocalDate.now(clock);

    Response ok =
        first
            .post()
            .formParam("version", first.version())
            .formParam("assignee", "olive")
            .post("/officer/requests/" + ref + "/assign");
    assertThat(ok.statusCode()).isEqualTo(303);

    Response stale =
        second
            .post()
            .formParam("version", second.version())
            .formParam("date-day", today.getDayOfMonth())
            .formParam("date-month", today.getMonthValue())
            .formParam("date-year", today.getYear())
            .post("/officer/requests/" + ref + "/events/clarification-requested");
    assertThat(stale.statusCode()).isEqualTo(409);
    Document page = Jsoup.parse(stale.asString());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this request since you opened it");
    // the page shows the request as it is now, with the typed date kept for a second try
    assertThat(page.select("#assignee").val()).isEqualTo("olive");
    assertThat(page.select("#clarification-requested-date").val())
        .isEqualTo(String.valueOf(today.getDayOfMonth()));
    assertThat(page.select("input[name=version]").first().val())
        .isNotEqualTo(String.valueOf(second.version()));
    assertThat(StoredRequest.clockEvents(ref)).isZero();
  }

  @Test
  void theApiAnswers409ForAStaleVersion() {
    String ref = newRequest();
    int version = given().get("/api/requests/" + ref).then().extract().path("version");
    String body =
        "{\"kind\":\"CLARIFICATION_REQUESTED\",\"date\":\"%s\",\"version\":%d}"
            .formatted(LocalDate.now(clock), version);
    given()
        .contentType("application/json")
        .body(body)
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(200)
        .body("state", equalTo("AWAITING_CLARIFICATION"));
    given()
        .contentType("application/json")
        .body(body)
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.startsWith("Someone else changed this request"));
    assertThat(StoredRequest.clockEvents(ref)).isEqualTo(1);
  }

  @Test
  void racingSavesOfTheSameVersionLetExactlyOneThrough() throws Exception {
    String ref = newRequest();
    long version = given().get("/api/requests/" + ref).then().extract().<Integer>path("version");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> saves = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String who = "officer" + i;
        saves.add(
            () -> {
              try {
                officer.assign(ref, version, who, who);
                return "saved";
              } catch (StaleRequestException e) {
                return "stale";
              }
            });
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(saves)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).containsOnlyOnce("saved");
      assertThat(outcomes.stream().filter("stale"::equals)).hasSize(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentLogsGetDistinctSequentialReferences() throws Exception {
    int year = LocalDate.now(clock).getYear();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<String> refs = new HashSet<>();
    try {
      List<Callable<String>> logs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        logs.add(
            () ->
                officer
                    .log(
                        Fixtures.draft(
                            Regime.EIR, LocalDate.now(clock), Fixtures.unique("Race"), "Q"),
                        "olive",
                        false)
                    .reference());
      }
      for (Future<String> f : pool.invokeAll(logs)) {
        refs.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(refs).hasSize(8).allMatch(r -> r.matches("EIR-" + year + "-\\d{5}"));
    List<Integer> numbers =
        refs.stream().map(r -> Integer.parseInt(r.substring(9))).sorted().toList();
    assertThat(numbers.get(7) - numbers.get(0)).isEqualTo(7);
  }
}
