package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CasesApiTest {

  @Test
  void listsPublishedCases() {
    // Other tests publish cases too: look for Leicester among the s.12 refusals.
    given()
        .get("/api/cases?provision=FOIA-12")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("slug", hasItem("leicester-cse-cce-2015-2024"))
        .body(
            "find { it.slug == 'leicester-cse-cce-2015-2024' }.authority",
            equalTo("Leicester City Council"))
        .body("find { it.slug == 'leicester-cse-cce-2015-2024' }.regime", equalTo("FOIA"))
        .body(
            "find { it.slug == 'leicester-cse-cce-2015-2024' }.outcomes",
            hasItems(
                "PROVIDED_IN_PART", "REFUSED_COST_LIMIT", "NOT_HELD", "RELATED_INFORMATION_GIVEN"))
        .body(
            "find { it.slug == 'leicester-cse-cce-2015-2024' }.provisions.code",
            hasItems("FOIA-12", "FOIA-17-1"))
        .body("find { it.slug == 'leicester-cse-cce-2015-2024' }.publishedOn", nullValue())
        .body("find { it.slug == 'leicester-cse-cce-2015-2024' }", not(hasKey("highlights")));
  }

  @Test
  void wholeCase() {
    given()
        .get("/api/cases/leicester-cse-cce-2015-2024")
        .then()
        .statusCode(200)
        .body("questions", hasSize(6))
        .body("questions[0].outcome", equalTo("PROVIDED_IN_PART"))
        .body("questions[0].answer.tables[0].caption", not(nullValue()))
        .body("questions[0].answer.tables[0].columnGroups.label", contains("CSE", "CE"))
        .body("questions[0].answer.tables[0].columnGroups.span", contains(2, 2))
        .body("questions[0].answer.tables[0].rows[6].cells.value", contains(66, 50, 22, 41))
        .body("costAssessment.limitPence", equalTo(45000))
        .body("licence", equalTo("OGL-UK-3.0"));
  }

  @Test
  void unknownSlugIsAProblemDocument() {
    given()
        .accept("application/json")
        .get("/api/cases/no-such-case")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Page not found"))
        .body("detail", containsString("no-such-case"))
        .body("instance", equalTo("/api/cases/no-such-case"));
  }

  @Test
  void openApiDocumentsTheCases() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(containsString("/api/cases/{slug}"))
        .body(containsString("Published cases"));
  }
}
