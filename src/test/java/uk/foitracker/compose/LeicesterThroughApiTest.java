package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.foitracker.seed.CaseDocument;

/**
 * The "done when" test: the whole Leicester response re-created through the officer API, from the
 * seed file as the source of what to send, then published; the published case must equal the
 * imported one in every question, answer, table cell, citation and the cost assessment.
 *
 * <p>Fields that differ by nature and are left out of the comparison: {@code slug} (a case's own
 * address); {@code receivedOn} and {@code due} (the import says "not stated"; logging a request
 * records the day it was received, and the due date follows from it); {@code sentOn} and {@code
 * publishedOn} (the import does not state them; sending and publishing record them).
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class LeicesterThroughApiTest {
  static final String LEICESTER = "leicester-cse-cce-2015-2024";
  static final String REQUESTER = "Quentin Zebedee-Marsh";

  @Inject ObjectMapper json;

  @Test
  void theWholeLeicesterResponseThroughTheApiEqualsTheImportedCase() throws Exception {
    CaseDocument doc;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("seed/leicester-cse-cce-2015-2024.json")) {
      doc = json.readValue(in, CaseDocument.class);
    }
    LocalDate received = LocalDate.now().minusDays(10);
    String ref =
        ApiRequests.log(
            doc.title(),
            doc.preamble(),
            doc.questions().stream().map(CaseDocument.QuestionDoc::text).toList(),
            doc.postscript(),
            received,
            REQUESTER,
            "quentin.zm@example.org");
    String base = "/api/responses/" + ref;

    // answers, each linked to the questions it answers (4 and 5 share one)
    Map<String, Integer> positions = new HashMap<>();
    for (CaseDocument.AnswerDoc a : doc.answers()) {
      List<Integer> qs =
          doc.questions().stream()
              .filter(q -> q.answer().equals(a.key()))
              .map(CaseDocument.QuestionDoc::number)
              .toList();
      int position =
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("questions", qs, "paragraphs", a.paragraphs()))
              .post(base + "/answers")
              .then()
              .log()
              .ifValidationFails()
              .statusCode(200)
              .extract()
              .path("position");
      positions.put(a.key(), position);
      for (CaseDocument.TableDoc t : a.tables()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caption", t.caption());
        body.put("headerRows", 2);
        body.put("cells", pasted(t));
        // the officer marks the tables of children as counting people, as the seed does
        body.put("countsPeople", Boolean.TRUE.equals(t.countsPeople()));
        // first without confirming the "-" cells: refused, nothing saved
        boolean hasNotHeld = t.rows().stream().anyMatch(r -> r.cells().contains("-"));
        if (hasNotHeld) {
          given()
              .contentType(ContentType.JSON)
              .body(body)
              .post(base + "/answers/" + position + "/tables")
              .then()
              .statusCode(400)
              .body("errors.field", hasItem("notHeldConfirmed"));
        }
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .post(base + "/answers/" + position + "/tables/preview")
            .then()
            .statusCode(200);
        body.put("notHeldConfirmed", true);
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .post(base + "/answers/" + position + "/tables")
            .then()
            .statusCode(200);
      }
    }
    // outcomes and citations: a ground stated once in an answer shared by questions 4 and 5 is
    // cited once for both, as the import reads it; a ground repeated in separate answers (1, 2)
    // is cited for each question
    Map<List<String>, List<Integer>> grounds = new LinkedHashMap<>();
    Map<List<String>, CaseDocument.CitationDoc> firstOf = new LinkedHashMap<>();
    for (CaseDocument.QuestionDoc q : doc.questions()) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("outcome", q.outcome()))
          .put(base + "/questions/" + q.number() + "/outcome")
          .then()
          .statusCode(204);
      for (CaseDocument.CitationDoc c : q.citations()) {
        List<String> key = List.of(q.answer(), c.provision(), c.role(), c.reasons());
        grounds.computeIfAbsent(key, k -> new ArrayList<>()).add(q.number());
        firstOf.putIfAbsent(key, c);
      }
    }
    for (Map.Entry<List<String>, List<Integer>> g : grounds.entrySet()) {
      CaseDocument.CitationDoc c = firstOf.get(g.getKey());
      if (g.getValue().size() == 1) {
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("provision", c.provision(), "reasons", c.reasons()))
            .post(base + "/questions/" + g.getValue().get(0) + "/citations")
            .then()
            .statusCode(200);
      } else {
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "provision", c.provision(),
                    "questions", g.getValue(),
                    "reasons", c.reasons()))
            .post(base + "/citations")
            .then()
            .statusCode(200);
      }
    }
    // the cost assessment: a redaction line is refused with the reason and nothing is saved
    CaseDocument.CostDoc cost = doc.costAssessment();
    Map<String, Object> costBody = new LinkedHashMap<>();
    costBody.put("limitPence", cost.limitPence());
    costBody.put("hourlyRatePence", cost.hourlyRatePence());
    costBody.put("questions", cost.questions());
    costBody.put("statement", cost.statement());
    costBody.put("advice", cost.advice());
    costBody.put(
        "lines", List.of(Map.of("activity", "REDACTING", "basis", "every file", "minutes", 600)));
    given()
        .contentType(ContentType.JSON)
        .body(costBody)
        .put(base + "/cost-assessment")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("lines[0].activity"))
        .body("errors[0].message", org.hamcrest.Matchers.startsWith("Redaction does not count"));
    costBody.put("lines", cost.lines());
    given()
        .contentType(ContentType.JSON)
        .body(costBody)
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200)
        .body("limitHours", org.hamcrest.Matchers.equalTo(18));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("licenceStatement", doc.licenceStatement()))
        .put(base + "/licence")
        .then()
        .statusCode(204);

    // the letter, as HTML and PDF, shows the tables
    String html = given().get(base + "/letter").then().statusCode(200).extract().asString();
    assertThat(html).contains("18,201").contains(doc.questions().get(0).text().substring(0, 40));
    byte[] pdf =
        given()
            .get(base + "/letter.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Leicester City Council")
          .contains("18,201")
          .contains("15,930")
          .contains("143")
          .contains("Table 1");
      assertThat(text).contains("Open Government Licence");
    }

    // sending warns that the notice lacks the s.17(7) particulars; Leicester's did, so acknowledge
    String today = LocalDate.now().toString();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", today))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reviewProcedure"))
        .body("errors.field", hasItem("complaintRights"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", today, "acknowledgeIncomplete", true))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("noticeLacked.section", org.hamcrest.Matchers.contains("s.17(7)(a)", "s.17(7)(b)"));

    String slug = "leicester-through-the-api-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .statusCode(200);

    JsonNode imported =
        json.readTree(
            given().get("/api/cases/" + LEICESTER).then().statusCode(200).extract().asString());
    JsonNode recreated =
        json.readTree(
            given().get("/api/cases/" + slug).then().statusCode(200).extract().asString());
    assertThat(recreated.get("receivedOn").asText()).isEqualTo(received.toString());
    assertThat(recreated.get("sentOn").asText()).isEqualTo(today);
    assertThat(recreated.get("publishedOn").asText()).isEqualTo(today);
    assertThat(recreated.at("/questions/0/answer/instalment").asInt()).isEqualTo(1);
    assertThat(recreated.at("/instalments/0/questionNumbers").size()).isEqualTo(6);
    for (JsonNode n : List.of(imported, recreated)) {
      for (String field : List.of("slug", "receivedOn", "due", "sentOn", "publishedOn")) {
        ((ObjectNode) n).remove(field);
      }
      // how it was sent: one instalment when sent through the API; the import does not state it
      ((ObjectNode) n).remove("instalments");
      n.findParents("instalment").forEach(p -> ((ObjectNode) p).remove("instalment"));
    }
    assertThat(recreated.toPrettyString()).isEqualTo(imported.toPrettyString());
    assertThat(recreated.toString()).doesNotContain("Zebedee");

    // the public page renders it as it renders Leicester
    String page =
        given()
            .accept(ContentType.HTML)
            .get("/cases/" + slug)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("Version 1").contains("15,930");
  }

  /** A table as a spreadsheet copy: tab-separated, group row then label row, then the rows. */
  static String pasted(CaseDocument.TableDoc t) {
    List<String> lines = new ArrayList<>();
    List<String> groups = new ArrayList<>(List.of(""));
    String last = null;
    for (CaseDocument.ColumnDoc c : t.columns()) {
      groups.add(c.group() != null && !c.group().equals(last) ? c.group() : "");
      last = c.group();
    }
    lines.add(String.join("\t", groups));
    List<String> labels = new ArrayList<>(List.of(t.cornerLabel() == null ? "" : t.cornerLabel()));
    t.columns().forEach(c -> labels.add(c.label()));
    lines.add(String.join("\t", labels));
    for (CaseDocument.RowDoc r : t.rows()) {
      List<String> cells = new ArrayList<>(List.of(r.header()));
      cells.addAll(r.cells());
      lines.add(String.join("\t", cells));
    }
    return String.join("\n", lines) + "\n";
  }
}
