package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.compose.ResponsePageTest.Page;
import uk.foitracker.request.FoiRequest;

/**
 * Issue 20 item 2: a table added to, removed from or noted under an answer already sent is a
 * correction like any other. Without a reason it is refused (an RFC 9457 problem in the API, a
 * GOV.UK error summary on the page) and nothing is saved; with one it is audited
 * (ANSWER_TABLES_CORRECTED, with the answer's tables before and after) and, once the case is
 * published, published at once as a new version carrying the reason.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class TablesAfterSendingTest {
  private static final String CELLS = "Year\tBins\n2023\t200\n2024\t212\n";
  private static final String RIGHT = "Year\tBins\n2023\t201\n2024\t214\n";

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static String sent(String title) {
    String ref =
        ApiRequests.log(
            title + " " + UUID.randomUUID().toString().substring(0, 6),
            null,
            List.of("How many grit bins are there, by year?"),
            null,
            LocalDate.now().minusDays(4),
            "Perpetua Lindqvist",
            "perpetua@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    // before sending, a table needs no reason
    json(Map.of("caption", "Grit bins", "headerRows", 1, "cells", CELLS))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    return ref;
  }

  private static List<AuditEvent> corrections(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              FoiRequest r = FoiRequest.findByReference(ref).orElseThrow();
              return AuditEvent.<AuditEvent>list(
                  "action = ?1 and subjectId = ?2 order by id", "ANSWER_TABLES_CORRECTED", r.id);
            });
  }

  private static List<String> captions(String ref) {
    return given().get("/api/responses/" + ref).asString().contains("Grit bins (corrected)")
        ? List.of("Grit bins", "Grit bins (corrected)")
        : List.of("Grit bins");
  }

  private static Map<String, Object> table(String caption, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caption", caption);
    body.put("headerRows", 1);
    body.put("cells", RIGHT);
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  @Test
  void throughTheApiATableOfASentAnswerChangesOnlyWithAReason() {
    String ref = sent("Grit bins");
    String base = "/api/responses/" + ref;

    json(table("Grit bins (corrected)", null))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("reason"));
    Map<String, Object> file = new LinkedHashMap<>(table("Grit bins (corrected)", null));
    file.remove("cells");
    file.put("fileName", "bins.csv");
    file.put(
        "content",
        Base64.getEncoder()
            .encodeToString(RIGHT.replace('\t', ',').getBytes(StandardCharsets.UTF_8)));
    file.put("confirm", true);
    json(file)
        .post(base + "/answers/1/tables/file")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    given()
        .delete(base + "/answers/1/tables/1")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    json(Map.of("note", "Counted in March"))
        .put(base + "/answers/1/tables/1/note")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    assertThat(captions(ref)).containsExactly("Grit bins");
    assertThat(corrections(ref)).isEmpty();

    // replaced: the right table added, then the wrong one removed, each with the reason
    json(table("Grit bins (corrected)", "The 2023 and 2024 counts were mistyped"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200)
        .body("position", equalTo(2));
    given()
        .queryParam("reason", "Replaced by the corrected table")
        .delete(base + "/answers/1/tables/1")
        .then()
        .statusCode(204);
    String response = given().get(base).asString();
    assertThat(response).contains("Grit bins (corrected)").contains("214");

    List<AuditEvent> events = corrections(ref);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).summary)
        .contains("added to answer 1")
        .contains("Reason: The 2023 and 2024 counts were mistyped");
    assertThat(events.get(0).beforeState)
        .contains("Grit bins")
        .contains("212")
        .doesNotContain("214");
    assertThat(events.get(0).afterState).contains("Grit bins (corrected)").contains("214");
    assertThat(events.get(1).summary).contains("removed from answer 1");
    assertThat(events.get(1).afterState).doesNotContain("212");
  }

  @Test
  void onAPublishedCaseTheNewTableIsPublishedAtOnceWithItsReason() {
    String ref = sent("Salt stocks");
    String base = "/api/responses/" + ref;
    String slug = "salt-stocks-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);

    json(table("Grit bins (corrected)", "The counts were mistyped"))
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(200);
    json(Map.of("note", "Counted each March", "reason", "The note was left out"))
        .put(base + "/answers/1/tables/2/note")
        .then()
        .statusCode(204);

    JsonPath versions = given().get("/api/cases/" + slug + "/versions").jsonPath();
    assertThat(versions.getList("version")).containsExactly(1, 2, 3);
    assertThat(versions.getString("[1].reason")).isEqualTo("The counts were mistyped");
    assertThat(versions.getString("[2].reason")).isEqualTo("The note was left out");
    assertThat(given().get("/api/cases/" + slug + "/versions/1").asString())
        .doesNotContain("Grit bins (corrected)");
    assertThat(given().get("/api/cases/" + slug).asString())
        .contains("Grit bins (corrected)")
        .contains("Counted each March");
  }

  @Test
  void onThePageTheTableFormAsksForTheReasonOnceSent() {
    String ref = sent("Gully cleaning");
    String base = "/officer/requests/" + ref + "/response";
    assertThat(
            Page.open("/officer/requests/" + ref + "/corrections")
                .doc()
                .select("#answer-1-replace-table")
                .attr("href"))
        .isEqualTo(base + "/answers/1/tables/new");

    Page t = Page.open(base + "/answers/1/tables/new");
    assertThat(t.doc().select("#table-sent").text()).contains("has been sent");
    assertThat(t.doc().select("textarea#reason")).hasSize(1);
    String version = t.doc().select("input[name=version]").val();

    Response refused =
        t.multipart()
            .multiPart("version", version)
            .multiPart("action", "save")
            .multiPart("caption", "Grit bins (corrected)")
            .multiPart("headerRows", "1")
            .multiPart("cells", RIGHT)
            .multiPart("reason", " ")
            .post(base + "/answers/1/tables");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(refused.asString());
    assertThat(page.select(".govuk-error-summary a[href=#reason]").text())
        .contains("enter the reason");
    assertThat(page.select("#cells").text()).contains("214");
    assertThat(captions(ref)).containsExactly("Grit bins");

    Response done =
        t.multipart()
            .multiPart("version", version)
            .multiPart("action", "save")
            .multiPart("caption", "Grit bins (corrected)")
            .multiPart("headerRows", "1")
            .multiPart("cells", RIGHT)
            .multiPart("reason", "The counts were mistyped")
            .post(base + "/answers/1/tables");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(captions(ref)).contains("Grit bins (corrected)");
    assertThat(corrections(ref)).hasSize(1);
    assertThat(corrections(ref).get(0).summary).contains("Reason: The counts were mistyped");
  }

  @Test
  void onTheCorrectionsPageATableSentWrongIsRemovedWithItsReason() {
    String ref = sent("Snow ploughs");
    String page = "/officer/requests/" + ref + "/corrections";
    Page c = Page.open(page);
    String action = c.doc().select("#removal-1-1").attr("action");
    assertThat(action).isEqualTo(page + "/answers/1/tables/1/removal");
    String version = c.doc().select("#removal-1-1 input[name=version]").val();

    Response refused = c.form().formParam("version", version).formParam("reason", "").post(action);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(
            Jsoup.parse(refused.asString())
                .select(".govuk-error-summary a[href=#removal-1-1-reason]")
                .text())
        .contains("Enter the reason");
    assertThat(captions(ref)).containsExactly("Grit bins");

    Response done =
        c.form()
            .formParam("version", version)
            .formParam("reason", "The table answered another request")
            .post(action);
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.getHeader("Location")).endsWith("/corrections?done=table-removed");
    assertThat(given().get("/api/responses/" + ref).asString()).doesNotContain("Grit bins");
    assertThat(corrections(ref)).hasSize(1);
    assertThat(corrections(ref).get(0).summary)
        .contains("removed from answer 1")
        .contains("The table answered another request");
    // the same post again is out of date: nothing more is removed or recorded
    assertThat(
            c.form()
                .formParam("version", version)
                .formParam("reason", "The table answered another request")
                .post(action)
                .statusCode())
        .isEqualTo(409);
    assertThat(corrections(ref)).hasSize(1);
  }
}
