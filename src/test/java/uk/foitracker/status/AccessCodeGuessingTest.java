package uk.foitracker.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.request.AccessCodes;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;
import uk.foitracker.web.TooManyAttempts;

/**
 * Guessing access codes does not pay (OWASP ASVS 5.0 V6, issue 11 item 5). Every code checked is a
 * PBKDF2 run, counted in the metric {@link RequestStatuses#CODE_CHECKS}: a thousand guesses from
 * one address against many references check at most {@code max-failures} (3 in tests) codes, and
 * one address against one reference waits longer and longer after two wrong tries. No count is per
 * reference alone (issue 21): strangers guessing from many addresses cannot lock the requester out
 * (each code has about 59 bits, so their few tries each do not add up to a chance). An unknown
 * reference and a wrong code get the same status and the same bytes, and both run PBKDF2 exactly
 * once. The code travels only in POST bodies.
 *
 * <p>Many addresses cannot be simulated over HTTP here (the connection is always from loopback and
 * X-Forwarded-For is not trusted), so those guesses call the service verb the page and the API
 * call, with the address as the resources would pass it.
 */
@QuarkusTest
class AccessCodeGuessingTest {
  private static final int GUESSES = 1000;
  private static final int PER_ADDRESS = 3;
  private static final int STRANGERS = 20;

  @Inject OfficerRequests officer;
  @Inject RequestStatuses statuses;
  @Inject FailedAttempts attempts;
  @Inject MeterRegistry metrics;
  @Inject Clock clock;

  @BeforeEach
  void forgetWrongTries() {
    attempts.clear();
  }

  /**
   * Issue 21: the per-reference lock let anyone lock a requester out. Now strangers guessing from
   * many addresses, in parallel, each use up only their own tries; the requester, from their own
   * address, still gets in with the right code.
   */
  @Test
  void strangersGuessingFromManyAddressesDoNotLockOutTheRequester() throws Exception {
    Logged logged = log();
    Map<String, Integer> outcomes = new ConcurrentSkipListMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> guesses = new ArrayList<>();
      for (int i = 0; i < STRANGERS; i++) {
        String address = "2001:db8::" + Integer.toHexString(i + 1);
        for (int t = 0; t < PER_ADDRESS + 1; t++) {
          guesses.add(
              pool.submit(
                  () ->
                      outcomes.merge(
                          inRequestContext(
                              () -> outcome(logged.reference(), AccessCodes.generate(), address)),
                          1,
                          Integer::sum)));
        }
      }
      for (Future<?> guess : guesses) {
        guess.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "Guessing, %d addresses x %d tries against 1 reference: outcomes %s%n",
        STRANGERS, PER_ADDRESS + 1, outcomes);
    assertThat(outcomes.get("429"))
        .as("each stranger slowed down")
        .isGreaterThanOrEqualTo(STRANGERS);
    assertThat(outcome(logged.reference(), logged.accessCode(), "192.0.2.250"))
        .as("the requester is not locked out")
        .isEqualTo("200");
  }

