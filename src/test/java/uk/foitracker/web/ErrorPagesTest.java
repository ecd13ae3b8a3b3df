package uk.foitracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad addresses get a GOV.UK-style page or a problem document, never a stack trace. */
@QuarkusTest
class ErrorPagesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/cases/no-such-case",
        "/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/provisions/FOIA-99",
        "/no/such/page",
        "/cases/leicester-cse-cce-2015-2024/nothing-here"
      })
  void unknownPagesAreGovUkNotFoundPages(String path) {
    String html =
        given()
            .urlEncodingEnabled(false)
            .get(path)
            .then()
            .statusCode(404)
            .contentType("text/html")
            .extract()
            .asString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("h1").text()).isEqualTo("Page not found");
    assertThat(page.select(".govuk-header")).isNotEmpty();
    assertThat(html)
        .doesNotContain("Unable to find matching")
        .doesNotContain("Exception")
        .doesNotContain("at uk.foitracker")
        .doesNotContain("<script>alert");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases/no-such-case", "/api/nothing-here"})
  void unknownApiResourcesAreProblemDocuments(String path) {
    String body =
        given()
            .get(path)
            .then()
            .statusCode(404)
            .contentType("application/problem+json")
            .body("status", equalTo(404))
            .extract()
            .asString();
    assertThat(body).doesNotContain("Exception");
  }
}
