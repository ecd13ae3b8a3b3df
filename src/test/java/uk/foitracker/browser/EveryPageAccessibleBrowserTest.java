package uk.foitracker.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import uk.foitracker.examples.ExampleCases;
import uk.foitracker.mail.InboxFixtures;

/**
 * Every page each role can reach, found the way a person finds them (by following the links from
 * the role's home pages), passes axe with no serious or critical violation of WCAG 2.2 A/AA at
 * desktop (1280 pixels) and phone (390 pixels) widths, and at 1280 no table is wider than its
 * container (issue 20). One page of each kind is checked (a path with its references, numbers and
 * slugs taken out, and the names of its query parameters), so the crawl stays small however many
 * requests earlier tests left. All problems are reported at once, page by page. The test identity
 * stands for the signed-in browser; the officer's pages are crawled with real published responses,
 * an unsent draft, a request with a clock event and an e-mail waiting in the inbox.
 */
@QuarkusTest
class EveryPageAccessibleBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  /** At most this many pages per role: a runaway crawl fails rather than runs for ever. */
  static final int MAX_PAGES = 120;

  private static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d+|[A-Z]+-\\d+");
  private static final Pattern SKIP =
      Pattern.compile(
          "^/(sign-out|sign-in|static|assets|webjars|api|q)(/.*)?$"
              + "|\\.(pdf|csv|xlsx|eml|atom|json|txt|zip|xml)$"
              + "|/attachments/\\d+$");

  @Test
  void publicPages() {
    crawl("public", "/", "/cases", "/status", "/deadline", "/provisions", "/statistics");
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officerPages() {
    String published = ExampleCases.reference("sheffield-go-local-bids");
    String tables = ExampleCases.reference("durham");
    String draft = ExampleCases.draft("sheffield-drupal-cms");
    long mail = InboxFixtures.draft();
    clarificationAsked(draft); // the request page then links to the page correcting it
    List<String> start = new ArrayList<>();
    start.addAll(
        List.of(
            "/officer/requests",
            "/officer/requests/new",
            "/officer/inbox",
            "/officer/inbox/" + mail,
            "/officer/settings",
            "/officer/imports",
            "/officer/imports/new"));
    for (String ref : List.of(published, tables, draft)) {
      String base = "/officer/requests/" + ref;
      start.addAll(
          List.of(
              base,
              base + "/corrections",
              base + "/acknowledgement",
              base + "/response",
              base + "/response/questions",
              base + "/response/answers",
              base + "/response/citations",
              base + "/response/cost",
              base + "/response/notice",
              base + "/response/attachments",
              base + "/response/letter",
              base + "/response/send",
              base + "/response/publish",
              base + "/response/review",
              base + "/response/sent",
              base + "/response/published"));
    }
    crawl("officer", start.toArray(String[]::new));
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void auditorPages() {
    crawl(
        "auditor",
        "/audit/requests",
        "/audit/refusals",
        "/audit/statistics",
        "/audit/trail",
        "/cases");
  }

  /** Records on the day the request arrived that clarification was asked for (the requests API). */
  private static void clarificationAsked(String ref) {
    var read = given().get("/api/requests/" + ref).then().statusCode(200).extract();
    String received = read.path("receivedOn");
    Number version = read.path("version");
    assertThat(received).as("the example states when %s arrived", ref).isNotNull();
    given()
        .contentType("application/json")
        .body(
            "{\"kind\":\"CLARIFICATION_REQUESTED\",\"date\":\"%s\",\"version\":%d}"
                .formatted(received, version.longValue()))
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(200);
  }

  /**
   * Visits every page reachable from {@code start} at 1280 pixels (axe, the tables' widths, the
   * links to follow), then each of them again at 390 (axe); fails listing every problem.
   */
  private static void crawl(String role, String... start) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    browser.driver().manage().window().setSize(new Dimension(1280, 1024));
    Set<String> kinds = new LinkedHashSet<>();
    List<String> pages = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> starts = new LinkedHashSet<>(List.of(start));
    Deque<String> queue = new ArrayDeque<>(starts);
    Set<String> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      String url = queue.poll();
      // each start page is checked (the same kind of page in another state: a draft, a case
      // published); a page found by a link only when no page of its kind was checked yet
      boolean first = kinds.add(kind(url));
      if (SKIP.matcher(url.replaceAll("\\?.*$", "")).find()
          || !(first || starts.contains(url))
          || !seen.add(url)) {
        continue;
      }
      assertThat(seen).as("pages reachable by the %s", role).hasSizeLessThan(MAX_PAGES);
      browser.open(url);
      if (!"text/html".equals(js.executeScript("return document.contentType"))) {
        continue;
      }
      pages.add(url);
      String axe = browser.accessibilityProblems();
      if (!axe.isEmpty()) {
        problems.add(url + " at 1280:\n" + axe);
      }
      for (String table : widerTables(js)) {
        problems.add(url + " at 1280: " + table);
      }
      @SuppressWarnings("unchecked")
      List<String> links =
          (List<String>)
              js.executeScript(
                  "return [...document.querySelectorAll('a[href]')]"
                      + ".map(a => a.getAttribute('href'))"
                      + ".filter(h => h.startsWith('/') && !h.startsWith('//'))"
                      + ".map(h => h.replace(/#.*$/, ''));");
      queue.addAll(links);
      if (url.matches("/audit/cases/[^/?]+")) {
        queue.add(url + "?asAt=2026-11-30"); // the findings as they stood on a past day
      }
    }
    browser.driver().manage().window().setSize(new Dimension(390, 900));
    try {
      for (String url : pages) {
        browser.open(url);
        String axe = browser.accessibilityProblems();
        if (!axe.isEmpty()) {
          problems.add(url + " at 390:\n" + axe);
        }
      }
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 1024));
    }
    System.out.println(
        "ACCESSIBILITY " + role + ": " + pages.size() + " pages checked at 1280 and 390");
    pages.forEach(p -> System.out.println("  " + p));
    assertThat(problems)
        .as("pages of the %s with problems:%n%s", role, String.join("\n", problems))
        .isEmpty();
  }

  /** A page's kind: its path with references, numbers and slugs taken out, and its query keys. */
  static String kind(String url) {
    String path = url.replaceAll("\\?.*$", "");
    String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    path = REFERENCE.matcher(path).replaceAll("{ref}");
    path = path.replaceAll("/\\d+(?=/|$)", "/{n}");
    path = path.replaceAll("^/cases/[^/]+", "/cases/{slug}");
    path = path.replaceAll("^/provisions/[^/]+", "/provisions/{code}");
    Set<String> keys = new TreeSet<>();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        keys.add(pair.replaceAll("=.*$", ""));
      }
    }
    return path + (keys.isEmpty() ? "" : "?" + String.join("&", keys));
  }

  /**
   * The tables in main wider than their container's content box, or whose container's content runs
   * past main (a grid column's padding may: the row's negative margins take it back).
   */
  @SuppressWarnings("unchecked")
  private static List<String> widerTables(JavascriptExecutor js) {
    List<Map<String, Object>> tables =
        (List<Map<String, Object>>)
            js.executeScript(
                "const main = document.querySelector('main');"
                    + " if (!main) { return []; }"
                    + " const right = main.getBoundingClientRect().right;"
                    + " return [...main.querySelectorAll('table')].map((t, i) => {"
                    + "  const p = t.parentElement, s = getComputedStyle(p);"
                    + "  const padL = parseFloat(s.paddingLeft), padR = parseFloat(s.paddingRight);"
                    + "  const contentRight = p.getBoundingClientRect().right"
                    + "   - parseFloat(s.borderRightWidth) - padR;"
                    + "  return {id: t.id || ('table ' + (i + 1)),"
                    + "   overflow: Math.round(t.getBoundingClientRect().width"
                    + "     - (p.clientWidth - padL - padR)),"
                    + "   pageOverflow: Math.round(contentRight - right)};"
                    + " });");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> t : tables) {
      long overflow = ((Number) t.get("overflow")).longValue();
      long pageOverflow = ((Number) t.get("pageOverflow")).longValue();
      if (overflow > 0 || pageOverflow > 0) {
        out.add(
            "table "
                + t.get("id")
                + " is "
                + overflow
                + "px wider than its container, which runs "
                + pageOverflow
                + "px past the page");
      }
    }
    return out;
  }
}
