package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * UK GDPR data minimisation: a request logged with a recognisable fake requester (name, e-mail,
 * postal address) is answered, sent and published through the API; then every public page and API
 * answer, the exports, the auditor's pages and API, error answers and everything the application
 * logged during the test are searched for the personal data. Only the officer's own request page
 * may show it.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataTest {
  static final List<String> NEEDLES =
      List.of(Planted.NAME, "Quixote-Fairweather", Planted.CONTACT, "Xylophone Terrace", "QX9 9ZZ");

  private static final List<String> LOG = java.util.Collections.synchronizedList(new ArrayList<>());
  private static Handler handler;
  private static String ref;
  private static String slug;
  private static String accessCode;

  @BeforeEach
  void captureLog() {
    if (handler == null) {
      handler =
          new Handler() {
            @Override
            public void publish(LogRecord r) {
              StringBuilder b = new StringBuilder(String.valueOf(r.getMessage()));
              if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                  b.append(' ').append(p);
                }
              }
              for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                b.append(' ').append(t);
              }
              LOG.add(r.getLoggerName() + ": " + b);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      handler.setLevel(java.util.logging.Level.ALL);
      Logger.getLogger("").addHandler(handler);
      Logger.getLogger("uk.foitracker").setLevel(java.util.logging.Level.ALL);
    }
  }

  @Test
  @Order(1)
  @TestSecurity(user = "olive", roles = "officer")
  void officerLogsAnswersSendsAndPublishes() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(3).toString());
    body.put("channel", "EMAIL");
    body.put("summary", "Potholes repaired " + System.nanoTime());
    body.put("requesterName", Planted.NAME);
    body.put("requesterContact", Planted.CONTACT + ", " + Planted.ADDRESS);
    body.put("requestText", "How many potholes were repaired in 2024?");
    // a bad attempt first: the validation error must not echo or log the personal data
    Map<String, Object> bad = new LinkedHashMap<>(body);
    bad.put("receivedOn", "2024-02-31");
    String refused =
        given()
            .contentType(ContentType.JSON)
            .body(bad)
            .post("/api/requests")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertNone("validation problem", refused);

    var logged =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract();
    ref = logged.path("reference");
    accessCode = logged.path("accessCode");
    assertNone("logging answer", logged.asString().replace(accessCode, ""));
    String base = "/api/responses/" + ref;
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("questions", List.of(1), "paragraphs", List.of("1,204 potholes were repaired.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", LocalDate.now().toString()))
        .post(base + "/send")
        .then()
        .statusCode(200);
    slug = "potholes-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    // the publish check covers the texts added for issue 17: the attribution statement, the
    // rights as sent and the internal review's decision text
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("licenceStatement", "", "attributionStatement", "Prepared for " + Planted.NAME))
        .put(base + "/licence")
        .then()
        .statusCode(204);
    String blocked =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("slug", slug))
            .post(base + "/publish")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(blocked).contains("attributionStatement");
    assertNone("publish refusal", blocked);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("licenceStatement", "", "attributionStatement", "Contains council data."))
        .put(base + "/licence")
        .then()
        .statusCode(204);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("requestedOn", LocalDate.now().toString()))
        .post(base + "/reviews")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reviewer",
                "Head of Information Governance",
                "outcome",
                "UPHELD",
                "reasons",
                "The count was right.",
                "decidedOn",
                LocalDate.now().toString()))
        .put(base + "/reviews/1")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .statusCode(200);

    // control: the officer's own request page shows the requester
    String page =
        given().get("/officer/requests/" + ref).then().statusCode(200).extract().asString();
    assertThat(Jsoup.parse(page).text()).contains(Planted.NAME).contains(Planted.CONTACT);
    // every officer API answer about it: none
    for (String path : List.of("/api/requests", "/api/requests/" + ref, base)) {
      assertNone(path, given().get(path).then().extract().asString());
    }
  }

  @Test
  @Order(2)
  void theAnonymousPublicSeesNone() {
    assertThat(slug).isNotNull();
    given().get("/api/cases/" + slug).then().statusCode(200);
    Map<String, String> pages =
        Crawl.from(
            150,
            "/",
            "/cases/" + slug,
            "/api/cases",
            "/api/cases/" + slug,
            "/api/cases/" + slug + "/versions",
            "/api/cases/" + slug + "/versions/1",
            "/cases/" + slug + "/versions/1",
            "/cases.csv",
            "/cases.atom",
            "/statistics",
            "/statistics.csv",
            "/cases?q=potholes",
            "/api/cases?q=potholes",
            "/cases?q=Zebedee",
            "/api/cases?q=Quixote",
            "/cases/" + slug + "/nothing",
            "/api/requests/" + ref);
    pages.forEach(this::assertNone);
    assertThat(pages.get("/cases/" + slug)).contains("1,204 potholes");
    assertThat(pages.get("/cases.csv")).contains(slug);
    System.out.printf("Personal data: %d public answers searched%n", pages.size());
  }

  @Test
  @Order(3)
  @TestSecurity(user = "adam", roles = "auditor")
  void theAuditorSeesNone() {
    Map<String, String> pages =
        Crawl.from(
            150,
            "/audit/requests",
            "/audit/requests/" + ref,
            "/audit/refusals",
            "/audit/statistics",
            "/audit/statistics.csv",
            "/api/requests",
            "/api/requests/" + ref,
            "/api/audit/findings");
    assertThat(pages.get("/audit/requests/" + ref)).contains(ref);
    pages.forEach(this::assertNone);
    System.out.printf("Personal data: %d auditor answers searched%n", pages.size());
  }

  @Test
  @Order(4)
  void theLogHoldsNone() {
    // control: a line in an application category reaches the handler
    org.jboss.logging.Logger.getLogger("uk.foitracker.request.OfficerRequests")
        .info("personal-data-test marker");
    List<String> lines;
    synchronized (LOG) {
      lines = new ArrayList<>(LOG);
    }
    assertThat(lines)
        .as("the handler caught the application's log")
        .anyMatch(l -> l.contains("personal-data-test marker"));
    for (String line : lines) {
      assertNone("log", line);
      assertThat(line).as("the access code in the log").doesNotContain(accessCode);
    }
    System.out.printf("Personal data: %d log records searched%n", lines.size());
    Logger.getLogger("").removeHandler(handler);
  }

  private void assertNone(String where, String text) {
    for (String needle : NEEDLES) {
      assertThat(text)
          .as("personal data '%s' in %s", needle, where)
          .doesNotContainIgnoringCase(needle);
    }
  }
}
