package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * F9: NUL and other control characters are refused where text comes in (they were stored, then
 * broke the PDF letter and would break the Atom feed), with a message that says what to do: a
 * problem document naming the field in the API, a GOV.UK error page for a form. Tab, line feed and
 * carriage return stay allowed.
 */
@QuarkusTest
class ControlCharactersTest {
  private static final String CSRF = "csrf-token";
  private static final String NOTICE =
      "Dear Sir\n\nWe hold the information but it is exempt under section 40(2) of the Freedom of"
          + " Information Act 2000.\tYours faithfully";

  @Test
  void theApiRefusesAnEscapedNulWithAProblemNamingTheField() {
    Response r =
        given()
            .contentType(ContentType.JSON)
            .body("{\"text\": \"" + NOTICE.replace("\n", "\\n").replace("\t", "\\t") + "\\u0000\"}")
            .post("/api/notices/check");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("text");
    assertThat(r.jsonPath().getString("detail")).contains("control characters");
  }

  @Test
  void theApiStillTakesTabsAndLineBreaks() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"text\": \"" + NOTICE.replace("\n", "\\n").replace("\t", "\\t") + "\\r\\n\"}")
        .post("/api/notices/check")
        .then()
        .statusCode(200);
  }

  @Test
  void aFormWithAControlCharacterIsRefusedWithAClearMessage() {
    Response open = given().get("/check-a-refusal");
    Document page = Jsoup.parse(open.asString());
    Response r =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .cookie(CSRF, open.getCookie(CSRF))
            .formParam(CSRF, page.select("input[name=" + CSRF + "]").val())
            .formParam("text", NOTICE + "\u0001\u0000")
            .post("/check-a-refusal");
    assertThat(r.statusCode()).isEqualTo(400);
    Document error = Jsoup.parse(r.asString());
    assertThat(error.select("main").text()).contains("text").contains("control characters");
  }
}
