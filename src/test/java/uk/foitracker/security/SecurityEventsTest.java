package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * F6: refused access, CSRF refusals and rate limits are logged as structured lines (event, outcome,
 * who, from where) without personal data: no name, no code, no full address.
 */
@QuarkusTest
class SecurityEventsTest {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          Object[] params = record.getParameters();
          String message = record.getMessage();
          lines.add(params == null ? message : String.format(message, params));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("foi.security").addHandler(capture);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("foi.security").removeHandler(capture);
  }

  @Test
  void anApiCallWithoutATokenIsLoggedAs401() {
    given().get("/api/requests").then().statusCode(401);
    awaitLine("event=access.unauthenticated outcome=401", "path=/api/requests", "who=anonymous");
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void aForbiddenPageIsLoggedAs403() {
    given().redirects().follow(false).get("/audit/requests").then().statusCode(403);
    awaitLine("event=access.forbidden outcome=403", "path=/audit/requests");
  }

  @Test
  void aFormPostWithoutItsCsrfTokenIsLogged() {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("reference", "FOI-2026-00001")
        .formParam("accessCode", "SECRET-CODE-XYZ")
        .post("/status")
        .then()
        .statusCode(400);
    String line = awaitLine("event=csrf.refused outcome=400", "method=POST", "path=/status");
    assertThat(line).doesNotContain("SECRET-CODE-XYZ").doesNotContain("FOI-2026-00001");
  }

  @Test
  void rateLimitsAreLoggedWithoutTheAddressOrTheCode() {
    for (int i = 0; i < 4; i++) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("reference", "FOI-2031-4444" + i, "accessCode", "ZEBEDEE-CODE"))
          .post("/api/status");
    }
    String line = awaitLine("event=rate.limited outcome=429", "path=/api/status");
    assertThat(line)
        .contains("from=127.0.0.0/24")
        .containsPattern("client=[0-9a-f]{12}")
        .doesNotContain("127.0.0.1")
        .doesNotContain("ZEBEDEE");
  }

  /** The line logged (at the end of the exchange, so perhaps just after the answer arrives). */
  private String awaitLine(String... parts) {
    for (int i = 0; i < 50; i++) {
      var found =
          lines.stream().filter(l -> List.of(parts).stream().allMatch(l::contains)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("no security line with " + List.of(parts) + " in " + lines);
  }
}
