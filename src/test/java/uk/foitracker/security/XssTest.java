package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile text in every free-text field an officer fills through the API (summary, request text,
 * introduction, closing, questions, answer paragraphs, table caption and headings, citation
 * reasons) and in the public search box; every page that shows it is parsed: no payload becomes a
 * script, an event handler, a javascript: address or an embedded document.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssTest {
  static final int BATCH = 11;
  static final List<String> PAYLOADS = payloads();
  private static final List<String> REFS = new ArrayList<>();
  private static final List<String> SLUGS = new ArrayList<>();
  private static final AtomicInteger PAGES = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  @Test
  @Order(1)
  @TestSecurity(user = "olive", roles = "officer")
  void officerEntersEveryPayloadAndHisPagesAreInert() {
    assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(150);
    for (int from = 0; from < PAYLOADS.size(); from += BATCH) {
      List<String> batch = PAYLOADS.subList(from, Math.min(PAYLOADS.size(), from + BATCH));
      String ref = log(batch);
      REFS.add(ref);
      String base = "/api/responses/" + ref;
      List<Integer> numbers = new ArrayList<>();
      for (int i = 1; i <= batch.size(); i++) {
        numbers.add(i);
      }
      count(post(base + "/answers", Map.of("questions", numbers, "paragraphs", batch)));
      StringBuilder cells = new StringBuilder("Year");
      batch.forEach(p -> cells.append('\t').append(p.replace('\t', ' ').replace('\n', ' ')));
      cells.append("\n2024");
      batch.forEach(p -> cells.append("\t5"));
      count(
          post(
              base + "/answers/1/tables",
              Map.of("caption", batch.get(0), "headerRows", 1, "cells", cells.toString())));
      for (int i = 0; i < batch.size(); i++) {
        count(
            post(
                base + "/questions/" + (i + 1) + "/citations",
                Map.of("provision", "FOIA-1-1-a", "reasons", batch.get(i))));
        put(base + "/questions/" + (i + 1) + "/outcome", Map.of("outcome", "NOT_HELD"));
      }
      post(
          base + "/send",
          Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true));
      String slug = "xss-" + ref.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      if (post(base + "/publish", Map.of("slug", slug)).statusCode() == 200) {
        SLUGS.add(slug);
      }
      inert("/officer/requests/" + ref);
      inert("/api/responses/" + ref + "/letter");
    }
    inert("/officer/requests");
    inert("/officer/requests?sort=reference&order=desc");
    assertThat(SLUGS).as("batches published").isNotEmpty();
    // the payloads are shown, as text
    Document page = Jsoup.parse(given().get("/officer/requests/" + REFS.get(0)).asString());
    long shown =
        PAYLOADS.subList(0, BATCH).stream().filter(p -> page.text().contains(p.strip())).count();
    assertThat(shown).as("payloads shown literally on the officer's page").isGreaterThan(BATCH / 2);
  }

  @Test
  @Order(2)
  void thePublicPagesAndTheSearchBoxAreInert() {
    for (String slug : SLUGS) {
      inert("/cases/" + slug);
    }
    inert("/");
    inert("/cases");
    for (String p : PAYLOADS) {
      Response r = given().queryParam("q", p).get("/cases");
      PAGES.incrementAndGet();
      assertThat(r.statusCode()).as("search for %s", p).isIn(200, 400);
      check("/cases?q=" + p, r.asString());
    }
    String atom = given().get("/cases.atom").then().statusCode(200).extract().asString();
    Document feed = Jsoup.parse(atom, "", org.jsoup.parser.Parser.xmlParser());
    assertThat(feed.select("script, [onerror], [onload]")).isEmpty();
  }

  @Test
  @Order(3)
  @TestSecurity(user = "adam", roles = "auditor")
  void theAuditorsPagesAreInert() {
    for (String ref : REFS) {
      inert("/audit/requests/" + ref);
    }
    inert("/audit/requests");
    inert("/audit/refusals");
    System.out.printf(
        "XSS: %d payloads, %d fields accepted / %d refused as invalid, %d pages parsed, 0 live"
            + " elements%n",
        PAYLOADS.size(), ACCEPTED.get(), REFUSED.get(), PAGES.get());
  }

  @Test
  @Order(4)
  void theCheckFindsLiveMarkup() {
    for (String bad :
        List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=' java\tscript:alert(1)'>x</a>",
            "<svg><set attributeName=x to=y></set></svg>",
            "<iframe srcdoc='x'></iframe>",
            "<p style='x'>")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> check("sample", bad))
          .as(bad)
          .isInstanceOf(AssertionError.class);
    }
    check(
        "sample",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script src=/static/app.js></script>");
  }

  // ---------------------------------------------------------------------------------------

  private String log(List<String> batch) {
    List<Map<String, Object>> questions = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      questions.add(Map.of("number", i + 1, "text", batch.get(i)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(1).toString());
    body.put("channel", "EMAIL");
    body.put("summary", batch.get(0));
    body.put("requesterName", "Test Requester");
    body.put("requesterContact", "x@example.org");
    body.put("requestText", String.join("\n", batch));
    body.put("preamble", batch.get(batch.size() - 1));
    body.put("questions", questions);
    body.put("postscript", batch.get(batch.size() / 2));
    Response r = post("/api/requests", body);
    if (r.statusCode() != 201) {
      throw new AssertionError("logging refused: " + r.asString());
    }
    ACCEPTED.incrementAndGet();
    return r.path("reference");
  }

  private static Response post(String path, Object body) {
    return given().contentType(ContentType.JSON).body(body).post(path);
  }

  private static Response put(String path, Object body) {
    return given().contentType(ContentType.JSON).body(body).put(path);
  }

  private static void count(Response r) {
    assertThat(r.statusCode()).as(r.asString()).isLessThan(500);
    (r.statusCode() < 300 ? ACCEPTED : REFUSED).incrementAndGet();
  }

  private static void inert(String path) {
    Response r = given().redirects().follow(false).get(path);
    assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
    PAGES.incrementAndGet();
    check(path, r.asString());
  }

  static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "xlink:href", "data", "background", "poster");
  static final String FORBIDDEN_ELEMENTS =
      "iframe, frame, frameset, object, embed, base, style, link[rel=import], meta[http-equiv],"
          + " applet, template, isindex, xss, svg animate, svg set, svg foreignObject, svg use,"
          + " math *";

  static void check(String where, String html) {
    Document d = Jsoup.parse(html);
    List<String> live = new ArrayList<>();
    for (Element s : d.select("script")) {
      String src = s.attr("src");
      if (!(src.startsWith("/static/") || src.startsWith("/webjars/")) || !s.data().isBlank()) {
        live.add("script " + s.outerHtml());
      }
    }
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on") || name.equals("srcdoc") || name.equals("style")) {
          live.add(e.tagName() + "[" + name + "]");
        }
        if (URL_ATTRIBUTES.contains(name)) {
          String v = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
          if (v.startsWith("javascript:")
              || v.startsWith("vbscript:")
              || v.startsWith("data:text/html")) {
            live.add(e.tagName() + "[" + name + "=" + a.getValue() + "]");
          }
        }
      }
    }
    d.select(FORBIDDEN_ELEMENTS).forEach(e -> live.add("element " + e.tagName()));
    assertThat(live).as("live markup on %s", where).isEmpty();
  }

  private static List<String> payloads() {
    try (InputStream in = XssTest.class.getResourceAsStream("/xss-payloads.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("# "))
          .map(l -> l.replace("\\n", "\n"))
          .toList();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("xss-payloads.txt missing", e);
    }
  }
}
