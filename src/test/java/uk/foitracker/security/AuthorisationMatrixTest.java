package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.AUDITOR;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.OFFICER;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.OFFICER_OR_AUDITOR;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.PUBLIC;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.REQUESTER_WITH_CODE;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.SIGNED_IN;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.request.OfficerRequests;

/**
 * Who may call what. The endpoints come from the app itself (every JAX-RS resource method under
 * uk.foitracker, the Vert.x routes with a path, and the OpenAPI document), so a new endpoint fails
 * {@link #everyEndpointIsClassified()} until it has a line in {@link #TABLE}. Each endpoint is then
 * called as anonymous, a signed-in person without a role, an officer and an auditor, with real ids
 * and with unknown ids: a role that may not call it gets the sign-in redirect (pages), 401 (API,
 * anonymous) or 403 (wrong role), never the resource; a role that may gets it, and 404 for an
 * unknown id.
 */
@QuarkusTest
class AuthorisationMatrixTest {

  enum Access {
    /** Anyone, no sign-in. */
    PUBLIC,
    /** Any signed-in person (sends each role to its home). */
    SIGNED_IN,
    OFFICER,
    AUDITOR,
    OFFICER_OR_AUDITOR,
    /** Public address; what it gives depends on a reference and access code in a POST body. */
    REQUESTER_WITH_CODE
  }

  enum Who {
    ANONYMOUS,
    NO_ROLE,
    OFFICER,
    AUDITOR
  }

  /** Every endpoint the app serves, by "METHOD /template". Vert.x routes: "* /path". */
  static final Map<String, Access> TABLE =
      Map.ofEntries(
          // public pages
          entry("GET /", PUBLIC),
          entry("GET /cases", PUBLIC),
          entry("GET /cases/{slug}", PUBLIC),
          entry("GET /cases/{slug}/versions/{version}", PUBLIC),
          entry("GET /cases/{slug}/tables/{number}.csv", PUBLIC),
          entry("GET /cases.csv", PUBLIC),
          entry("GET /cases.atom", PUBLIC),
          entry("GET /deadline", PUBLIC),
          entry("GET /provisions", PUBLIC),
          entry("GET /provisions/{code}", PUBLIC),
          // public API
          entry("GET /api/cases", PUBLIC),
          entry("GET /api/cases/{slug}", PUBLIC),
          entry("GET /api/cases/{slug}/versions", PUBLIC),
          entry("GET /api/cases/{slug}/versions/{version}", PUBLIC),
          entry("GET /api/deadline", PUBLIC),
          // sign-in
          entry("GET /sign-in", SIGNED_IN),
          // officer pages
          entry("GET /officer/requests", OFFICER),
          entry("GET /officer/requests/new", OFFICER),
          entry("POST /officer/requests/new", OFFICER),
          entry("GET /officer/requests/{ref}", OFFICER),
          entry("POST /officer/requests/{ref}/events/{kind}", OFFICER),
          entry("POST /officer/requests/{ref}/assign", OFFICER),
          // officer compose pages
          entry("GET /officer/requests/{ref}/response", OFFICER),
          entry("GET /officer/requests/{ref}/response/letter", OFFICER),
          entry("GET /officer/requests/{ref}/response/letter.pdf", OFFICER),
          entry("POST /officer/requests/{ref}/response/questions/{number}/outcome", OFFICER),
          entry("POST /officer/requests/{ref}/response/answers", OFFICER),
          entry("POST /officer/requests/{ref}/response/answers/{position}", OFFICER),
          entry("GET /officer/requests/{ref}/response/answers/{position}/tables/new", OFFICER),
          entry("POST /officer/requests/{ref}/response/answers/{position}/tables", OFFICER),
          entry(
              "POST /officer/requests/{ref}/response/answers/{position}/tables/{table}/remove",
              OFFICER),
          entry("POST /officer/requests/{ref}/response/questions/{number}/citations", OFFICER),
          entry(
              "POST /officer/requests/{ref}/response/questions/{number}/citations/{position}/remove",
              OFFICER),
          entry("POST /officer/requests/{ref}/response/cost", OFFICER),
          entry("POST /officer/requests/{ref}/response/notice", OFFICER),
          entry("POST /officer/requests/{ref}/response/send", OFFICER),
          entry("POST /officer/requests/{ref}/response/publish", OFFICER),
          entry("POST /officer/requests/{ref}/response/withhold", OFFICER),
          entry("POST /officer/requests/{ref}/response/corrections", OFFICER),
          entry("POST /officer/requests/{ref}/response/review", OFFICER),
          entry("POST /officer/requests/{ref}/response/review/decision", OFFICER),
          // requester: status with reference and access code (in the POST body only)
          entry("GET /status", PUBLIC),
          entry("POST /status", REQUESTER_WITH_CODE),
          entry("POST /api/status", REQUESTER_WITH_CODE),
          // officer API
          entry("POST /api/requests", OFFICER),
          entry("POST /api/requests/{ref}/clock-events", OFFICER),
          entry("GET /api/responses/{ref}", OFFICER),
          entry("POST /api/responses/{ref}/answers", OFFICER),
          entry("PUT /api/responses/{ref}/answers/{position}", OFFICER),
          entry("PUT /api/responses/{ref}/questions/{number}/outcome", OFFICER),
          entry("POST /api/responses/{ref}/answers/{position}/tables/preview", OFFICER),
          entry("POST /api/responses/{ref}/answers/{position}/tables", OFFICER),
          entry("POST /api/responses/{ref}/answers/{position}/tables/file", OFFICER),
          entry("DELETE /api/responses/{ref}/answers/{position}/tables/{table}", OFFICER),
          entry("POST /api/responses/{ref}/questions/{number}/citations", OFFICER),
          entry("DELETE /api/responses/{ref}/questions/{number}/citations/{position}", OFFICER),
          entry("PUT /api/responses/{ref}/cost-assessment", OFFICER),
          entry("PUT /api/responses/{ref}/notice", OFFICER),
          entry("PUT /api/responses/{ref}/licence", OFFICER),
          entry("GET /api/responses/{ref}/letter", OFFICER),
          entry("GET /api/responses/{ref}/letter.pdf", OFFICER),
          entry("POST /api/responses/{ref}/send", OFFICER),
          entry("POST /api/responses/{ref}/publish", OFFICER),
          entry("POST /api/responses/{ref}/withhold", OFFICER),
          entry("POST /api/responses/{ref}/corrections", OFFICER),
          entry("POST /api/responses/{ref}/review", OFFICER),
          entry("PUT /api/responses/{ref}/review", OFFICER),
          // officers and auditors
          entry("GET /api/requests", OFFICER_OR_AUDITOR),
          entry("GET /api/requests/{ref}", OFFICER_OR_AUDITOR),
          // auditor pages and API
          entry("GET /audit/requests", AUDITOR),
          entry("GET /audit/requests/{ref}", AUDITOR),
          entry("GET /audit/refusals", AUDITOR),
          entry("POST /audit/refusals/marks", AUDITOR),
          entry("GET /audit/statistics", AUDITOR),
          entry("GET /audit/statistics.csv", AUDITOR),
          entry("GET /audit/statistics.xlsx", AUDITOR),
          entry("GET /audit/trail", AUDITOR),
          entry("GET /api/audit/findings", AUDITOR),
          // framework endpoints and static files (served by Vert.x routes, not JAX-RS)
          entry("GET /q/health", PUBLIC),
          entry("GET /q/openapi", PUBLIC),
          entry("GET /q/swagger-ui/", PUBLIC),
          entry("GET /static/app.css", PUBLIC),
          entry("GET /static/app.js", PUBLIC));

