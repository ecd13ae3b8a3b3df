package uk.foitracker.noticecheck;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/notices/check}: anyone, no token; 200 with the findings of the rules that review
 * a case, 400 problem documents on bad input, 429 beyond the limit per address, nothing of the text
 * logged.
 */
@QuarkusTest
class NoticeCheckApiTest {
  static final String LEICESTER =
      read(Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt"));

  @Inject CheckLimit limit;
  @Inject NoticeCheckConfig config;

  @BeforeEach
  @AfterEach
  void forget() {
    limit.clear();
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Response post(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/notices/check");
  }

  static Map<String, Object> body(String text) {
    Map<String, Object> b = new HashMap<>();
    b.put("text", text);
    return b;
  }

  @Test
  void leicesterS12RefusalLacksItsRightsParagraphs() {
    Response r = post(body(LEICESTER));
    r.then().statusCode(200).contentType(ContentType.JSON).header("Cache-Control", "no-store");
    assertThat(r.jsonPath().getString("regime")).isEqualTo("FOIA");
    List<Map<String, Object>> findings = r.jsonPath().getList("findings");
    assertThat(findings).isNotEmpty();
    Map<String, Object> rights =
        findings.stream()
            .filter(f -> f.get("rule").equals("S17_7_RIGHTS"))
            .findFirst()
            .orElseThrow();
    assertThat(rights.get("section")).isEqualTo("s.17(7)");
    assertThat(rights.get("severity")).isEqualTo("HIGH");
    @SuppressWarnings("unchecked")
    List<Integer> questions = (List<Integer>) rights.get("questions");
    assertThat(questions).contains(4, 5);
    assertThat((String) rights.get("message")).isNotBlank();
    for (Map<String, Object> f : findings) {
      assertThat(f).containsOnlyKeys("rule", "section", "severity", "questions", "message");
      assertThat(f.get("severity")).isIn("HIGH", "MEDIUM", "LOW");
    }
    assertThat(r.jsonPath().getInt("read.questions")).isEqualTo(6);
    assertThat(r.jsonPath().getList("read.citations", String.class)).contains("s.12", "s.17(1)");
  }

  @Test
  void theRegimeAndDatesGivenOverrideTheLetter() {
    Map<String, Object> b = body(LEICESTER);
    b.put("regime", "EIR");
    b.put("received", "2025-01-06");
    b.put("sent", "2025-03-31");
    Response r = post(b);
    r.then().statusCode(200);
    assertThat(r.jsonPath().getString("regime")).isEqualTo("EIR");
    List<String> rules = r.jsonPath().getList("findings.rule", String.class);
    assertThat(rules).contains("TIMELINESS");
  }

  @Test
  void badInputIsA400ProblemNamingTheField() {
    problem(body(null), "text");
    problem(body("   \n "), "text");
    problem(body("x".repeat(NoticeChecks.MAX_TEXT + 1)), "text");
    Map<String, Object> regime = body(LEICESTER);
    regime.put("regime", "GDPR");
    problem(regime, "regime");
    Map<String, Object> date = body(LEICESTER);
    date.put("received", "05/03/2015");
    problem(date, "received");
    Map<String, Object> sent = body(LEICESTER);
    sent.put("sent", "2015-02-30");
    problem(sent, "sent");
    // a word or a gap longer than any letter's, on which some patterns would backtrack
    problem(body("received" + " ".repeat(NoticeChecks.MAX_RUN + 1) + "5 March 2015"), "text");
    problem(body("Dear Sir, " + "jan".repeat(NoticeChecks.MAX_RUN)), "text");
    // Exactly the limits are accepted.
    post(body(("a".repeat(99) + " ").repeat(NoticeChecks.MAX_TEXT / 100))).then().statusCode(200);
    post(body("a".repeat(NoticeChecks.MAX_RUN) + " ".repeat(NoticeChecks.MAX_RUN) + "b"))
        .then()
        .statusCode(200);
  }

  private static void problem(Map<String, Object> body, String field) {
    Response r = post(body);
    r.then().statusCode(400).contentType("application/problem+json");
    assertThat(r.jsonPath().getList("errors.field", String.class)).contains(field);
  }

  @Test
  void malformedJsonIsA400Problem() {
    for (String bad : List.of("{\"text\": ", "[1,2]", "{\"text\": {\"a\": 1}}", "not json")) {
      Response r = given().contentType(ContentType.JSON).body(bad).post("/api/notices/check");
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
    }
  }

  @Test
  void afterTheLimitFromOneAddressA429WithRetryAfter() {
    for (int i = 0; i < config.maxChecks(); i++) {
      post(body("Dear Requester, we do not hold this.")).then().statusCode(200);
    }
    Response r = post(body(LEICESTER));
    r.then().statusCode(429).contentType("application/problem+json");
    assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive();
    limit.clear();
    post(body(LEICESTER)).then().statusCode(200);
  }

  @Test
  void nothingOfTheTextIsLogged() {
    String marker = "Zanzibar-" + System.nanoTime();
    List<String> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(
                String.valueOf(record.getMessage())
                    + " "
                    + java.util.Arrays.toString(record.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      post(body(LEICESTER + "\n" + marker)).then().statusCode(200);
      post(body(marker + "x".repeat(NoticeChecks.MAX_TEXT))).then().statusCode(400);
      given()
          .contentType(ContentType.JSON)
          .body("{\"text\": \"" + marker)
          .post("/api/notices/check")
          .then()
          .statusCode(400);
    } finally {
      root.removeHandler(capture);
    }
    assertThat(logged).noneMatch(l -> l.contains(marker));
  }
}
