package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A past letter entered as it was sent (issue 18's corpus, letters 19 and 20): its table of people
 * has a count below the authority's threshold. The release check refuses sending it; the same send
 * with alreadySent records the response that already left, and the audit trail says so.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class AlreadySentThroughApiTest {
  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  @Test
  void aPastLetterWithASmallCountIsRecordedAsAlreadySent() {
    String ref =
        ApiRequests.log(
            "Children in each setting " + System.nanoTime(),
            null,
            List.of("How many children with an EHCP attend each setting?"),
            null,
            LocalDate.of(2023, 12, 18),
            "Ysolde Marchbank",
            "ysolde@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("caption", "Children by setting");
    table.put("headerRows", 1);
    table.put("cells", "Setting\tChildren\nMainstream\t212\nPRU\t4\n");
    table.put("notHeldConfirmed", true);
    table.put("countsPeople", true);
    json(table).post(base + "/answers/1/tables").then().statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", "2024-01-24"))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("detail", containsString("small number"));
    json(Map.of("sentOn", "2024-01-24", "alreadySent", true))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("sentOn", equalTo("2024-01-24"))
        .body("instalment", equalTo(1));
  }
}
