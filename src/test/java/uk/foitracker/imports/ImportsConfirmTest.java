package uk.foitracker.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The importer's API problems (RFC 9457), confirm into a request and draft response, and the
 * officer's pages: paste or upload, the proposal beside the letter, confirm and abandon.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ImportsConfirmTest {
  static final String CSRF = "csrf-token";
  static final Path DRUPAL =
      Path.of("..", "shared", "examples", "05-sheffield-drupal-cms-s43-public-interest.txt");

  static String drupal() throws IOException {
    String raw = Files.readString(DRUPAL, StandardCharsets.UTF_8);
    return raw.substring(raw.indexOf("\n---\n") + 5);
  }

  static Response post(Object body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/imports");
  }

  @Test
  void badTextIsAProblemDocument() {
    Map<String, Object> empty = new HashMap<>();
    empty.put("text", "  ");
    problem(post(empty), "text");
    problem(post(Map.of("text", "x".repeat(100) + " ".repeat(10) + "y".repeat(200_000))), "text");
    problem(post(Map.of("text", "PK\u0003\u0004\u0000\u0000binary")), "text");
    problem(post(Map.of("text", "Dear Sir", "regime", "GDPR")), "regime");
    problem(post(Map.of("text", "Dear Sir", "received", "5 May")), "received");
    given().get("/api/imports/no-such-id").then().statusCode(404);
  }

  private static void problem(Response r, String field) {
    r.then().statusCode(400).contentType("application/problem+json");
    assertThat(r.jsonPath().getList("errors.field")).contains(field);
  }

  @Test
  @TestSecurity(user = "anna", roles = "auditor")
  void auditorsCannotImport() {
    post(Map.of("text", "Dear Sir")).then().statusCode(403);
  }

  @Test
  void confirmCreatesTheRequestAndItsDraftResponse() throws IOException {
    JsonPath p = post(Map.of("text", drupal())).then().statusCode(201).extract().jsonPath();
    String id = p.getString("id");
    assertThat(p.getList("proposal.questions")).hasSize(11);
    assertThat(p.getList("proposal.tables")).isEmpty();
    assertThat(p.getList("proposal.citations.provision")).contains("s.43(2)");
    assertThat(p.getList("marks")).isNotEmpty();
    given().get("/api/imports/" + id).then().statusCode(200);

    JsonPath c =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("channel", "EMAIL"))
            .post("/api/imports/" + id + "/confirm")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath();
    String ref = c.getString("reference");
    assertThat(ref).isNotBlank();
    System.out.println("Imported as " + ref + "; not entered: " + c.getList("notEntered"));
    // the proposal is gone once confirmed
    given().get("/api/imports/" + id).then().statusCode(404);
    JsonPath request =
        given().get("/api/requests/" + ref).then().statusCode(200).extract().jsonPath();
    assertThat(request.getList("questions")).hasSize(11);
    JsonPath response =
        given().get("/api/responses/" + ref).then().statusCode(200).extract().jsonPath();
    assertThat(response.prettify()).contains("s.43(2)");
  }

  /** Leicester's tables, read from the letter, go into the draft response on confirm. */
  @Test
  void confirmEntersTheTablesRead() throws IOException {
    String text =
        Files.readString(
            Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt"),
            StandardCharsets.UTF_8);
    JsonPath p = post(Map.of("text", text)).then().statusCode(201).extract().jsonPath();
    int proposed = p.getList("proposal.tables").size();
    assertThat(proposed).isPositive();
    JsonPath c =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("channel", "EMAIL"))
            .post("/api/imports/" + p.getString("id") + "/confirm")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    List<String> notEntered = c.getList("notEntered");
    System.out.println("Leicester imported; not entered: " + notEntered);
    assertThat(notEntered).noneMatch(n -> n.startsWith("the table"));
    JsonPath response =
        given()
            .get("/api/responses/" + c.getString("reference"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> captions = p.getList("proposal.tables.caption");
    List<String> entered = new ArrayList<>();
    for (int i = 0; i < captions.size(); i++) {
      // a table the letter gives no caption is entered under one saying so, never a made-up one
      entered.add(
          captions.get(i) != null
              ? captions.get(i)
              : "Table " + (i + 1) + " (the letter gives it no caption)");
    }
    assertThat(response.getList("preview.questions.answer.tables.flatten().caption", String.class))
        .containsAll(entered);
  }

  @Test
  void aCorrectedProposalIsConfirmedAsCorrected() {
    String id =
        post(Map.of(
                "text",
                "Our ref: FOI 4321\n\nYou asked:\n1. How many bins are there?\n\nWe hold 12 bins."))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("regime", "FOIA");
    proposal.put("references", List.of("FOI 4321"));
    proposal.put("received", "2024-03-01");
    proposal.put("questions", List.of(Map.of("number", 1, "text", "How many bins are there?")));
    proposal.put("outcomes", List.of(Map.of("question", 1, "outcome", "PROVIDED_IN_FULL")));
    String ref =
        given()
            .contentType(ContentType.JSON)
            .body(proposal)
            .post("/api/imports/" + id + "/confirm")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .path("reference");
    JsonPath request =
        given().get("/api/requests/" + ref).then().statusCode(200).extract().jsonPath();
    assertThat(request.prettify()).contains("How many bins are there?").contains("FOI 4321");
  }

  @Test
  void aRequestThatCannotBeLoggedSavesNothingAndKeepsTheProposal() {
    String id =
        post(Map.of("text", "You asked:\n1. How many bins are there?\n\nWe hold 12 bins."))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("regime", "FOIA");
    proposal.put("questions", List.of());
    Response r =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("proposal", proposal))
            .post("/api/imports/" + id + "/confirm");
    problem(r, "questions");
    given().get("/api/imports/" + id).then().statusCode(200);
    given().delete("/api/imports/" + id).then().statusCode(204);
    given().get("/api/imports/" + id).then().statusCode(404);
  }

  @Test
  void thePagesPasteShowConfirmAndAbandon() throws IOException {
    Response start = given().get("/officer/imports/new");
    start.then().statusCode(200);
    Document form = Jsoup.parse(start.asString());
    String cookie = start.getCookie(CSRF);
    String token = form.select("input[name=" + CSRF + "]").val();

    // empty: the error summary
    Response empty =
        given()
            .redirects()
            .follow(false)
            .cookie(CSRF, cookie)
            .multiPart(CSRF, token)
            .multiPart("text", "")
            .post("/officer/imports");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(empty.asString()).select(".govuk-error-summary").text())
        .contains("Enter the text of the letter");

    // an upload that is not what its name says
    Response lying =
        given()
            .redirects()
            .follow(false)
            .cookie(CSRF, cookie)
            .multiPart(CSRF, token)
            .multiPart(
                "file",
                "letter.pdf",
                "Dear Sir".getBytes(StandardCharsets.UTF_8),
                "application/pdf")
            .post("/officer/imports");
    assertThat(lying.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(lying.asString()).select(".govuk-error-summary").text())
        .contains("is not a PDF");

    // pasted: redirected to the proposal beside the letter
    Response read =
        given()
            .redirects()
            .follow(false)
            .cookie(CSRF, cookie)
            .multiPart(CSRF, token)
            .multiPart("text", drupal())
            .post("/officer/imports");
    assertThat(read.statusCode()).isEqualTo(303);
    String location = read.header("Location");
    assertThat(location).contains("/officer/imports/");
    Response shown = given().get(location);
    shown.then().statusCode(200);
    Document page = Jsoup.parse(shown.asString());
    assertThat(page.select("#letter mark")).isNotEmpty();
    assertThat(page.select("#letter mark[data-element=question 1]")).hasSize(1);
    assertThat(page.select("textarea[name=question-1]").val()).isNotBlank();
    assertThat(page.text()).contains("Check this");
    String action = page.select("#proposal-form").attr("action");
    String pageToken = page.select("#proposal-form input[name=" + CSRF + "]").val();
    String pageCookie = shown.getCookie(CSRF) == null ? cookie : shown.getCookie(CSRF);

    Response confirmed =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .cookie(CSRF, pageCookie)
            .formParam(CSRF, pageToken)
            .formParam("regime", "FOIA")
            .formParam("references", "FOI / 1100260")
            .formParam("channel", "EMAIL")
            .post(action);
    assertThat(confirmed.statusCode()).as(confirmed.asString()).isEqualTo(303);
    assertThat(confirmed.header("Location")).contains("/officer/requests/");
    given().get(location).then().statusCode(404);

    // abandoned: gone
    Response again =
        given()
            .redirects()
            .follow(false)
            .cookie(CSRF, cookie)
            .multiPart(CSRF, token)
            .multiPart("text", drupal())
            .post("/officer/imports");
    String second = again.header("Location");
    Response abandoned =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .cookie(CSRF, cookie)
            .formParam(CSRF, token)
            .post(second + "/abandon");
    assertThat(abandoned.statusCode()).isEqualTo(303);
    given().get(second).then().statusCode(404);
  }
}
