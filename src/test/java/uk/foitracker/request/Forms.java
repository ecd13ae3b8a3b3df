package uk.foitracker.request;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helper: a page's CSRF cookie and token, and form posts that carry them. */
record Forms(String cookie, String token, Document page) {
  static final String CSRF = "csrf-token";

  /** GETs a page (as the @TestSecurity user) and keeps its CSRF cookie and form token. */
  static Forms open(String path) {
    Response r = given().redirects().follow(false).get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " gave " + r.statusCode() + ": " + r.asString());
    }
    Document page = Jsoup.parse(r.asString());
    return new Forms(r.getCookie(CSRF), page.select("input[name=" + CSRF + "]").val(), page);
  }

  /** A form post with the CSRF cookie and token; redirects are not followed. */
  RequestSpecification post() {
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .cookie(CSRF, cookie)
        .formParam(CSRF, token);
  }

  /** The version on the page's action forms. */
  long version() {
    return Long.parseLong(page.select("input[name=version]").first().val());
  }
}
