package uk.foitracker.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.web.ConflictProblem;

/**
 * The Idempotency-Key on the officer API: a retry gets the first response and writes nothing; the
 * same key with another body is refused (422); two at once write once; keys expire.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class IdempotencyKeyTest {
  @Inject Clock clock;
  @Inject IdempotentWrites writes;

  private static String body(String title) {
    return """
        {"regime":"FOIA","receivedOn":"%s","channel":"EMAIL","summary":"%s",
         "requesterName":"Ida Potency","requesterContact":"ida@example.org",
         "requestText":"1. How many bins were emptied in 2024?\\n2. At what cost?"}"""
        .formatted(LocalDate.now().minusDays(2), title);
  }

  private static Response logWith(String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/requests");
  }

  private static long requestsTitled(String title) {
    return QuarkusTransaction.requiringNew().call(() -> FoiRequest.count("title", title));
  }

  private static String title() {
    return "Idempotency " + UUID.randomUUID();
  }

  private static String key() {
    return "\"" + UUID.randomUUID() + "\"";
  }

  @Test
  void aRetryGetsTheSameResponseAndWritesNothing() {
    String title = title();
    String key = key();
    Response first = logWith(key, body(title));
    assertThat(first.statusCode()).isEqualTo(201);
    String reference = first.path("reference");
    long events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count());

    Response again = logWith(key, body(title));
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.header("Cache-Control")).isEqualTo("no-store");
    assertThat((String) again.path("reference")).isEqualTo(reference);
    assertThat((String) again.path("accessCode")).isEqualTo(first.path("accessCode"));
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.asString()).isEqualTo(first.asString());
    assertThat(requestsTitled(title)).isEqualTo(1);
    assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count()))
        .as("no second audit event")
        .isEqualTo(events);

    // The database keeps neither the key nor the response in clear (it holds the access code).
    IdempotencyRecord stored =
        QuarkusTransaction.requiringNew()
            .call(() -> IdempotencyRecord.<IdempotencyRecord>find("username", "olive").list())
            .stream()
            .filter(r -> r.location != null && r.location.endsWith("/" + reference))
            .findFirst()
            .orElseThrow();
    assertThat(stored.status).isEqualTo(201);
    assertThat(stored.location).isEqualTo("/api/requests/" + reference);
    assertThat(stored.keyHash).doesNotContain(key.replace("\"", ""));
    assertThat(stored.sealedBody)
        .doesNotContain(reference)
        .doesNotContain((String) first.path("accessCode"));
    assertThat(stored.expiresAt).isAfter(Instant.now(clock).plusSeconds(23 * 3600));

    // Without a key, the same body is a new request.
    given()
        .contentType(ContentType.JSON)
        .body(body(title))
        .post("/api/requests")
        .then()
        .statusCode(201);
    assertThat(requestsTitled(title)).isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    String key = key();
    String title = title();
    logWith(key, body(title)).then().statusCode(201);
    String other = title();
    Response refused = logWith(key, body(other));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.jsonPath().getInt("status")).isEqualTo(422);
    assertThat(refused.jsonPath().getString("detail")).contains("different request");
    assertThat(requestsTitled(other)).isZero();

    // the same key on another address is another request too
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body(title))
        .post("/api/requests/NOT-A-REF/clock-events")
        .then()
        .statusCode(422);
  }

  @Test
  void aKeyMustBeLongEnough() {
    String title = title();
    Response refused = logWith("short", body(title));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(requestsTitled(title)).isZero();
  }

  @Test
  void aRetriedClockEventIsRecordedOnce() {
    String ref = logWith(key(), body(title())).path("reference");
    long version = given().get("/api/requests/" + ref).jsonPath().getLong("version");
    String event =
        """
        {"kind":"CLARIFICATION_REQUESTED","date":"%s","version":%d}"""
            .formatted(LocalDate.now().minusDays(1), version);
    String key = key();
    Response first =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(event)
            .post("/api/requests/" + ref + "/clock-events");
    assertThat(first.statusCode()).isEqualTo(200);
    Response again =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(event)
            .post("/api/requests/" + ref + "/clock-events");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.asString()).isEqualTo(first.asString());
    // Without the key the retry is refused as stale (the version moved on): the key is what makes
    // a retry safe.
    given()
        .contentType(ContentType.JSON)
        .body(event)
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(409);
    long recorded =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ClockEventEntry.count(
                        "request.systemReference = ?1 and kind = ?2",
                        ref,
                        uk.foitracker.clock.ClockEventKind.CLARIFICATION_REQUESTED));
    assertThat(recorded).isEqualTo(1);
  }

  @Test
  void twoAtOnceWithOneKeyWriteOnce() throws Exception {
    String title = title();
    String key = key();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> sent = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return logWith(key, body(title));
                }));
      }
      start.countDown();
      List<String> references = new ArrayList<>();
      int conflicts = 0;
      for (Future<Response> f : sent) {
        Response r = f.get(60, TimeUnit.SECONDS);
        assertThat(r.statusCode()).as(r.asString()).isIn(201, 409);
        if (r.statusCode() == 201) {
          references.add(r.path("reference"));
        } else {
          conflicts++;
          assertThat(r.contentType()).startsWith("application/problem+json");
        }
      }
      assertThat(references).isNotEmpty().allMatch(references.get(0)::equals);
      assertThat(references.size() + conflicts).isEqualTo(4);
      assertThat(requestsTitled(title)).isEqualTo(1);
      // once the first is done, a retry gets its response
      assertThat((String) logWith(key, body(title)).path("reference")).isEqualTo(references.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Across instances (no shared memory), the key's row refuses the second write: it waits for the
   * first transaction and then gets 409; the write itself runs once.
   */
  @Test
  void theDatabaseRefusesASecondWriteOfAKeyInFlight() throws Exception {
    IdempotencyKey key =
        IdempotencyKey.of(
            UUID.randomUUID().toString(),
            "olive",
            "POST",
            "/api/test",
            "{}".getBytes(StandardCharsets.UTF_8));
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch firstInside = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Object> slowWrite =
          () -> {
            runs.incrementAndGet();
            firstInside.countDown();
            Thread.sleep(1500);
            return Map.of("done", true);
          };
      Future<Object> first = pool.submit(() -> writes.write(key, slowWrite));
      assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
      Future<Object> second = pool.submit(() -> writes.write(key, slowWrite));
      assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(Map.of("done", true));
      assertThatThrownBy(() -> second.get(60, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ConflictProblem.class);
      assertThat(runs.get()).isEqualTo(1);
      assertThat(writes.stored(key))
          .hasValueSatisfying(r -> assertThat(r.getEntity()).isEqualTo("{\"done\":true}"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** A write that fails stores nothing and frees its key: a retry runs again. */
  @Test
  void aFailedWriteLeavesItsKeyFree() {
    String key = key();
    for (int i = 0; i < 2; i++) {
      logWith(key, "{\"regime\":").then().statusCode(400);
    }
    String invalid = body("");
    for (int i = 0; i < 2; i++) {
      Response refused = logWith(key, invalid);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("summary");
    }
    String title = title();
    logWith(key, body(title)).then().statusCode(201);
    assertThat(requestsTitled(title)).isEqualTo(1);
  }

  @Test
  void anExpiredKeyIsForgotten() {
    String title = title();
    String key = key();
    String first = logWith(key, body(title)).path("reference");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IdempotencyRecord.update(
                    "expiresAt = ?1 where location = ?2",
                    Instant.now(clock).minusSeconds(1),
                    "/api/requests/" + first));
    Response after = logWith(key, body(title));
    assertThat(after.statusCode()).isEqualTo(201);
    assertThat(after.header("Idempotent-Replayed")).isNull();
    assertThat((String) after.path("reference")).isNotEqualTo(first);
    assertThat(requestsTitled(title)).isEqualTo(2);
  }
}
