package uk.foitracker.noticecheck;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public page "Check a refusal": a GOV.UK form, the findings explained with what the requester
 * can do and the ICO's guidance, the error summary on bad input, nothing stored.
 */
@QuarkusTest
class NoticeCheckPageTest {
  private static final String CSRF = "csrf-token";

  @Inject CheckLimit limit;

  @BeforeEach
  void forget() {
    limit.clear();
  }

  record Form(String cookie, String token, Document page) {
    static Form open() {
      Response r = given().get("/check-a-refusal");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.header("Cache-Control")).isEqualTo("no-store");
      Document page = Jsoup.parse(r.asString());
      return new Form(r.getCookie(CSRF), page.select("input[name=" + CSRF + "]").val(), page);
    }

    Document post(int status, Map<String, String> fields) {
      var req =
          given()
              .redirects()
              .follow(false)
              .contentType("application/x-www-form-urlencoded; charset=UTF-8")
              .cookie(CSRF, cookie)
              .formParam(CSRF, token);
      for (var f : fields.entrySet()) {
        req = req.formParam(f.getKey(), f.getValue());
      }
      Response r = req.post("/check-a-refusal");
      assertThat(r.statusCode()).isEqualTo(status);
      assertThat(r.header("Cache-Control")).isEqualTo("no-store");
      return Jsoup.parse(r.asString());
    }
  }

  @Test
  void theFormHasALabelledTextareaWithAHintTheRegimesAndTheDates() {
    Document page = Form.open().page();
    assertThat(page.select("h1").text()).isEqualTo("Check a refusal");
    assertThat(page.select("label[for=text]").text()).isEqualTo("The response you received");
    assertThat(page.select("#text-hint").text()).contains("200,000 characters");
    assertThat(page.select("textarea#text").attr("aria-describedby")).contains("text-hint");
    assertThat(page.select("input[name=regime]").eachAttr("value"))
        .containsExactly("", "FOIA", "EIR");
    assertThat(page.select("#received, #received-month, #received-year, #sent")).hasSize(4);
  }

  @Test
  void thePublicPagesLinkToIt() {
    Document home = Jsoup.parse(given().get("/").asString());
    assertThat(home.select("footer a[href=/check-a-refusal]").text()).isEqualTo("Check a refusal");
  }

  @Test
  void leicesterShowsTheMissingRightsExplainedAndLinkedToTheIco() {
    Form form = Form.open();
    Document page = form.post(200, Map.of("text", NoticeCheckApiTest.LEICESTER, "regime", ""));
    assertThat(page.select("h1").text()).isEqualTo("What we found in the response");
    Element rights = page.selectFirst("#findings [data-rule=S17_7_RIGHTS]");
    assertThat(rights).isNotNull();
    assertThat(rights.select("h2").text()).contains("Breach", "s.17(7)", "Questions");
    assertThat(rights.text()).contains("What you can do", "internal review");
    assertThat(rights.select("a").attr("href"))
        .isEqualTo(
            "https://ico.org.uk/for-organisations/foi/freedom-of-information-and-environmental-"
                + "information-regulations/section-17-refusing-a-request-writing-a-refusal-notice/");
    assertThat(page.select("#regime-read").text()).isEqualTo("Freedom of Information Act 2000");
    // The form is there again, with the text, to check again.
    assertThat(page.select("textarea#text").text()).contains("Leicester City Council");
  }

  @Test
  void badInputShowsTheErrorSummaryAndKeepsWhatWasTyped() {
    Form form = Form.open();
    Document empty = form.post(400, Map.of("text", "  "));
    assertThat(empty.title()).startsWith("Error: ");
    assertThat(empty.select(".govuk-error-summary a").eachText())
        .containsExactly("Enter the text of the response you received");
    assertThat(empty.select(".govuk-error-summary a").attr("href")).isEqualTo("#text");

    Document badDate =
        form.post(
            400,
            Map.of(
                "text", "We do not hold the information.",
                "received-day", "31",
                "received-month", "2",
                "received-year", "2024"));
    assertThat(badDate.select(".govuk-error-summary a").eachText())
        .containsExactly("The date your request was received must be a real date");
    assertThat(badDate.select("textarea#text").text()).isEqualTo("We do not hold the information.");
    assertThat(badDate.select("#received").val()).isEqualTo("31");

    Document tooLong = form.post(400, Map.of("text", "x".repeat(NoticeChecks.MAX_TEXT + 1)));
    assertThat(tooLong.select(".govuk-error-summary a").eachText())
        .containsExactly("The text must be 200,000 characters or fewer");
  }
}
