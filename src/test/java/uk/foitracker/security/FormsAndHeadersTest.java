package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.request.OfficerRequests;

/**
 * Crawls every page reachable as anonymous, officer and auditor (links followed from the home
 * pages): every response carries the security headers; every POST form carries the CSRF token;
 * forged POSTs (no token, wrong token, token without its cookie) to every form action get a 4xx and
 * leave the database as it was; and the crawl itself (GETs only) changes nothing.
 */
@QuarkusTest
class FormsAndHeadersTest {
  static final String CSRF = "csrf-token";
  static final int MAX_PAGES = 120;

  @Inject OfficerRequests officer;
  @Inject Clock clock;
  @Inject DbSnapshot db;

  private static String ref;
  private static final AtomicInteger PAGES = new AtomicInteger();
  private static final AtomicInteger FORMS = new AtomicInteger();
  private static final AtomicInteger FORGED = new AtomicInteger();

  @BeforeEach
  void plant() {
    if (ref == null) {
      ref = Planted.log(officer, clock, "Forms and headers " + System.nanoTime(), "How many?");
    }
  }

  @Test
  void anonymousCrawl() {
    crawlAndForge("/", "/cases", "/deadline", "/provisions", "/no-such-page");
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officerCrawl() {
    crawlAndForge("/", "/officer/requests", "/officer/requests/new", "/officer/requests/" + ref);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void auditorCrawl() {
    crawlAndForge(
        "/", "/audit/requests", "/audit/requests/" + ref, "/audit/refusals", "/audit/statistics");
  }

  @Test
  void apiAndStaticResponsesCarryTheHeadersToo() {
    for (String path :
        List.of(
            "/api/cases",
            "/api/cases/" + Planted.LEICESTER,
            "/api/deadline?received=2023-04-28&regime=FOIA",
            "/api/requests",
            "/api/nothing-here",
            "/cases.csv",
            "/cases.atom",
            "/static/app.css",
            "/static/app.js",
            "/officer/requests")) {
      Response r = given().redirects().follow(false).get(path);
      assertHeaders(path, r);
    }
    Response swagger = given().get("/q/swagger-ui/");
    assertThat(swagger.statusCode()).as("Swagger UI still served").isEqualTo(200);
    assertThat(swagger.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void cookiesAreHttpOnlyAndSameSite() {
    // The OIDC state cookie set when the code flow starts, and the CSRF cookie of a form page.
    Response start = given().redirects().follow(false).get("/officer/requests");
    List<String> setCookies = start.headers().getValues("Set-Cookie");
    assertThat(setCookies).as("the sign-in redirect sets the OIDC state cookie").isNotEmpty();
    for (String c : setCookies) {
      assertThat(c).as(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void csrfCookieIsHttpOnlyAndSameSite() {
    Response page = given().get("/officer/requests/new");
    String c =
        page.headers().getValues("Set-Cookie").stream()
            .filter(v -> v.startsWith(CSRF + "="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no CSRF cookie set by a form page"));
    assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @AfterAll
  static void summary() {
    System.out.printf(
        "Forms and headers: %d pages crawled with headers checked, %d POST forms carry the CSRF"
            + " token, %d forged posts refused with nothing changed%n",
        PAGES.get(), FORMS.get(), FORGED.get());
  }

  // ---------------------------------------------------------------------------------------

  private void crawlAndForge(String... start) {
    Map<String, Long> before = db.take();
    Map<String, Element> forms = new LinkedHashMap<>();
    Map<String, String> formPage = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> perPath = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    List<String> problems = new ArrayList<>();
    while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
      String url = queue.poll();
      if (!seen.add(url)) {
        continue;
      }
      Response r = given().redirects().follow(false).get(url);
      PAGES.incrementAndGet();
      assertHeaders(url, r);
      String type = r.contentType() == null ? "" : r.contentType();
      if (!type.startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(r.asString(), "http://localhost" + url);
      for (Element form : page.select("form")) {
        String method = form.attr("method").toLowerCase();
        if (!method.equals("post")) {
          continue;
        }
        FORMS.incrementAndGet();
        Element token = form.selectFirst("input[type=hidden][name=" + CSRF + "]");
        if (token == null || token.val().isBlank()) {
          problems.add("form without CSRF token on " + url + ": " + form.attr("action"));
        }
        String action = form.attr("action").isEmpty() ? url : form.attr("action");
        forms.putIfAbsent(action, form);
        formPage.putIfAbsent(action, url);
      }
      for (Element a : page.select("a[href]")) {
        String href = a.attr("href");
        if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/sign-out")) {
          continue;
        }
        href = href.replaceAll("#.*$", "");
        String path = href.replaceAll("\\?.*$", "");
        // a few query variants per path (filters, pages, orders), not every combination
        if (perPath.merge(path, 1, Integer::sum) <= 3) {
          queue.add(href);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(db.take())
        .as("GETs of %d pages changed the database", seen.size())
        .isEqualTo(before);
    for (var e : forms.entrySet()) {
      forge(formPage.get(e.getKey()), e.getKey(), e.getValue());
    }
  }

  /** Three forged posts of the form as it stands: each must be refused and change nothing. */
  private void forge(String pageUrl, String action, Element form) {
    Response page = given().get(pageUrl);
    String cookie = page.getCookie(CSRF);
    String token = Jsoup.parse(page.asString()).select("input[name=" + CSRF + "]").val();
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element in : form.select("input[name], textarea[name], select[name]")) {
      if (!in.attr("name").equals(CSRF)) {
        String value = in.tagName().equals("select") ? in.select("option").last().val() : in.val();
        fields.putIfAbsent(in.attr("name"), value.isEmpty() ? "1" : value);
      }
    }
    record Forgery(String what, String cookie, String token) {}
    for (Forgery f :
        List.of(
            new Forgery("no token, no cookie", null, null),
            new Forgery("cookie, wrong token", cookie, "forged" + token),
            new Forgery("token, no cookie", null, token))) {
      Map<String, Long> before = db.take();
      RequestSpecification spec =
          given()
              .redirects()
              .follow(false)
              .contentType("application/x-www-form-urlencoded")
              .formParams(fields);
      if (f.cookie() != null) {
        spec = spec.cookie(CSRF, f.cookie());
      }
      if (f.token() != null) {
        spec = spec.formParam(CSRF, f.token());
      }
      int status = spec.post(action).statusCode();
      assertThat(status).as("forged POST %s (%s)", action, f.what()).isBetween(400, 499);
      assertThat(db.take())
          .as("forged POST %s (%s) changed data", action, f.what())
          .isEqualTo(before);
      FORGED.incrementAndGet();
    }
  }

  static void assertHeaders(String url, Response r) {
    String csp = r.header("Content-Security-Policy");
    if (url.startsWith("/q/")) {
      csp = "default-src 'self'; frame-ancestors 'none'"; // framework pages: strict CSP excluded
    }
    assertThat(csp)
        .as("CSP on " + url)
        .isNotNull()
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(r.header("X-Content-Type-Options")).as("nosniff on " + url).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).as("X-Frame-Options on " + url).isEqualTo("DENY");
    assertThat(r.header("Referrer-Policy")).as("Referrer-Policy on " + url).isNotBlank();
    assertThat(r.header("Permissions-Policy")).as("Permissions-Policy on " + url).isNotBlank();
  }
}
