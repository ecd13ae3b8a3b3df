package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * asSent: a letter already sent is recorded as it stands, a qualified exemption with no public
 * interest test (FOIA s.17(3)) or a citation with no reasons (s.17(1)(c)), for the review to find;
 * without it the compose API still asks for both.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class CitationsAsSentTest {

  private static io.restassured.specification.RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  @Test
  void aLetterAsSentKeepsItsDefects() {
    String ref =
        ApiRequests.log(
            "Tender prices as sent",
            null,
            List.of("What were the tender prices?", "Who bid?"),
            null,
            LocalDate.now().minusDays(5),
            "Ottoline Vasquez-Brennan",
            "ottoline@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("provision", "FOIA-43-2", "questions", List.of(1), "reasons", "Live tender"))
        .post(base + "/citations")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains("publicInterestFor", "publicInterestAgainst", "publicInterestConclusion"));
    json(Map.of(
            "provision",
            "FOIA-43-2",
            "questions",
            List.of(1),
            "reasons",
            "Live tender",
            "asSent",
            true))
        .post(base + "/citations")
        .then()
        .statusCode(200)
        .body("position", equalTo(1));
    json(Map.of("provision", "FOIA-40-2", "questions", List.of(2), "reasons", "", "asSent", true))
        .post(base + "/citations")
        .then()
        .statusCode(200);
    json(Map.of(
            "provision",
            "FOIA-40-2",
            "questions",
            List.of(2),
            "reasons",
            "Names of bidders' staff",
            "publicInterestFor",
            "Openness",
            "asSent",
            true))
        .post(base + "/citations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("publicInterestFor"));
  }
}
