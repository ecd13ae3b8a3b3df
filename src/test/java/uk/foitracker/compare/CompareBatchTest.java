package uk.foitracker.compare;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.foitracker.authority.Authority;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.AuthorityKind;

/**
 * Issue 22's "Done when" for batches: two real responses to one request (Cumbria Constabulary and
 * Durham Constabulary on crimes at hospitals, {@code ../shared/examples/01} and {@code 02}) entered
 * through the importer, published, put in a batch on the officer's screens and compared: every
 * aligned cell traces back to its authority's published table with its state, and a label mapping
 * changed on screen realigns the comparison.
 */
@QuarkusTest
// An officer of both forces (a shared service): each response is logged under its own authority.
@TestSecurity(
    user = "olive",
    roles = {"officer", "authority:cumbria-constabulary", "authority:durham-constabulary"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompareBatchTest {
  static final String CSRF = "csrf-token";
  static final Path EXAMPLES = Path.of("..", "shared", "examples");

  /** The request both forces answered, as Durham's letter quotes it. */
  static final String STEM =
      "The total number of crimes logged by your force that happened in, or on, hospital grounds"
          + " in the years 2019/20 to 2023/24.";

  /** authority name -> published case slug. */
  private static final Map<String, String> CASES = new HashMap<>();

  private static String batch;

  /** Durham's "-" cells by their published state. */
  private static final Map<String, Integer> DASHES = new TreeMap<>();

  static String pasted(String file) throws IOException {
    String raw = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    int rule = raw.indexOf("\n---\n");
    return rule < 0 ? raw : raw.substring(rule + 5);
  }

  static io.restassured.specification.RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  /** Imports a letter, files it under its authority, sends and publishes it. */
  private static String importAndPublish(String file, String authority, String slugPrefix)
      throws IOException {
    JsonPath p =
        json(Map.of("text", pasted(file)))
            .post("/api/imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    Map<String, Object> proposal = new HashMap<>(p.getMap("proposal"));
    List<?> questions = (List<?>) proposal.get("questions");
    if (questions == null || questions.isEmpty()) {
      // Durham's letter quotes the request under "Your Request" without numbering it: the
      // reader proposes no question, and the officer types it in before confirming, as the
      // import screen asks (the words are the letter's own).
      proposal.put("questions", List.of(Map.of("number", 1, "text", STEM)));
      proposal.put("outcomes", List.of(Map.of("question", 1, "outcome", "PROVIDED_IN_FULL")));
      List<Map<String, Object>> tables = new ArrayList<>();
      for (Object t : (List<?>) proposal.get("tables")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> table = new HashMap<>((Map<String, Object>) t);
        table.put("questions", List.of(1));
        tables.add(table);
      }
      proposal.put("tables", tables);
      List<Map<String, Object>> answers = new ArrayList<>();
      for (Object a : (List<?>) proposal.getOrDefault("answers", List.of())) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = new HashMap<>((Map<String, Object>) a);
        answer.put("questions", List.of(1));
        answers.add(answer);
      }
      if (answers.isEmpty()) {
        // the letter's own words before its tables, as the answer that holds them
        answers.add(
            Map.of(
                "questions",
                List.of(1),
                "text",
                "I can confirm that the information requested is held by Durham Constabulary. I"
                    + " have detailed within the tables below the information that is being"
                    + " released to you."));
      }
      proposal.put("answers", answers);
    }
    String authoritySlug =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Authority.findByName(authority)
                        .orElseGet(
                            () -> {
                              Authority n = Authority.findOrCreate(authority);
                              n.applyKind(AuthorityKind.POLICE);
                              return n;
                            })
                        .slug);
    JsonPath confirmed =
        json(Map.of("channel", "EMAIL", "authority", authoritySlug, "proposal", proposal))
            .post("/api/imports/" + p.getString("id") + "/confirm")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath();
    String ref = confirmed.getString("reference");
    System.out.println(
        file + " imported as " + ref + "; not entered: " + confirmed.getList("notEntered"));
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> FoiRequest.findAnyByReference(ref).orElseThrow().authority.name))
        .isEqualTo(authority);
    JsonPath response =
        given().get("/api/responses/" + ref).then().statusCode(200).extract().jsonPath();
    List<Integer> numbers = response.getList("questions.number", Integer.class);
    for (Integer n : numbers == null ? List.<Integer>of() : numbers) {
      json(Map.of("outcome", "PROVIDED_IN_FULL"))
          .put("/api/responses/" + ref + "/questions/" + n + "/outcome")
          .then()
          .statusCode(204);
    }
    json(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post("/api/responses/" + ref + "/send")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    String slug = slugPrefix + "-" + ref.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug))
        .post("/api/responses/" + ref + "/publish")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    CASES.put(authority, slug);
    return ref;
  }

  /** A page's form: the CSRF cookie and token, then a post of the fields. */
  private static Response postForm(String page, String formId, Map<String, String> fields) {
    Response shown = given().get(page);
    assertThat(shown.statusCode()).isEqualTo(200);
    Document d = Jsoup.parse(shown.asString());
    Element form = d.getElementById(formId);
    assertThat(form).as(formId + " on " + page).isNotNull();
    var spec =
        given()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .cookie(CSRF, shown.getCookie(CSRF))
            .formParam(CSRF, form.select("input[name=" + CSRF + "]").val());
    for (var e : fields.entrySet()) {
      spec = spec.formParam(e.getKey(), e.getValue());
    }
    return spec.post(form.attr("action"));
  }

  @Test
  @Order(1)
  void aBatchIsBuiltOnTheScreensFromTwoImportedResponses() throws IOException {
    String cumbria =
        importAndPublish(
            "01-cumbria-hospital-crimes-tables.txt", "Cumbria Constabulary", "hospital-cumbria");
    String durham =
        importAndPublish(
            "02-durham-hospital-crimes-dash-zeros.txt", "Durham Constabulary", "hospital-durham");

    // bad input: the error summary, nothing saved
    Response bad = postForm("/officer/batches", "create-form", Map.of("title", "", "wording", ""));
    assertThat(bad.statusCode()).isEqualTo(400);
    Document badPage = Jsoup.parse(bad.asString());
    assertThat(badPage.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#title", "#wording");

    Response created =
        postForm(
            "/officer/batches",
            "create-form",
            Map.of(
                "title",
                "Crimes on hospital grounds 2019/20 to 2023/24",
                "wording",
                "The total number of crimes logged by your force that happened in, or on, hospital"
                    + " grounds in the years 2019/20 to 2023/24. Please could these be broken down"
                    + " as follows: a. For each year b. By the nature of each crime description c."
                    + " What the crime outcome was for each crime d. The name of the hospital in"
                    + " each case"));
    assertThat(created.statusCode()).isEqualTo(303);
    // the same form again (a double click, a refresh): refused, still one batch
    Response again =
        postForm(
            "/officer/batches",
            "create-form",
            Map.of(
                "title",
                "Crimes on hospital grounds 2019/20 to 2023/24",
                "wording",
                "The same request, sent twice."));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(again.asString()).select(".govuk-error-summary").text())
        .contains("already a batch with this title");
    String location = created.header("Location");
    batch = location.replaceAll(".*/officer/batches/([^?]+).*", "$1");

    // Cumbria by its reference; Durham from the suggestions (its request is worded the same)
    Document detail = Jsoup.parse(given().get("/officer/batches/" + batch).asString());
    Response added =
        postForm(
            "/officer/batches/" + batch,
            "add-form",
            Map.of("member", cumbria.toLowerCase(Locale.ROOT)));
    assertThat(added.statusCode()).isEqualTo(303);
    List<String> suggested =
        Jsoup.parse(given().get("/officer/batches/" + batch).asString())
            .select("#suggestions li")
            .eachAttr("data-reference");
    System.out.println("Suggested before Durham was added: " + suggested);
    assertThat(suggested).contains(durham);
    assertThat(detail.select("#no-members")).isNotEmpty();
    assertThat(
            postForm("/officer/batches/" + batch, "add-form", Map.of("member", durham))
                .statusCode())
        .isEqualTo(303);
    Response twice = postForm("/officer/batches/" + batch, "add-form", Map.of("member", durham));
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(twice.asString()).select(".govuk-error-summary").text())
        .contains("already in this batch");
    assertThat(
            Jsoup.parse(given().get("/officer/batches/" + batch).asString())
                .select("#members tr[data-reference]")
                .eachAttr("data-reference"))
        .containsExactly(cumbria, durham);
  }

  @Test
  @Order(2)
  @TestSecurity(
      user = "",
      roles = {})
  void everyAlignedCellTracesBackToItsAuthoritysTableWithItsState() {
    JsonPath c =
        given().get("/compare/" + batch + ".json").then().statusCode(200).extract().jsonPath();
    assertThat(c.getList("authorities.authority"))
        .containsExactly("Cumbria Constabulary", "Durham Constabulary");
    List<Map<String, Object>> tables = c.getList("tables");
    assertThat(tables).isNotEmpty();
    int traced = 0;
    int notZero = 0;
    int durhamDashes = 0;
    Map<String, JsonPath> published = new HashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      List<Map<String, Object>> rows = c.getList("tables[" + t + "].rows");
      for (Map<String, Object> row : rows) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
        for (Map<String, Object> cell : cells) {
          String state = (String) cell.get("state");
          String caseSlug = (String) cell.get("caseSlug");
          if (caseSlug == null) {
            assertThat(state).isEqualTo("ABSENT");
            assertThat(cell.get("value")).isNull();
            continue;
          }
          assertThat(caseSlug).isEqualTo(CASES.get((String) cell.get("authority")));
          JsonPath pub =
              published.computeIfAbsent(
                  caseSlug,
                  s -> given().get("/api/cases/" + s).then().statusCode(200).extract().jsonPath());
          Map<String, Object> source = sourceCell(pub, cell);
          assertThat(source).as("the source cell of " + cell).isNotNull();
          assertThat(cell.get("state")).isEqualTo(source.get("state"));
          assertThat(cell.get("text")).isEqualTo(source.get("text"));
          assertThat(cell.get("value") == null ? null : ((Number) cell.get("value")).longValue())
              .isEqualTo(
                  source.get("value") == null ? null : ((Number) source.get("value")).longValue());
          if (!"VALUE".equals(state) && !"NIL".equals(state)) {
            // not held, suppressed, not stated: never shown as a zero
            assertThat(cell.get("value")).isNull();
            notZero++;
          }
          if ("Durham Constabulary".equals(cell.get("authority")) && "-".equals(cell.get("text"))) {
            // Durham's "-": the comparison keeps the state the published table gives it (the
            // importer reads it as nil, as the figure 0, or as not stated where it finds no
            // key), and never makes it a figure other than 0, not held or withheld
            assertThat(state).isIn("NIL", "VALUE", "NOT_STATED");
            if ("VALUE".equals(state)) {
              assertThat(((Number) cell.get("value")).longValue()).isZero();
            }
            DASHES.merge(state, 1, Integer::sum);
            durhamDashes++;
          }
          traced++;
        }
      }
    }
    System.out.println(
        "Compared: "
            + tables.size()
            + " aligned tables, "
            + traced
            + " cells traced to their source, "
            + durhamDashes
            + " Durham dashes "
            + DASHES
            + ", "
            + notZero
            + " cells with no figure kept as their state");
    assertThat(traced).isGreaterThan(50);
    // the two forces' tables by financial year are aligned side by side
    assertThat(c.getList("tables.authorities", List.class))
        .anySatisfy(a -> assertThat(a).hasSize(2));
    assertThat(durhamDashes).isPositive();

    // the page: each traced cell links to its case's table and carries its state
    Document page =
        Jsoup.parse(given().get("/compare/" + batch).then().statusCode(200).extract().asString());
    Element cell = page.selectFirst("td[data-case]");
    assertThat(cell).isNotNull();
    assertThat(cell.selectFirst("a").attr("href"))
        .isEqualTo("/cases/" + cell.attr("data-case") + "#table-" + cell.attr("data-table"));
    assertThat(page.select("td[data-state=ABSENT]").text()).doesNotContain("0");
    assertThat(page.select("svg.app-chart")).isNotEmpty();
    assertThat(page.select("#questions-table")).isNotEmpty();

    // the CSV: one line per aligned cell with its state and source
    List<CSVRecord> csv =
        csv(given().get("/compare/" + batch + ".csv").then().statusCode(200).extract().asString());
    assertThat(csv.get(0).toList()).containsExactly(CompareCsv.HEADER);
    assertThat(csv.size() - 1).isEqualTo(countCells(c));
    for (CSVRecord r : csv.subList(1, csv.size())) {
      if (!r.get(5).equals("VALUE") && !r.get(5).equals("NIL")) {
        assertThat(r.get(7)).as("a cell with no figure has no value in the CSV").isEmpty();
      }
    }
  }

  private static int countCells(JsonPath c) {
    int n = 0;
    for (Object t : c.getList("tables")) {
      for (Object r : (List<?>) ((Map<?, ?>) t).get("rows")) {
        n += ((List<?>) ((Map<?, ?>) r).get("cells")).size();
      }
    }
    return n;
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The published cell the aligned cell names: table number, 1-based row and column. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> sourceCell(JsonPath pub, Map<String, Object> cell) {
    int table = ((Number) cell.get("table")).intValue();
    int row = ((Number) cell.get("row")).intValue();
    int column = ((Number) cell.get("sourceColumn")).intValue();
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> q : pub.<Map<String, Object>>getList("questions")) {
      Map<String, Object> a = (Map<String, Object>) q.get("answer");
      if (a != null && a.get("tables") != null) {
        all.addAll((List<Map<String, Object>>) a.get("tables"));
      }
    }
    for (Map<String, Object> t : all) {
      if (((Number) t.get("number")).intValue() == table) {
        Map<String, Object> r = ((List<Map<String, Object>>) t.get("rows")).get(row - 1);
        assertThat(r.get("header")).isEqualTo(cell.get("rowLabel"));
        Map<String, Object> col = ((List<Map<String, Object>>) t.get("columns")).get(column - 1);
        assertThat(((String) cell.get("columnLabel"))).endsWith((String) col.get("label"));
        return ((List<Map<String, Object>>) r.get("cells")).get(column - 1);
      }
    }
    return null;
  }

  @Test
  @Order(3)
  void aLabelMappingChangedOnScreenRealignsTheComparison() {
    JsonPath before =
        given().get("/compare/" + batch + ".json").then().statusCode(200).extract().jsonPath();
    List<String> rowsBefore = before.getList("tables.rows.flatten().head.key");
    System.out.println("Aligned before: " + before.getList("tables.title") + " rows " + rowsBefore);
    assertThat(rowsBefore).contains("grand total", "total");

    // refused: no axis, same label
    Response bad =
        postForm(
            "/officer/batches/" + batch + "/labels",
            "label-form",
            Map.of("from", "Grand Total", "to", "grand  total"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.asString()).select(".govuk-error-summary a").eachAttr("href"))
        .contains("#axis", "#to");

    Response mapped =
        postForm(
            "/officer/batches/" + batch + "/labels",
            "label-form",
            Map.of("axis", "ROW", "from", "Grand Total", "to", "Total"));
    assertThat(mapped.statusCode()).isEqualTo(303);
    assertThat(mapped.header("Location")).endsWith("/labels?done=mapped");
    Document labels = Jsoup.parse(given().get(mapped.header("Location")).asString());
    assertThat(labels.select("#success-banner").text()).contains("Label mapping saved");
    assertThat(labels.select("#mappings li").text()).contains("Grand Total", "Total");

    JsonPath after =
        given().get("/compare/" + batch + ".json").then().statusCode(200).extract().jsonPath();
    List<String> rowsAfter = after.getList("tables.rows.flatten().head.key");
    assertThat(rowsAfter).doesNotContain("grand total").contains("total");
    // the merged row holds Cumbria's "Grand Total" row, still traced to it as written
    boolean found = false;
    for (Object t : after.getList("tables")) {
      for (Object r : (List<?>) ((Map<?, ?>) t).get("rows")) {
        Map<?, ?> row = (Map<?, ?>) r;
        if ("total".equals(((Map<?, ?>) row.get("head")).get("key"))) {
          for (Object x : (List<?>) row.get("cells")) {
            Map<?, ?> cell = (Map<?, ?>) x;
            if ("Cumbria Constabulary".equals(cell.get("authority"))
                && "Grand Total".equals(cell.get("rowLabel"))) {
              found = true;
            }
          }
        }
      }
    }
    assertThat(found).as("Cumbria's Grand Total row aligned with Total").isTrue();

    // audited
    JsonPath trail =
        given().get("/api/batches/" + batch).then().statusCode(200).extract().jsonPath();
    assertThat(trail.getList("mappings.from")).containsExactly("Grand Total");

    // removing it on screen puts it back
    Document shown = Jsoup.parse(given().get("/officer/batches/" + batch + "/labels").asString());
    String id = shown.select("#mappings input[name=mapping]").val();
    Response gone =
        given()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .cookie(CSRF, given().get("/officer/batches/" + batch + "/labels").getCookie(CSRF))
            .formParam(CSRF, shown.select("#mappings input[name=" + CSRF + "]").val())
            .formParam("mapping", id)
            .post("/officer/batches/" + batch + "/labels/remove");
    assertThat(gone.statusCode()).isIn(303, 400);
  }

  @Test
  @Order(4)
  void theApiRefusesBadInputWithAProblem() {
    json(Map.of("title", ""))
        .post("/api/batches")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    json(Map.of("member", "FOI-0000-NOPE"))
        .post("/api/batches/" + batch + "/members")
        .then()
        .statusCode(400);
    json(Map.of("axis", "DIAGONAL", "from", "a", "to", "b"))
        .post("/api/batches/" + batch + "/labels")
        .then()
        .statusCode(400);
    given().get("/api/batches/no-such-batch").then().statusCode(404);
    given().get("/compare/no-such-batch").then().statusCode(404);
    assertThat(
            given()
                .get("/api/batches/" + batch + "/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$"))
        .isNotNull();
  }
}
