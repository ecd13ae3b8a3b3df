package uk.foitracker.compose;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Logs a request for the compose tests through the officer workspace's {@code POST /api/requests},
 * as an officer would (the calling test runs as an officer). Returns the request's reference.
 */
final class ApiRequests {
  private ApiRequests() {}

  static String log(
      String title,
      String preamble,
      List<String> questions,
      String postscript,
      LocalDate received,
      String requesterName,
      String requesterContact) {
    List<Map<String, Object>> numbered = new ArrayList<>();
    StringBuilder text = new StringBuilder(preamble == null ? "" : preamble + "\n\n");
    for (int i = 0; i < questions.size(); i++) {
      numbered.add(Map.of("number", i + 1, "text", questions.get(i)));
      text.append(i + 1).append(". ").append(questions.get(i)).append("\n");
    }
    if (postscript != null) {
      text.append("\n").append(postscript);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", received.toString());
    body.put("channel", "EMAIL");
    body.put("summary", title);
    body.put("requesterName", requesterName);
    body.put("requesterContact", requesterContact);
    body.put("requestText", text.toString().strip());
    body.put("preamble", preamble);
    body.put("questions", numbered);
    body.put("postscript", postscript);
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .extract()
        .path("reference");
  }
}
