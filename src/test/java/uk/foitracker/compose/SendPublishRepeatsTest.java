package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Send and publish, posted again by a refresh or twice by a double click: each is done once. The
 * form carries the request's version, so the repeat is refused as out of date (409) and nothing is
 * recorded or published twice.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class SendPublishRepeatsTest {

  private static String readyToSend() {
    String ref =
        ApiRequests.log(
            "Grit bins " + UUID.randomUUID().toString().substring(0, 6),
            null,
            List.of("How many grit bins are there?"),
            null,
            LocalDate.now().minusDays(3),
            "Tamsin Oakenshaw",
            "tamsin@example.org");
    String base = "/api/responses/" + ref;
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("questions", List.of(1), "paragraphs", List.of("There are 212 grit bins.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    return ref;
  }

  private static List<Integer> twice(Callable<Response> click) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(List.of(click, click))) {
        statuses.add(f.get().statusCode());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> clockEvents(String ref) {
    return given().get("/api/requests/" + ref).jsonPath().getList("clockEvents.kind");
  }

  @Test
  void sendAndPublishRefreshedAreDoneOnce() {
    String ref = readyToSend();
    String base = "/officer/requests/" + ref + "/response";
    LocalDate today = LocalDate.now();
    ResponsePageTest.Page page = ResponsePageTest.Page.open(base + "/send");
    String version = page.doc().select("#send-form input[name=version]").val();
    Callable<Response> send =
        () ->
            page.form()
                .formParam("version", version)
                .formParam("sentOn-day", today.getDayOfMonth())
                .formParam("sentOn-month", today.getMonthValue())
                .formParam("sentOn-year", today.getYear())
                .post(base + "/send");
    Response sent = call(send);
    assertThat(sent.statusCode()).isEqualTo(303);
    Response refresh = call(send);
    assertThat(refresh.statusCode()).isIn(400, 409);
    assertThat(clockEvents(ref)).containsExactly("RESPONSE_SENT");

    ResponsePageTest.Page after = ResponsePageTest.Page.open(base + "/publish");
    String v2 = after.doc().select("#publish-form input[name=version]").val();
    String slug = "grit-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    Callable<Response> publish =
        () -> after.form().formParam("version", v2).formParam("slug", slug).post(base + "/publish");
    assertThat(call(publish).statusCode()).isEqualTo(303);
    assertThat(call(publish).statusCode()).isIn(400, 409);
    assertThat(given().get("/api/cases/" + slug + "/versions").jsonPath().getList("version"))
        .containsExactly(1);
  }

  @Test
  void aDoubleClickOnSendOrPublishDoesItOnce() throws Exception {
    String ref = readyToSend();
    String base = "/officer/requests/" + ref + "/response";
    LocalDate today = LocalDate.now();
    ResponsePageTest.Page page = ResponsePageTest.Page.open(base + "/send");
    String version = page.doc().select("#send-form input[name=version]").val();
    List<Integer> sends =
        twice(
            () ->
                page.form()
                    .formParam("version", version)
                    .formParam("sentOn-day", today.getDayOfMonth())
                    .formParam("sentOn-month", today.getMonthValue())
                    .formParam("sentOn-year", today.getYear())
                    .post(base + "/send"));
    assertThat(sends).contains(303).doesNotContain(500);
    assertThat(clockEvents(ref)).containsExactly("RESPONSE_SENT");

    ResponsePageTest.Page after = ResponsePageTest.Page.open(base + "/publish");
    String v2 = after.doc().select("#publish-form input[name=version]").val();
    String slug = "grit-twice-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    List<Integer> publishes =
        twice(
            () ->
                after
                    .form()
                    .formParam("version", v2)
                    .formParam("slug", slug)
                    .post(base + "/publish"));
    assertThat(publishes).contains(303).doesNotContain(500);
    assertThat(given().get("/api/cases/" + slug + "/versions").jsonPath().getList("version"))
        .containsExactly(1);
  }

  private static Response call(Callable<Response> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
