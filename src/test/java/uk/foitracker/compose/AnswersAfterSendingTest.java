package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compose API's {@code PUT /api/responses/{ref}/answers/{position}} on an answer already sent:
 * refused without a reason (RFC 9457 problem, nothing saved); with one, recorded as a correction,
 * as the corrections page records it (ANSWER_CORRECTED with the text before and after). Before
 * sending, the same call changes the answer freely.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class AnswersAfterSendingTest {
  @Inject AuditQueries audit;

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static String sentRequest() {
    String ref =
        ApiRequests.log(
            "Potholes " + System.nanoTime(),
            null,
            List.of("How many potholes were filled?", "How much did it cost?"),
            null,
            LocalDate.now().minusDays(4),
            "Perpetua Lindqvist",
            "perpetua@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("We filled 310 potholes.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("questions", List.of(2), "paragraphs", List.of("The work cost £41,000.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    // before sending, an answer changes without a reason
    json(Map.of("questions", List.of(2), "paragraphs", List.of("The work cost £42,000.")))
        .put(base + "/answers/2")
        .then()
        .statusCode(200);
    for (int q = 1; q <= 2; q++) {
      json(Map.of("outcome", "PROVIDED_IN_FULL"))
          .put(base + "/questions/" + q + "/outcome")
          .then()
          .statusCode(204);
    }
    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    return ref;
  }

  @Test
  void aSentAnswerChangesOnlyWithAReasonAndIsRecordedAsACorrection() {
    String ref = sentRequest();
    String base = "/api/responses/" + ref;
    assertThat(audit.actions(ref)).doesNotContain("ANSWER_CORRECTED");

    json(Map.of("questions", List.of(1), "paragraphs", List.of("We filled 301 potholes.")))
        .put(base + "/answers/1")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", contains("reason"));
    assertThat(given().get(base).asString())
        .contains("We filled 310 potholes.")
        .doesNotContain("301");

    // a sent answer keeps its questions
    json(Map.of(
            "questions",
            List.of(1, 2),
            "paragraphs",
            List.of("We filled 301 potholes."),
            "reason",
            "The count was mistyped"))
        .put(base + "/answers/1")
        .then()
        .statusCode(400)
        .body("errors.field", contains("questions"));
    assertThat(audit.actions(ref)).doesNotContain("ANSWER_CORRECTED");

    json(Map.of(
            "questions",
            List.of(1),
            "paragraphs",
            List.of("We filled 301 potholes."),
            "reason",
            "The count was mistyped"))
        .put(base + "/answers/1")
        .then()
        .statusCode(200)
        .body("position", equalTo(1));
    assertThat(given().get(base).asString()).contains("We filled 301 potholes.");
    assertThat(audit.actions(ref)).containsOnlyOnce("ANSWER_CORRECTED");
    assertThat(audit.summaries(ref)).anyMatch(s -> s.contains("Reason: The count was mistyped"));

    // the same correction again is refused: the answer reads so already
    json(Map.of(
            "questions",
            List.of(1),
            "paragraphs",
            List.of("We filled 301 potholes."),
            "reason",
            "The count was mistyped"))
        .put(base + "/answers/1")
        .then()
        .statusCode(400)
        .body("errors.field", contains("paragraphs"));
    assertThat(audit.actions(ref)).containsOnlyOnce("ANSWER_CORRECTED");
  }
}