  /** Endpoints in the table that are not JAX-RS resource methods. */
  static final Set<String> FRAMEWORK =
      Set.of(
          "GET /q/health",
          "GET /q/openapi",
          "GET /q/swagger-ui/",
          "GET /static/app.css",
          "GET /static/app.js");

  /** The Vert.x routes with a path: Quarkus REST on "/" and the framework's "/q/" router. */
  static final Set<String> VERTX_ROUTES = Set.of("* /", "* /q/");

  /** Query strings that a GET needs to give its normal answer. */
  static final Map<String, String> QUERIES =
      Map.of("/api/deadline", "?received=2023-04-28&regime=FOIA");

  @Inject OfficerRequests officer;
  @Inject Clock clock;
  @Inject Routes routes;

  private static String ref;

  /**
   * A published case with at least one version; null if there is none (the seed has no history).
   */
  private static String versioned;

  private static final Map<Who, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static final AtomicInteger DENIED = new AtomicInteger();
  private static final AtomicInteger ALLOWED = new AtomicInteger();
  private static final AtomicInteger NOT_FOUND = new AtomicInteger();

  @BeforeEach
  void plant() {
    if (ref == null) {
      ref = Planted.log(officer, clock, "Authorisation matrix " + System.nanoTime(), "How many?");
      versioned = versionedCase();
    }
  }

  @Test
  void everyEndpointIsClassified() {
    Set<String> served = new TreeSet<>(Routes.jaxRsEndpoints());
    served.addAll(openApiOperations());
    served.addAll(FRAMEWORK);
    Set<String> unclassified = new TreeSet<>(served);
    unclassified.removeAll(TABLE.keySet());
    assertThat(unclassified)
        .as("endpoints the app serves that are not in the access table: classify them")
        .isEmpty();
    Set<String> gone = new TreeSet<>(TABLE.keySet());
    gone.removeAll(served);
    assertThat(gone).as("endpoints in the table that the app no longer serves").isEmpty();
    assertThat(routes.vertxRoutes())
        .as("Vert.x routes registered outside JAX-RS: add them to the table and FRAMEWORK")
        .isSubsetOf(VERTX_ROUTES);
  }

  @Test
  void anonymous() {
    runMatrix(Who.ANONYMOUS);
  }

