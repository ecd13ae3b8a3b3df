package uk.foitracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A form field as long as the services accept reaches them: the HTTP layer does not refuse it first
 * (Vert.x's default allows 2 KB per field, and answered 413 to a longer answer or request text,
 * losing what was typed).
 */
@QuarkusTest
class LongFormFieldsTest {
  static final String CSRF = "csrf-token";

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void aRequestTextOfTwentyThousandCharactersReachesTheLogForm() {
    String text = "1. How many potholes were filled in 2024? " + "Word ".repeat(3990);
    assertThat(text.length()).isBetween(19_000, 20_000);
    Response form = given().get("/officer/requests/new");
    Response r =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .cookie(CSRF, form.getCookie(CSRF))
            .formParam(CSRF, token(form))
            .formParam("action", "split")
            .formParam("summary", "Potholes")
            .formParam("requestText", text)
            .post("/officer/requests/new");
    assertThat(r.statusCode()).as(r.asString()).isIn(200, 400);
    assertThat(Jsoup.parse(r.asString()).select("#requestText").text()).isEqualTo(text.strip());
  }

  @Test
  void aLongReferenceOnTheStatusFormIsRefusedByTheServiceNotTheServer() {
    String typed = "FOI-2026-" + "9".repeat(5_000);
    Response form = given().get("/status");
    Response r =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .cookie(CSRF, form.getCookie(CSRF))
            .formParam(CSRF, token(form))
            .formParam("reference", typed)
            .formParam("accessCode", "K7QPM-3XWRT")
            .post("/status");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(r.asString()).select("#reference").val()).isEqualTo(typed);
  }

  private static String token(Response form) {
    Document page = Jsoup.parse(form.asString());
    return page.select("input[name=" + CSRF + "]").val();
  }
}
