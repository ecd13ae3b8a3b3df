package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * F5: sign-out is a POST with the CSRF token that ends the session server-side: the session cookie
 * captured before signing out is refused afterwards. Signs in for real through the OIDC dev
 * service's code flow (no browser: its login form is posted as a browser would).
 */
@QuarkusTest
class SignOutTest {
  private static final String CSRF = "csrf-token";

  @Test
  void aSessionCookieCapturedBeforeSigningOutIsRefusedAfterwards() {
    Map<String, String> session = signInAs("olive");
    given()
        .cookies(session)
        .redirects()
        .follow(false)
        .get("/officer/requests")
        .then()
        .statusCode(200);

    // the header's "Sign out" is a form posting to /sign-out with the CSRF token
    Response home = given().cookies(session).get("/");
    Document page = Jsoup.parse(home.asString());
    Element form = page.selectFirst("form[action=/sign-out]");
    assertThat(form).isNotNull();
    assertThat(form.attr("method")).isEqualTo("post");
    String token = form.select("input[name=" + CSRF + "]").val();
    assertThat(token).isNotBlank();

    // a GET signs nobody out
    given().cookies(session).redirects().follow(false).get("/sign-out");
    given()
        .cookies(session)
        .redirects()
        .follow(false)
        .get("/officer/requests")
        .then()
        .statusCode(200);

    Response out =
        given()
            .cookies(session)
            .cookie(CSRF, home.getCookie(CSRF))
            .contentType("application/x-www-form-urlencoded")
            .formParam(CSRF, token)
            .formParam("csrf-session", form.select("input[name=csrf-session]").val())
            .redirects()
            .follow(false)
            .post("/sign-out");
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.header("Location")).endsWith("/");

    // the copy of the cookie taken before: refused (back to sign-in), not the work queue
    Response replay = given().cookies(session).redirects().follow(false).get("/officer/requests");
    assertThat(replay.statusCode()).isNotEqualTo(200);
    if (replay.statusCode() == 302) {
      assertThat(replay.header("Location")).contains("/authorize");
    }
  }

  /**
   * F12: a CSRF token and cookie pair that was not issued to this session (here: one a stranger got
   * without signing in) is refused in a signed-in session, and the session goes on.
   */
  @Test
  void aCsrfTokenNotIssuedToTheSessionIsRefused() {
    // (adam: the dev service's tokens have no sid or jti, so olive's token of the same second
    // could equal the one signed out in the other test)
    Map<String, String> session = signInAs("adam");
    Response stranger = given().get("/status");
    Document strangerPage = Jsoup.parse(stranger.asString());
    String strangerToken = strangerPage.select("input[name=" + CSRF + "]").val();
    assertThat(strangerPage.select("input[name=csrf-session]").val()).isEmpty();

    Response forged =
        given()
            .cookies(session)
            .cookie(CSRF, stranger.getCookie(CSRF))
            .contentType("application/x-www-form-urlencoded")
            .formParam(CSRF, strangerToken)
            .redirects()
            .follow(false)
            .post("/sign-out");
    assertThat(forged.statusCode()).isEqualTo(403);
    // still signed in: /sign-in sends a signed-in person home instead of to the sign-in server
    Response still = given().cookies(session).redirects().follow(false).get("/sign-in");
    assertThat(still.statusCode()).isEqualTo(303);

    // the session's own form carries a binding that the check accepts
    Response home = given().cookies(session).get("/");
    Document page = Jsoup.parse(home.asString());
    assertThat(page.select("form[action=/sign-out] input[name=csrf-session]").val()).isNotBlank();
  }

  /** The code flow, as a browser follows it, returning the application's session cookies. */
  static Map<String, String> signInAs(String user) {
    Response start = given().redirects().follow(false).get("/officer/requests");
    assertThat(start.statusCode()).isEqualTo(302);
    Map<String, String> cookies = new LinkedHashMap<>(start.getCookies());
    String authorize = start.header("Location");
    String oidc = authorize.replaceAll("^(https?://[^/]+).*$", "$1");
    Response loginPage = given().redirects().follow(false).urlEncodingEnabled(false).get(authorize);
    Document login = Jsoup.parse(loginPage.asString());
    Element button = login.selectFirst("[name=predefined-" + user + "]");
    assertThat(button).as("login page " + loginPage.statusCode()).isNotNull();
    Element form = button.closest("form");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      fields.put(input.attr("name"), input.val());
    }
    fields.put(button.attr("name"), button.val());
    Response posted =
        given().redirects().follow(false).formParams(fields).post(oidc + form.attr("action"));
    String callback = posted.header("Location");
    assertThat(callback).as("login answered " + posted.statusCode()).contains("code=");
    Response back =
        given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies).get(callback);
    Map<String, String> session = new LinkedHashMap<>();
    back.getCookies()
        .forEach(
            (k, v) -> {
              if (k.startsWith("q_session")) {
                session.put(k, v);
              }
            });
    assertThat(session).as("callback answered " + back.statusCode()).isNotEmpty();
    return session;
  }
}
