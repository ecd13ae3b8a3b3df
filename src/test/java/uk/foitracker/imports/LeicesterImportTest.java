package uk.foitracker.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, Done when: the Leicester seed letter imported through {@code POST /api/imports} and
 * confirmed gives the case imported from its data file, field by field. The draft's preview ({@code
 * /api/responses/{ref}}, a case view) is compared with the seeded case ({@code /api/cases/{slug}}):
 * dates and reference, questions, outcomes, the provisions cited per question, every table
 * (caption, corner label, columns, row headers, each cell's text and state), the cost refusal and
 * the notice. Every field must be equal; each difference is printed.
 *
 * <p>One field is not compared: the tables' {@code caption}. The letter gives its three tables no
 * caption; the seed file's captions ("Breakdown for 10-14 and 15-19 years, by year", "'All
 * contacts' regarding Children's Social Care, by year") were written by the person who entered the
 * seed, from the sentences before the tables, and are not words of the letter. The importer does
 * not make a caption up: it enters "Table N (the letter gives it no caption)" for the officer to
 * write one, and this test checks that it does so.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class LeicesterImportTest {
  static final Path SEED = Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt");
  static final String SLUG = "leicester-cse-cce-2015-2024";

  private final List<String> mismatches = new ArrayList<>();
  private int compared;

  @Test
  void importedAndConfirmedEqualsTheSeededCase() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", text))
            .post("/api/imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String ref =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("channel", "EMAIL"))
            .post("/api/imports/" + id + "/confirm")
            .then()
            .extract()
            .jsonPath()
            .getString("reference");
    assertThat(ref).isNotBlank();
    Map<String, Object> draft =
        given()
            .get("/api/responses/" + ref)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("preview");
    Map<String, Object> seeded =
        given().get("/api/cases/" + SLUG).then().statusCode(200).extract().jsonPath().getMap("");

    for (String f :
        List.of(
            "regime",
            "authorityReference",
            "receivedOn",
            "sentOn",
            "reviewProcedure",
            "complaintRights")) {
      same(f, seeded.get(f), draft.get(f));
    }
    Map<String, Object> seededCost = map(seeded.get("costAssessment"));
    Map<String, Object> draftCost = map(draft.get("costAssessment"));
    for (String f : List.of("questions", "statement", "advice")) {
      same("costAssessment." + f, seededCost.get(f), draftCost.get(f));
    }
    List<Map<String, Object>> sq = list(seeded.get("questions"));
    List<Map<String, Object>> dq = list(draft.get("questions"));
    same("questions.count", sq.size(), dq.size());
    for (Map<String, Object> s : sq) {
      Object n = s.get("number");
      Map<String, Object> d =
          dq.stream().filter(q -> Objects.equals(q.get("number"), n)).findFirst().orElse(Map.of());
      String at = "question " + n + ".";
      same(at + "text", s.get("text"), d.get("text"));
      same(at + "outcome", s.get("outcome"), d.get("outcome"));
      same(at + "provisions", codes(s.get("provisions")), codes(d.get("provisions")));
      List<Map<String, Object>> st = list(map(s.get("answer")).get("tables"));
      List<Map<String, Object>> dt = list(map(d.get("answer")).get("tables"));
      // a table is entered as a table, not again as the answer's paragraphs
      List<String> rowsAsText = new ArrayList<>();
      for (Map<String, Object> t : dt) {
        for (Map<String, Object> r : list(t.get("rows"))) {
          List<Map<String, Object>> cells = list(r.get("cells"));
          if (!cells.isEmpty()) {
            rowsAsText.add(norm(r.get("header") + " " + cells.get(0).get("text")).toString());
          }
        }
      }
      List<?> paragraphs = (List<?>) map(d.get("answer")).getOrDefault("paragraphs", List.of());
      assertThat(paragraphs.stream().map(p -> norm(String.valueOf(p))))
          .as(at + "paragraphs")
          .noneMatch(p -> rowsAsText.stream().anyMatch(row -> p.toString().contains(row)))
          .noneMatch(""::equals);
      same(at + "tables.count", st.size(), dt.size());
      for (int t = 0; t < st.size(); t++) {
        table(at + "table " + (t + 1) + ".", st.get(t), t < dt.size() ? dt.get(t) : Map.of());
      }
    }
    System.out.printf(
        "Leicester imported vs seeded: %d of %d fields equal%n",
        compared - mismatches.size(), compared);
    mismatches.forEach(m -> System.out.println("  differs: " + m));
    assertThat(mismatches).isEmpty();
    assertThat(compared).isGreaterThan(290);
  }

  private void table(String at, Map<String, Object> s, Map<String, Object> d) {
    // the caption: not in the letter (see the class comment); the importer says it gives none
    assertThat(String.valueOf(d.get("caption"))).endsWith("(the letter gives it no caption)");
    same(at + "cornerLabel", s.get("cornerLabel"), d.get("cornerLabel"));
    List<Map<String, Object>> sc = list(s.get("columns"));
    List<Map<String, Object>> dc = list(d.get("columns"));
    same(at + "columns.count", sc.size(), dc.size());
    for (int c = 0; c < sc.size(); c++) {
      Map<String, Object> other = c < dc.size() ? dc.get(c) : Map.of();
      same(at + "column " + (c + 1) + ".group", sc.get(c).get("group"), other.get("group"));
      same(at + "column " + (c + 1) + ".label", sc.get(c).get("label"), other.get("label"));
    }
    List<Map<String, Object>> sr = list(s.get("rows"));
    List<Map<String, Object>> dr = list(d.get("rows"));
    same(at + "rows.count", sr.size(), dr.size());
    for (int r = 0; r < sr.size(); r++) {
      Map<String, Object> other = r < dr.size() ? dr.get(r) : Map.of();
      String row = at + "row " + (r + 1) + ".";
      same(row + "header", sr.get(r).get("header"), other.get("header"));
      same(row + "total", sr.get(r).get("total"), other.get("total"));
      List<Map<String, Object>> cells = list(sr.get(r).get("cells"));
      List<Map<String, Object>> others = list(other.get("cells"));
      for (int c = 0; c < cells.size(); c++) {
        Map<String, Object> o = c < others.size() ? others.get(c) : Map.of();
        same(row + "cell " + (c + 1) + ".text", cells.get(c).get("text"), o.get("text"));
        same(row + "cell " + (c + 1) + ".state", cells.get(c).get("state"), o.get("state"));
      }
    }
  }

  private void same(String field, Object seeded, Object imported) {
    compared++;
    if (!Objects.equals(norm(seeded), norm(imported))) {
      mismatches.add(field + ": seeded " + seeded + " | imported " + imported);
    }
  }

  private static Object norm(Object o) {
    return o instanceof String s ? s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip() : o;
  }

  private static TreeSet<String> codes(Object provisions) {
    TreeSet<String> codes = new TreeSet<>();
    list(provisions).forEach(p -> codes.add(String.valueOf(p.get("code"))));
    return codes;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
  }
}
