package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Example 08 (Sheffield, casework by councillors): a response in two instalments, 1 and 2 February
 * 2024, the second answering what the first left open; the rights and the licence and attribution
 * statements as sent. Also: moving a question between unsent answers needs confirmation, and a
 * fully refused question needs no answer text.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class InstalmentsThroughApiTest {
  static final String LICENCE =
      "The information provided in this response is available for re-use under the terms of the"
          + " Open Government Licence v3.0.";
  static final String ATTRIBUTION =
      "Contains public sector information obtained from Sheffield City Council and licensed under"
          + " the Open Government Licence v3.0.";
  static final String REVIEW =
      "If you are unhappy with the response you have received in relation to your request, you are"
          + " entitled to have this reviewed. You can ask for an internal review by replying to this"
          + " email. Internal review requests should be submitted within 40 working days from the"
          + " date of this response.";
  static final String ICO =
      "If you remain dissatisfied with the outcome of your internal review, you can contact the"
          + " Information Commissioner's Office.";

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  @Test
  void example08TwoInstalments() {
    String ref =
        ApiRequests.log(
            "Casework by councillors " + System.nanoTime(),
            "Please provide the following information under the Freedom Of Information Act: -",
            List.of(
                "The system used by councillors for logging items of casework received from"
                    + " constituents",
                "The number of casework items entered by each councillor for the years 2022, 2021"
                    + " and 2020",
                "The minimum level of public engagement expected by the council from it's"
                    + " councillors"),
            null,
            LocalDate.of(2023, 10, 1),
            "Ottoline Quarrender",
            "ottoline@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of(
            "questions",
            List.of(1),
            "paragraphs",
            List.of(
                "Since 2022, we have used Microsoft One Note; before that we were using Excel"
                    + " spreadsheets.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of(
            "questions",
            List.of(2),
            "paragraphs",
            List.of(
                "The attached list Includes the number of cases raised by individual Councillors"
                    + " for the period 2022-23.",
                "A further disclosure to you will be made imminently.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of(
            "questions",
            List.of(3),
            "paragraphs",
            List.of(
                "We refer you to the articles of the constitution relating to Members and Citizens"
                    + " and the Councillor Code of Conduct.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    for (int[] q : new int[][] {{1}, {2}, {3}}) {
      json(Map.of("outcome", q[0] == 2 ? "PROVIDED_IN_PART" : "PROVIDED_IN_FULL"))
          .put(base + "/questions/" + q[0] + "/outcome")
          .then()
          .statusCode(204);
    }
    json(Map.of("reviewProcedure", REVIEW, "complaintRights", ICO))
        .put(base + "/notice")
        .then()
        .statusCode(200);
    json(Map.of("licenceStatement", LICENCE, "attributionStatement", ATTRIBUTION))
        .put(base + "/licence")
        .then()
        .statusCode(204);

    // instalment 1: every question touched, but more to follow: the clock runs on
    json(Map.of("sentOn", "2024-02-01", "moreToFollow", true))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("instalment", equalTo(1));
    given().get(base).then().body("state", equalTo("OPEN")).body("preview.sentOn", nullValue());
    // nothing new to send: refused, and a date before the first instalment is refused
    json(Map.of("sentOn", "2024-02-02", "moreToFollow", true))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("Add an answer to send in this instalment"));

    // the outstanding data answers question 2 again: it adds to the sent answer, no confirmation
    json(Map.of(
            "questions",
            List.of(2),
            "paragraphs",
            List.of(
                "Please find the outstanding data for this request regarding the number of items"
                    + " of case work logged against our councillors for the years 2021-2022.",
                "We do not hold information for 2020.")))
        .post(base + "/answers")
        .then()
        .statusCode(200)
        .body("position", equalTo(4));
    json(Map.of("sentOn", "2024-01-31"))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("on or after the previous instalment"));
    json(Map.of("sentOn", "2024-02-02"))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("instalment", equalTo(2));
    given()
        .get(base)
        .then()
        .body("state", equalTo("SENT"))
        .body("preview.sentOn", equalTo("2024-02-02"));
    json(Map.of("sentOn", "2024-02-03"))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("already sent on"));

    String slug = "casework-by-councillors-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    assertThat(c.getInt("instalments[0].number")).isEqualTo(1);
    assertThat(c.getString("instalments[0].sentOn")).isEqualTo("2024-02-01");
    assertThat(c.getList("instalments[0].questionNumbers", Integer.class)).containsExactly(1, 2, 3);
    assertThat(c.getList("instalments[0].answerPositions", Integer.class)).containsExactly(1, 2, 3);
    assertThat(c.getBoolean("instalments[0].moreToFollow")).isTrue();
    assertThat(c.getString("instalments[1].sentOn")).isEqualTo("2024-02-02");
    assertThat(c.getList("instalments[1].questionNumbers", Integer.class)).containsExactly(2);
    assertThat(c.getList("instalments[1].answerPositions", Integer.class)).containsExactly(4);
    assertThat(c.getString("sentOn")).isEqualTo("2024-02-02");
    assertThat(c.getInt("questions[1].answer.instalment")).isEqualTo(1);
    assertThat(c.getString("questions[1].answer.paragraphs[1]"))
        .isEqualTo("A further disclosure to you will be made imminently.");
    assertThat(c.getInt("questions[1].furtherAnswers[0].instalment")).isEqualTo(2);
    assertThat(c.getString("questions[1].furtherAnswers[0].paragraphs[1]"))
        .isEqualTo("We do not hold information for 2020.");
    assertThat(c.getList("questions[0].furtherAnswers")).isEmpty();
    assertThat(c.getString("reviewProcedure")).isEqualTo(REVIEW);
    assertThat(c.getString("complaintRights")).isEqualTo(ICO);
    assertThat(c.getString("licenceStatement")).isEqualTo(LICENCE);
    assertThat(c.getString("attributionStatement")).isEqualTo(ATTRIBUTION);
    assertThat(c.getList("reviews")).isEmpty();

    String page =
        given()
            .accept(ContentType.HTML)
            .get("/cases/" + slug)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("The response was sent in 2 instalments.")
        .contains("1 February 2024")
        .contains("2 February 2024")
        .contains("Further answer, sent in instalment 2")
        .contains("We do not hold information for 2020.")
        .contains("Internal review requests should be submitted within 40 working days")
        .contains("Contains public sector information obtained from Sheffield City Council");

    // a licence PUT without attributionStatement (an older client) leaves the attribution
    json(Map.of("licenceStatement", LICENCE)).put(base + "/licence").then().statusCode(204);
    given()
        .get(base)
        .then()
        .body("preview.attributionStatement", equalTo(ATTRIBUTION))
        .body("preview.instalments.number", contains(1, 2));
  }

  @Test
  void movingAQuestionBetweenUnsentAnswersNeedsConfirmation() {
    String ref =
        ApiRequests.log(
            "Confirm moves " + System.nanoTime(),
            null,
            List.of("How many?", "How much?"),
            null,
            LocalDate.now().minusDays(3),
            "Ottoline Quarrender",
            "ottoline@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1, 2), "paragraphs", List.of("Both.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("questions", List.of(2), "paragraphs", List.of("Only the second.")))
        .post(base + "/answers")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("question 2 is answered by answer 1"));
    given()
        .get(base)
        .then()
        .body("preview.questions[1].answer.position", equalTo(1))
        .body("preview.questions[1].answer.paragraphs[0]", equalTo("Both."));
    json(Map.of(
            "questions", List.of(2), "paragraphs", List.of("Only the second."), "confirm", true))
        .post(base + "/answers")
        .then()
        .statusCode(200)
        .body("position", equalTo(2));
    given()
        .get(base)
        .then()
        .body("preview.questions[0].answer.position", equalTo(1))
        .body("preview.questions[1].answer.position", equalTo(2));
  }

  @Test
  void aFullyRefusedQuestionNeedsNoAnswerText() {
    String ref =
        ApiRequests.log(
            "Refused without answer " + System.nanoTime(),
            null,
            List.of("What is in the tender?", "How many bids?"),
            null,
            LocalDate.now().minusDays(3),
            "Ottoline Quarrender",
            "ottoline@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(2), "paragraphs", List.of("Four bids.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/2/outcome")
        .then()
        .statusCode(204);
    json(Map.of("outcome", "NOT_HELD")).put(base + "/questions/1/outcome").then().statusCode(204);
    json(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("errors.field", contains("questions[1].answer"));
    json(Map.of("outcome", "REFUSED_EXEMPTION"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of(
            "provision", "FOIA-41", "reasons", "The tender documents were provided in confidence."))
        .post(base + "/questions/1/citations")
        .then()
        .statusCode(200);
    json(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("instalment", equalTo(1));
    given()
        .get(base)
        .then()
        .body("state", equalTo("SENT"))
        .body("preview.questions[0].answer", nullValue())
        .body("preview.instalments[0].questionNumbers", contains(1, 2));
  }
}
