package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 point 8, the cost part: lines of units × minutes each (with ranges), the authority's
 * stated hours kept beside the computed ones with a warning when they disagree, and an EIR case
 * that says reg 12(4)(b), never "section 12" nor "£450". Figures from Sheffield City Council
 * (examples 03 and 04).
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class CostRangesTest {

  private static String log(String regime) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", regime);
    body.put("receivedOn", LocalDate.now().minusDays(5).toString());
    body.put("channel", "EMAIL");
    body.put("summary", "Outcomes of requests " + Long.toHexString(System.nanoTime()));
    body.put("requesterName", "Requester Example");
    body.put("requesterContact", "requester@example.org");
    body.put("requestText", "1. The outcome of every request since 2015.");
    body.put("questions", List.of(Map.of("number", 1, "text", "The outcome of every request.")));
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private static Map<String, Object> sheffield03(Object statedHours) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("activity", "RETRIEVING");
    line.put("basis", "over 2000 records × 2 minutes to identify the outcome");
    line.put("units", 2000);
    line.put("minutesEachMin", 2);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("questions", List.of(1));
    body.put("statement", "It would take us 66 hours to collate the information.");
    body.put("lines", List.of(line));
    body.put("statedHours", statedHours);
    return body;
  }

  @Test
  void sheffieldsPerRecordEstimateKeepsTheStatedAndComputedHours() {
    String ref = log("FOIA");
    String base = "/api/responses/" + ref;
    given()
        .contentType(ContentType.JSON)
        .body(sheffield03(66))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200)
        .body("totalMinutes", equalTo(4000))
        .body("totalMinutesMax", equalTo(4000))
        .body("computedHours", equalTo(66.7f))
        .body("statedHours", equalTo(66))
        .body("statedHoursWarning", nullValue())
        .body("exceedsLimit", equalTo(true));
    given()
        .get(base)
        .then()
        .statusCode(200)
        .body("preview.costAssessment.lines[0].minutes", equalTo(4000))
        .body("preview.costAssessment.lines[0].units", equalTo(2000))
        .body("preview.costAssessment.lines[0].minutesEachMin", equalTo(2))
        .body("preview.costAssessment.lines[0].minutesEachMax", equalTo(2))
        .body("preview.costAssessment.statedHours", equalTo(66))
        .body("preview.costAssessment.computedHours", equalTo(66.7f));
    String page =
        given().get("/officer/requests/" + ref + "/response/cost").then().extract().asString();
    assertThat(page).contains("Cost assessment (s.12)").doesNotContain("cost-stated-warning");

    // a stated figure that does not follow from the lines is shown with a warning
    given()
        .contentType(ContentType.JSON)
        .body(sheffield03(60))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200)
        .body(
            "statedHoursWarning",
            equalTo("The stated 60 hours do not follow from the lines, which come to 66.7 hours"));
    page = given().get("/officer/requests/" + ref + "/response/cost").then().extract().asString();
    assertThat(page)
        .contains("cost-stated-warning")
        .contains("The stated 60 hours do not follow from the lines, which come to 66.7 hours");
  }

  @Test
  void aRangeOfMinutesEachGivesBothEnds() {
    String base = "/api/responses/" + log("FOIA");
    Map<String, Object> line =
        Map.of(
            "activity", "EXTRACTING",
            "basis", "2–5 minutes a record",
            "units", 400,
            "minutesEachMin", 2,
            "minutesEachMax", 5);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("questions", List.of(1), "lines", List.of(line)))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200)
        .body("totalMinutes", equalTo(800))
        .body("totalMinutesMax", equalTo(2000))
        .body("computedHours", equalTo(13.3f))
        .body("computedHoursMax", equalTo(33.3f))
        .body("statedHours", nullValue());
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "questions",
                List.of(1),
                "lines",
                List.of(
                    Map.of("activity", "EXTRACTING", "basis", "each file", "minutesEachMin", 120)),
                "statedHours",
                "20.5"))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200)
        .body(
            "statedHoursWarning",
            equalTo(
                "The stated 20.5 hours cannot be checked: line 1 does not state how many units;"
                    + " the other lines come to 0.0 hours"));
  }

  @Test
  void anEirCaseNeverSaysSection12OrAPoundLimit() {
    String ref = log("EIR");
    String base = "/api/responses/" + ref;
    given()
        .contentType(ContentType.JSON)
        .body(sheffield03(66))
        .put(base + "/cost-assessment")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "REFUSED_COST_LIMIT"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    String page =
        given().get("/officer/requests/" + ref + "/response/cost").then().extract().asString();
    String letter = given().get(base + "/letter").then().statusCode(200).extract().asString();
    String json = given().get(base).then().statusCode(200).extract().asString();
    for (String text : List.of(page, letter)) {
      assertThat(text)
          .contains("12(4)(b)")
          .contains("12(2)")
          .doesNotContain("section 12")
          .doesNotContain("(s.12)")
          .doesNotContain("£450");
    }
    assertThat(page).contains("Hours stated in the response").contains("66.7");
    assertThat(json).doesNotContain("section 12").doesNotContain("£450");

    // published: the public page and JSON say reg 12(4)(b), in hours
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "provision",
                "EIR-12-4-b",
                "reasons",
                "Searching over 2000 records would take 66 hours.",
                "publicInterestFor",
                "Transparency about how requests are handled.",
                "publicInterestAgainst",
                "Diverting staff from other work for 66 hours.",
                "publicInterestConclusion",
                "Even with the presumption in favour of disclosure, the burden outweighs it."))
        .post(base + "/questions/1/citations")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("questions", List.of(1), "paragraphs", List.of("We refuse this request.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post(base + "/send")
        .then()
        .statusCode(200);
    String slug = "eir-cost-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .statusCode(200);
    String published = given().get("/cases/" + slug).then().statusCode(200).extract().asString();
    String publishedJson =
        given().get("/api/cases/" + slug).then().statusCode(200).extract().asString();
    assertThat(published)
        .contains("manifestly unreasonable (reg 12(4)(b))")
        .contains("reg 12(2)")
        .contains("Hours stated in the response")
        .doesNotContain("section 12")
        .doesNotContain("Appropriate limit")
        .doesNotContain("£450");
    assertThat(publishedJson)
        .contains("\"statedHours\":66")
        .contains("\"computedHours\":66.7")
        .doesNotContain("section 12")
        .doesNotContain("£450");
  }
}
