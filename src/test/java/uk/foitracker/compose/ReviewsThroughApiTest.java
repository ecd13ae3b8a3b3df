package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
 * Example 07 (Sheffield, Go Local bids): a s.14(1) refusal sent on 6 March 2015 with no answer
 * text; an internal review asked for on 9 March, acknowledged on 10 March with its own due date
 * (08/04/2015 as stated; 9 April 2015 on the UK-wide calendar, St Patrick's Day being a holiday),
 * and upheld on 8 April 2015. Then a second review, deciding question by question and releasing
 * information as a new instalment; and the publish check over the review's decision text.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ReviewsThroughApiTest {
  static final String DECISION =
      "Having undertaken such consideration when handling your initial request and under this"
          + " review we are firmly of the view that your request is vexatious and section 14(1) was"
          + " applied correctly for the reasons set out in our letter of 4th March 2015.\n\n"
          + "In conclusion, it is my view that your Freedom of Information request has been handled"
          + " correctly and within the legal requirements of the Freedom of Information Act 2000.";

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private String sentRefusal() {
    String ref =
        ApiRequests.log(
            "Go Local bids " + System.nanoTime(),
            null,
            List.of(
                "Please can I have copies of all the 338 bids that were submitted for"
                    + " consideration for go-local funding in 2012."),
            null,
            LocalDate.of(2015, 3, 4),
            "Barnaby Fenwick-Oduya",
            "barnaby@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("outcome", "REFUSED_EXEMPTION"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of(
            "provision",
            "FOIA-14-1",
            "reasons",
            "The request is vexatious: the reasons were sent to the requester by post."))
        .post(base + "/questions/1/citations")
        .then()
        .statusCode(200);
    json(Map.of(
            "reviewProcedure",
            "If you are unhappy with the response you have received in relation to your request,"
                + " you are entitled to have this reviewed.",
            "complaintRights",
            "If you remain dissatisfied with the outcome of your internal review, you can contact"
                + " the Information Commissioners Office."))
        .put(base + "/notice")
        .then()
        .statusCode(200);
    // the refusal's reasons are its answer: no answer text needed
    json(Map.of("sentOn", "2015-03-06"))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("instalment", equalTo(1));
    return ref;
  }

  @Test
  void example07ReviewAcknowledgedWithItsOwnDueDateAndUpheld() {
    String ref = sentRefusal();
    String base = "/api/responses/" + ref;
    json(Map.of(
            "requestedOn",
            "2015-03-09",
            "acknowledgedOn",
            "2015-03-10",
            "statedDueOn",
            "2015-04-08"))
        .post(base + "/reviews")
        .then()
        .statusCode(200)
        .body("number", equalTo(1))
        .body("due", equalTo("2015-04-09"))
        .body("statedDue", equalTo("2015-04-08"))
        .body("latestDue", equalTo("2015-05-08"));
    json(Map.of("requestedOn", "2015-03-12"))
        .post(base + "/reviews")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("is not decided yet"));
    json(Map.of(
            "reviewer",
            "Housing Co-ordinator",
            "reasons",
            DECISION,
            "decidedOn",
            "2015-04-08",
            "questions",
            List.of(Map.of("number", 1, "outcome", "UPHELD"))))
        .put(base + "/reviews/1")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("UPHELD"))
        .body("clockStatus", equalTo("DECIDED_ON_TIME"))
        .body("decisions[0].questionNumber", equalTo(1))
        .body("decisions[0].outcome", equalTo("UPHELD"));

    String slug = "go-local-bids-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    assertThat(c.getString("reviews[0].requestedOn")).isEqualTo("2015-03-09");
    assertThat(c.getString("reviews[0].acknowledgedOn")).isEqualTo("2015-03-10");
    assertThat(c.getString("reviews[0].due")).isEqualTo("2015-04-09");
    assertThat(c.getString("reviews[0].statedDue")).isEqualTo("2015-04-08");
    assertThat(c.getString("reviews[0].decidedOn")).isEqualTo("2015-04-08");
    assertThat(c.getString("reviews[0].outcome")).isEqualTo("UPHELD");
    assertThat(c.getString("reviews[0].decisionText")).isEqualTo(DECISION);
    assertThat(c.getInt("reviews[0].decisions[0].questionNumber")).isEqualTo(1);
    assertThat(c.getString("reviews[0].decisions[0].outcome")).isEqualTo("UPHELD");
    assertThat(c.getString("reviewProcedure")).startsWith("If you are unhappy");
    assertThat(c.getString("complaintRights")).contains("Information Commissioners Office");
    assertThat(c.getList("instalments.questionNumbers")).containsExactly(List.of(1));
    assertThat(c.getString("sentOn")).isEqualTo("2015-03-06");
    assertThat(c.getString("questions[0].answer")).isNull();
    String page =
        given()
            .accept(ContentType.HTML)
            .get("/cases/" + slug)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("Internal review 1")
        .contains("9 March 2015")
        .contains("8 April 2015")
        .contains("section 14(1) was applied correctly")
        .contains("Your rights, as the response gave them");
  }

  @Test
  void aSecondReviewDecidesPerQuestionAndReleasesInformation() {
    String ref = sentRefusal();
    String base = "/api/responses/" + ref;
    // the old single-review endpoints act on the latest review
    json(Map.of("requestedOn", "2015-03-09")).post(base + "/review").then().statusCode(200);
    json(Map.of(
            "reviewer",
            "Reviewer One",
            "outcome",
            "UPHELD",
            "reasons",
            "Upheld.",
            "decidedOn",
            "2015-04-01"))
        .put(base + "/review")
        .then()
        .statusCode(200)
        .body("number", equalTo(1));
    json(Map.of("requestedOn", "2015-05-01"))
        .post(base + "/reviews")
        .then()
        .statusCode(200)
        .body("number", equalTo(2));
    // information released at review 2 goes out as instalment 2
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The list of the 338 bids.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of(
            "reviewer", "Reviewer Two",
            "reasons", "Partly overturned: the list of bids can be released.",
            "decidedOn", "2015-05-20",
            "questions", List.of(Map.of("number", 1, "outcome", "PARTLY_UPHELD")),
            "releaseAnswers", true))
        .put(base + "/reviews/2")
        .then()
        .statusCode(200)
        .body("number", equalTo(2))
        .body("outcome", equalTo("PARTLY_OVERTURNED"))
        .body("releasedInstalment", equalTo(2));
    given()
        .get(base + "/reviews")
        .then()
        .statusCode(200)
        .body("number", contains(1, 2))
        .body("outcome", contains("UPHELD", "PARTLY_OVERTURNED"));
    given()
        .get(base)
        .then()
        .body("preview.instalments.number", contains(1, 2))
        .body("preview.instalments[1].reviewNumber", equalTo(2))
        .body("preview.instalments[1].sentOn", equalTo("2015-05-20"))
        .body("preview.questions[0].answer.instalment", equalTo(2));
    json(Map.of("reviewer", "x", "reasons", "x", "decidedOn", "2015-05-21"))
        .put(base + "/reviews/3")
        .then()
        .statusCode(404);
  }

  @Test
  void theReviewDecisionTextIsCheckedForPersonalDataBeforePublishing() {
    String ref = sentRefusal();
    String base = "/api/responses/" + ref;
    json(Map.of("requestedOn", "2015-03-09")).post(base + "/reviews").then().statusCode(200);
    json(Map.of(
            "reviewer", "Reviewer",
            "outcome", "UPHELD",
            "reasons", "Dear Mr Fenwick-Oduya, the refusal is upheld.",
            "decidedOn", "2015-04-08"))
        .put(base + "/reviews/1")
        .then()
        .statusCode(200);
    json(Map.of("slug", "go-local-personal-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "")))
        .post(base + "/publish")
        .then()
        .statusCode(400)
        .body("errors.message", hasItem(containsString("reviews[0].decisionText")));
  }

  /**
   * A review of a failure to respond (Sheffield letters 33 to 35 in the notice corpus): the
   * requester asks for one when no response has come. It is recorded before any response is sent,
   * never dated before the request was received, and the audit line says what it reviews.
   */
  @Test
  void aReviewOfAFailureToRespondIsRecordedBeforeAnyResponse() {
    String ref =
        ApiRequests.log(
            "No response " + System.nanoTime(),
            null,
            List.of("Please send me the minutes of the 2023 meetings."),
            null,
            LocalDate.of(2023, 6, 1),
            "Barnaby Fenwick-Oduya",
            "barnaby@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("requestedOn", "2023-05-31"))
        .post(base + "/reviews")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("the date the request was received"));
    json(Map.of("requestedOn", "2023-07-14"))
        .post(base + "/reviews")
        .then()
        .statusCode(200)
        .body("number", equalTo(1));
    given()
        .get("/api/requests/" + ref)
        .then()
        .statusCode(200)
        .body("timeline.summary", hasItem(containsString("of a failure to respond")));
  }

  /**
   * A past letter entered as it was sent: the review's decision is dated but its letter states no
   * outcome in words an officer can choose from. outcomeNotStated records the date (so its
   * timeliness is judged) and leaves the outcome null; giving both is a problem document.
   */
  @Test
  void aPastDecisionWithNoStatedOutcomeIsRecordedAsSent() {
    String ref = sentRefusal();
    String base = "/api/responses/" + ref;
    json(Map.of("requestedOn", "2015-03-09")).post(base + "/reviews").then().statusCode(200);
    json(Map.of(
            "reviewer",
            "Information Management",
            "reasons",
            "The decision as the letter gives it.",
            "decidedOn",
            "2015-06-01",
            "outcome",
            "UPHELD",
            "outcomeNotStated",
            true))
        .put(base + "/reviews/1")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("outcomeNotStated"));
    json(Map.of(
            "reviewer",
            "Information Management",
            "reasons",
            "The decision as the letter gives it.",
            "decidedOn",
            "2015-06-01"))
        .put(base + "/reviews/1")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("outcome"));
    JsonPath r =
        json(Map.of(
                "reviewer",
                "Information Management",
                "reasons",
                "The decision as the letter gives it.",
                "decidedOn",
                "2015-06-01",
                "outcomeNotStated",
                true))
            .put(base + "/reviews/1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getString("decidedOn")).isEqualTo("2015-06-01");
    assertThat(r.getString("outcome")).isNull();
    assertThat(r.getInt("lateByWorkingDays")).isPositive();
  }
}