  @Test
  @TestSecurity(user = "somebody", roles = "requester")
  void signedInWithoutARole() {
    runMatrix(Who.NO_ROLE);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officer() {
    runMatrix(Who.OFFICER);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void auditor() {
    runMatrix(Who.AUDITOR);
  }

  @AfterAll
  static void summary() {
    System.out.printf(
        "Authorisation matrix: %d endpoints x %s = %d calls; %d allowed as expected, %d denied as"
            + " expected, %d unknown-id 404s; 0 unexpected allows%n",
        TABLE.size(),
        CALLS.keySet(),
        CALLS.values().stream().mapToInt(AtomicInteger::get).sum(),
        ALLOWED.get(),
        DENIED.get(),
        NOT_FOUND.get());
  }

  private void runMatrix(Who who) {
    List<String> wrong = new ArrayList<>();
    for (var e : new TreeMap<>(TABLE).entrySet()) {
      String method = e.getKey().substring(0, e.getKey().indexOf(' '));
      String template = e.getKey().substring(e.getKey().indexOf(' ') + 1);
      boolean allowed = allows(e.getValue(), who);
      for (boolean known : new boolean[] {true, false}) {
        if (!known && !template.contains("{")) {
          continue;
        }
        String path = fill(template, known) + QUERIES.getOrDefault(template, "");
        Response r = call(method, path);
        CALLS.computeIfAbsent(who, w -> new AtomicInteger()).incrementAndGet();
        String problem = judge(who, method, path, allowed, known, r);
        if (problem != null) {
          wrong.add(who + " " + method + " " + path + ": " + problem);
        }
      }
    }
    assertThat(wrong).as("unexpected answers for " + who).isEmpty();
  }

  private static boolean allows(Access access, Who who) {
    return switch (access) {
      case PUBLIC, REQUESTER_WITH_CODE -> true;
      case SIGNED_IN -> who != Who.ANONYMOUS;
      case OFFICER -> who == Who.OFFICER;
      case AUDITOR -> who == Who.AUDITOR;
      case OFFICER_OR_AUDITOR -> who == Who.OFFICER || who == Who.AUDITOR;
    };
  }

  private static String judge(
      Who who, String method, String path, boolean allowed, boolean known, Response r) {
    int s = r.statusCode();
    boolean api = path.startsWith("/api/");
    String location = r.header("Location");
    boolean toSignIn = s == 302 && location != null && location.contains("/authorize");
    if (s >= 500) {
      return "server error " + s;
    }
    if (!allowed) {
      boolean ok = who == Who.ANONYMOUS ? (api ? s == 401 : toSignIn) : s == 403;
      if (ok) {
        DENIED.incrementAndGet();
        return null;
      }
      return "expected to be refused, got " + s + (location == null ? "" : " -> " + location);
    }
    if (s == 401 || s == 403 || toSignIn) {
      return "expected to be let in, got " + s;
    }
    if (!known && method.equals("GET")) {
      if (s == 404) {
        NOT_FOUND.incrementAndGet();
        return null;
      }
      return "unknown id: expected 404, got " + s;
    }
    if (method.equals("GET") && s == 404 && path.contains("/versions/") && versioned == null) {
      ALLOWED.incrementAndGet(); // no published case with a version history exists in this run
      return null;
    }
    if (method.equals("GET") && !(s >= 200 && s < 400)) {
      return "expected the page, got " + s;
    }
    // a write with an empty body: refused as invalid (400/404/409/415/422), or done
    ALLOWED.incrementAndGet();
    return null;
  }

  private static Response call(String method, String path) {
    RequestSpecification spec = given().redirects().follow(false);
    if (!method.equals("GET") && !method.equals("DELETE")) {
      spec =
          path.startsWith("/api/")
              ? spec.contentType("application/json").body("{}")
              : spec.contentType("application/x-www-form-urlencoded").formParam("x", "1");
    }
    return spec.request(method, path);
  }

  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

  private static String fill(String template, boolean known) {
    Matcher m = PARAM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "slug" ->
                !known
                    ? "no-such-case"
                    : template.contains("{version}") && versioned != null
                        ? versioned
                        : Planted.LEICESTER;
            case "ref" -> known ? ref : "FOI-0000-NOPE";
            case "code" -> known ? "FOIA-1-1-a" : "NO-SUCH-PROVISION";
            case "kind" -> "clarification-requested";
            case "version" -> known ? "1" : "999";
            case "number", "position", "table" -> known ? "1" : "999";
            default -> throw new IllegalStateException("no sample value for " + m.group());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String versionedCase() {
    List<String> slugs = given().get("/api/cases").then().statusCode(200).extract().path("slug");
    for (String slug : slugs == null ? List.<String>of() : slugs) {
      List<?> versions = given().get("/api/cases/" + slug + "/versions").then().extract().path("$");
      if (versions != null && !versions.isEmpty()) {
        return slug;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> openApiOperations() {
    Map<String, Object> paths =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
    Set<String> out = new TreeSet<>();
    paths.forEach(
        (p, ops) ->
            ((Map<String, Object>) ops)
                .keySet().stream()
                    .filter(k -> Set.of("get", "post", "put", "delete", "patch").contains(k))
                    .forEach(k -> out.add(k.toUpperCase() + " " + Routes.join(p, ""))));
    return out;
  }
}
