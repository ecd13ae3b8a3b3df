package uk.foitracker.clock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadlinePageTest {

  private static Document get(String query, int status) {
    return Jsoup.parse(
        given()
            .urlEncodingEnabled(false)
            .get("/deadline" + query)
            .then()
            .statusCode(status)
            .extract()
            .asString());
  }

  @Test
  void emptyFormFirst() {
    Document page = get("", 200);
    assertThat(page.select("h1").text()).isEqualTo("When is a response due?");
    assertThat(page.select(".govuk-error-summary")).isEmpty();
    assertThat(page.select("label[for=received]").text()).isEqualTo("Day");
    assertThat(page.select("input[name=regime]")).hasSize(2);
  }

  @Test
  void showsTheDueDateAndTheWorkingAndAgreesWithTheApi() {
    Document page = get("?received-day=28&received-month=4&received-year=2023&regime=FOIA", 200);
    assertThat(page.select("#result h2").text()).isEqualTo("Due Wednesday 31 May 2023");
    assertThat(page.select("#working td[data-day]")).hasSize(20);
    assertThat(page.select("#working td[data-skipped]").eachText())
        .anyMatch(t -> t.contains("coronation of King Charles III"))
        .anyMatch(t -> t.contains("Early May bank holiday"));
    assertThat(page.select("input[name=received-day]").val()).isEqualTo("28");
    JsonPath api = given().get("/api/deadline?received=2023-04-28&regime=FOIA").jsonPath();
    List<String> skippedInApi = api.getList("skipped.reason");
    assertThat(page.select("#working td[data-skipped]").eachText())
        .containsExactlyElementsOf(skippedInApi.stream().map(r -> "Not counted: " + r).toList());
    assertThat(api.getString("due")).isEqualTo("2023-05-31");
  }

  @Test
  void badDateGetsAnErrorSummaryAndKeepsWhatWasTyped() {
    Document page = get("?received-day=31&received-month=2&received-year=2023&regime=FOIA", 400);
    assertThat(page.select(".govuk-error-summary a").text())
        .isEqualTo("Date the request was received must be a real date");
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#received");
    assertThat(page.select("#received-error").text()).contains("must be a real date");
    assertThat(page.select("input[name=received-day]").val()).isEqualTo("31");
    assertThat(page.select("title").text()).startsWith("Error:");
    assertThat(page.select("#result")).isEmpty();
  }

  @Test
  void missingPartsAndRegime() {
    Document page = get("?received-day=1&received-month=&received-year=2023", 400);
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Select whether the request is under FOIA or the EIR");
    page = get("?received-day=1&received-month=&received-year=2023&regime=EIR", 400);
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Date the request was received must include a month");
    page = get("?received-day=1&received-month=1&received-year=1999&regime=EIR", 400);
    assertThat(page.select(".govuk-error-summary a").text()).contains("between 1 January 2005");
    page = get("?received-day=%3Cscript%3E&received-month=1&received-year=2023&regime=FOIA", 400);
    assertThat(page.select("input[name=received-day]").val()).isEqualTo("<script>");
    assertThat(page.html()).doesNotContain("<script>alert").doesNotContain("value=\"<script>\"");
  }
}
