package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.request.StaleRequestException;

/**
 * Two officers compose one response: a write made from an out-of-date copy of the request is
 * refused (409), not saved over the other's; writes that give no version work as before.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ComposeConflictTest {
  @Inject Answers answers;

  private static String logRequest() {
    return ApiRequests.log(
        "Conflicting compose " + System.nanoTime(),
        null,
        List.of("How many bins were emptied?", "How many were missed?"),
        null,
        LocalDate.now().minusDays(3),
        "Jo Requester",
        "jo@example.org");
  }

  private static long version(String ref) {
    return given().get("/api/requests/" + ref).then().extract().<Integer>path("version");
  }

  @Test
  void twoWritesWithTheSameStaleVersionGiveAConflict() {
    String ref = logRequest();
    String base = "/api/responses/" + ref;
    long seen = version(ref);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + seen + "\"")
        .body(Map.of("questions", List.of(1), "paragraphs", List.of("Four thousand.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + seen + "\"")
        .body(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", startsWith("Someone else changed this request"));
    given()
        .get(base)
        .then()
        .body("preview.questions[0].outcome", equalTo(null))
        .body("preview.questions[0].answer.paragraphs", hasSize(1));

    // with the version as it is now, the write goes through; without one, as before
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", String.valueOf(version(ref)))
        .body(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "NOT_HELD"))
        .put(base + "/questions/2/outcome")
        .then()
        .statusCode(204);
  }

  @Test
  void racingComposeWritesOfTheSameVersionLetExactlyOneThrough() throws Exception {
    String ref = logRequest();
    long seen = version(ref);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> saves = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String text = "Answer from officer " + i;
        saves.add(
            () -> {
              try {
                answers.saveAnswer(
                    ref, seen, null, new AnswerInput(List.of(1), List.of(text)), "olive");
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
    given()
        .get("/api/responses/" + ref)
        .then()
        .body("preview.questions[0].answer.position", equalTo(1));
  }

  /**
   * Two officers open the compose page; the first saves an outcome, the second then saves another
   * from the same copy of the page: 409, the officer is told, the first officer's choice stands.
   */
  @Test
  void theComposePageRefusesAFormFromAnOutOfDateCopy() {
    String ref = logRequest();
    String path = "/officer/requests/" + ref + "/response";
    ResponsePageTest.Page first = ResponsePageTest.Page.open(path + "/questions");
    ResponsePageTest.Page second = ResponsePageTest.Page.open(path + "/questions");
    String seen = first.doc().select("#q1-outcome-form input[name=version]").val();
    assertThat(seen).isEqualTo(String.valueOf(version(ref)));
    first
        .form()
        .formParam("version", seen)
        .formParam("outcome", "NOT_HELD")
        .post(path + "/questions/1/outcome")
        .then()
        .statusCode(303);
    String refused =
        second
            .form()
            .formParam("version", seen)
            .formParam("outcome", "PROVIDED_IN_FULL")
            .post(path + "/questions/1/outcome")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(Jsoup.parse(refused).select(".govuk-error-summary").text())
        .contains(StaleRequestException.MESSAGE);
    given()
        .get("/api/responses/" + ref)
        .then()
        .body("preview.questions[0].outcome", equalTo("NOT_HELD"));
  }

  /**
   * The add-a-table page carries the version it was drawn at through the preview: saving the table
   * after someone else changed the request is refused on the table page, and no table is added.
   */
  @Test
  void theTablePageRefusesASaveFromAnOutOfDateCopy() {
    String ref = logRequest();
    String path = "/officer/requests/" + ref + "/response";
    answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("The bins.")), "olive");
    ResponsePageTest.Page table = ResponsePageTest.Page.open(path + "/answers/1/tables/new");
    String seen = table.doc().select("#table-form input[name=version]").val();
    assertThat(seen).isEqualTo(String.valueOf(version(ref)));
    // meanwhile another officer saves an outcome
    answers.setOutcome(ref, null, 1, "PROVIDED_IN_FULL", "adam");
    String refused =
        table
            .multipart()
            .multiPart("version", seen)
            .multiPart("action", "save")
            .multiPart("caption", "Bins emptied")
            .multiPart("headerRows", "1")
            .multiPart("cells", "Year,Bins\n2025,4000\n")
            .post(path + "/answers/1/tables")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(Jsoup.parse(refused).select(".govuk-error-summary").text())
        .contains(StaleRequestException.MESSAGE);
    given()
        .get("/api/responses/" + ref)
        .then()
        .body("preview.questions[0].answer.tables", hasSize(0));
  }
}