  @Test
  void aThousandGuessesFromOneAddressAgainstManyReferencesCheckAHandful() {
    Logged logged = log();
    double before = codeChecks();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < GUESSES; i++) {
      String reference =
          i % 100 == 0 ? logged.reference() : String.format("FOI-2031-%05d", 10_000 + i);
      int status = api(reference, AccessCodes.generate()).statusCode();
      statuses.merge(status, 1, Integer::sum);
    }
    long checked = Math.round(codeChecks() - before);
    System.out.printf(
        "Guessing over HTTP, 1 address x %d references: %d codes checked, statuses %s%n",
        GUESSES, checked, statuses);
    assertThat(checked).isEqualTo(PER_ADDRESS);
    assertThat(statuses)
        .containsEntry(404, PER_ADDRESS)
        .containsEntry(429, GUESSES - PER_ADDRESS)
        .hasSize(2);
  }

  @Test
  void aRefusedAddressIsRefusedEvenWithTheRightCodeAndTellsNothingAboutExistence() {
    Logged logged = log();
    String unknown = "FOI-2031-99999";
    for (int i = 0; i < PER_ADDRESS; i++) {
      api(String.format("FOI-2031-%05d", 20_000 + i), AccessCodes.generate())
          .then()
          .statusCode(404);
    }
    double before = codeChecks();
    Response known = api(logged.reference(), logged.accessCode());
    Response missing = api(unknown, logged.accessCode());
    assertThat(codeChecks() - before).as("no code checked while refused").isZero();
    assertThat(known.statusCode()).isEqualTo(429);
    assertThat(missing.statusCode()).isEqualTo(429);
    assertThat(known.asString()).isEqualTo(missing.asString());
    assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(1L, 15L * 60);

    attempts.clear();
    api(logged.reference(), logged.accessCode()).then().statusCode(200);
  }

  @Test
  void anUnknownReferenceAndAWrongCodeAreIndistinguishable() {
    Logged logged = log();
    String unknown = "EIR-2031-00001";

    double start = codeChecks();
    Response wrongCode = api(logged.reference(), AccessCodes.generate());
    double afterWrongCode = codeChecks();
    Response wrongReference = api(unknown, logged.accessCode());
    double afterWrongReference = codeChecks();
    assertThat(wrongCode.statusCode()).isEqualTo(404);
    assertThat(wrongReference.statusCode()).isEqualTo(404);
    assertThat(wrongCode.asByteArray()).isEqualTo(wrongReference.asByteArray());
    assertThat(wrongCode.contentType()).isEqualTo(wrongReference.contentType());
    // timing: each ran PBKDF2 exactly once (the unknown reference against a dummy hash)
    assertThat(afterWrongCode - start).isEqualTo(1.0);
    assertThat(afterWrongReference - afterWrongCode).isEqualTo(1.0);

    attempts.clear();
    StatusForm form = StatusForm.open();
    double pageStart = codeChecks();
    Response pageWrongCode = form.post(logged.reference(), AccessCodes.generate());
    Response pageWrongReference = form.post(unknown, logged.accessCode());
    assertThat(codeChecks() - pageStart).isEqualTo(2.0);
    assertThat(pageWrongCode.statusCode())
        .isEqualTo(404)
        .isEqualTo(pageWrongReference.statusCode());
    assertThat(pageWrongCode.asString()).isEqualTo(pageWrongReference.asString());
  }

  @Test
  void theCodeTravelsOnlyInPostBodies() {
    Logged logged = log();
    double before = codeChecks();

    // in a query string it is ignored by the page ...
    Response get =
        given()
            .queryParam("reference", logged.reference())
            .queryParam("accessCode", logged.accessCode())
            .get("/status");
    assertThat(get.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(get.asString());
    assertThat(page.select("#state")).isEmpty();
    assertThat(page.select("#accessCode").val()).isEmpty();
    assertThat(get.asString()).doesNotContain(logged.accessCode());
    // ... the API has no GET ...
    assertThat(
            given()
                .queryParam("reference", logged.reference())
                .queryParam("accessCode", logged.accessCode())
                .get("/api/status")
                .statusCode())
        .isEqualTo(405);
    // ... and a POST reads only its body, never the query string
    given()
        .queryParam("reference", logged.reference())
        .queryParam("accessCode", logged.accessCode())
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/status")
        .then()
        .statusCode(400);
    StatusForm form = StatusForm.open();
    Response formWithQuery =
        given()
            .redirects()
            .follow(false)
            .queryParam("reference", logged.reference())
            .queryParam("accessCode", logged.accessCode())
            .contentType("application/x-www-form-urlencoded")
            .cookie(StatusForm.CSRF, form.cookie())
            .formParam(StatusForm.CSRF, form.token())
            .post("/status");
    assertThat(formWithQuery.statusCode()).isEqualTo(400);
    assertThat(codeChecks() - before).as("no code was checked").isZero();

    // the form posts to an address without a query, and the answer is never cached
    assertThat(form.page().select("form:has(#accessCode)").attr("method")).isEqualTo("post");
    assertThat(form.page().select("form:has(#accessCode)").attr("action")).isEqualTo("/status");
    Response ok = form.post(logged.reference(), logged.accessCode());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.header("Cache-Control")).isEqualTo("no-store");
    assertThat(ok.asString()).doesNotContain(logged.accessCode());
  }

  @Test
  void triesRefusedByTheLimitsAreCountedInTheMetrics() {
    Logged logged = log();
    double byAddress = refusals("address");
    for (int i = 0; i < PER_ADDRESS; i++) {
      api(logged.reference(), AccessCodes.generate()).then().statusCode(404);
    }
    api(logged.reference(), AccessCodes.generate()).then().statusCode(429);
    assertThat(refusals("address") - byAddress).isEqualTo(1.0);

    // the pair's growing delays are shown in FailedAttemptsTest (tests allow 3 free tries, so
    // over one address the address limit comes first)
    assertThat(given().get("/q/metrics").asString())
        .contains("foi_status_code_checks_total")
        .contains("foi_status_refusals_total{limit=\"pair\"");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Logged log() {
    String summary = "Guessing " + System.nanoTime();
    return officer.log(
        new NewRequest(
            "FOIA",
            DateField.of(LocalDate.now(clock).minusDays(2)),
            "EMAIL",
            summary,
            "Gus Guesstest",
            "gus.guesstest@example.org",
            "How many guesses?",
            "",
            List.of(new NewRequest.QuestionDraft("1", "How many guesses?")),
            ""),
        "olive",
        false);
  }

  /** "200", "404" or "429", as the page and the API would answer this service call. */
  private String outcome(String reference, String code, String address) {
    try {
      statuses.check(reference, code, address);
      return "200";
    } catch (RequestStatuses.NoSuchStatus e) {
      return "404";
    } catch (TooManyAttempts e) {
      return "429";
    }
  }

  /** As a request thread has it: a worker thread has no request context of its own. */
  private static String inRequestContext(Supplier<String> call) {
    ManagedContext context = Arc.container().requestContext();
    context.activate();
    try {
      return call.get();
    } finally {
      context.terminate();
    }
  }

  private double codeChecks() {
    return metrics.get(RequestStatuses.CODE_CHECKS).counter().count();
  }

  private double refusals(String limit) {
    return metrics.get(RequestStatuses.REFUSALS).tag("limit", limit).counter().count();
  }

  private static Response api(String reference, String accessCode) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("reference", reference, "accessCode", accessCode))
        .post("/api/status");
  }

  /** The status form's CSRF cookie and token, and posts that carry them. */
  private record StatusForm(String cookie, String token, Document page) {
    static final String CSRF = "csrf-token";

    static StatusForm open() {
      Response r = given().get("/status");
      Document page = Jsoup.parse(r.asString());
      return new StatusForm(r.getCookie(CSRF), page.select("input[name=" + CSRF + "]").val(), page);
    }

    Response post(String reference, String accessCode) {
      return given()
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded")
          .cookie(CSRF, cookie)
          .formParam(CSRF, token)
          .formParam("reference", reference)
          .formParam("accessCode", accessCode)
          .post("/status");
    }
  }
}
