package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.foitracker.publication.DisclosureLogSearchTest.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/** Filters, order and pages of the disclosure log; bad parameters are 400s with a message. */
@QuarkusTest
class DisclosureLogFilterTest {
  static final String LEICESTER = "leicester-cse-cce-2015-2024";

  /** 21 EIR cases published in 2007 citing reg 12(5)(g): more than one page of 20. */
  static final String MINE = "/cases?provision=EIR-12-5-g&regime=EIR&year=2007";

  static List<String> published;

  @Inject PublishedCaseFixtures fixtures;

  @BeforeEach
  void publishOnce() {
    if (published != null) {
      return;
    }
    List<String> slugs = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      slugs.add(
          fixtures.publish(
              new Spec(
                  String.format("Habitat survey %02d", i),
                  Regime.EIR,
                  LocalDate.of(2007, 1, i),
                  i % 2 == 0 ? Outcome.REFUSED_EXEMPTION : Outcome.PROVIDED_IN_PART,
                  "EIR-12-5-g",
                  "Habitat survey question " + i,
                  "Habitat survey answer " + i)));
    }
    published = slugs;
  }

  @Test
  void pagesOfTwentyWithStableLinks() {
    Document first = page(MINE, 200);
    assertThat(first.select("#results").text()).isEqualTo("21 responses");
    assertThat(first.select("tbody tr")).hasSize(20);
    // Newest first: 21 January down to 2 January.
    assertThat(first.select("tbody tr").first().attr("data-slug")).isEqualTo(published.get(20));
    String next = first.select(".govuk-pagination__next a").attr("href");
    // The next page's link carries the last case's page key: read from the index, not skipped to.
    assertThat(next).startsWith("/cases?provision=EIR-12-5-g&regime=EIR&year=2007&page=2&after=");
    assertThat(first.select(".govuk-pagination__item--current a").attr("aria-current"))
        .isEqualTo("page");
    assertThat(first.select(".govuk-pagination__prev")).isEmpty();

    Document second = page(next, 200);
    assertThat(second.select("tbody tr").eachAttr("data-slug")).containsExactly(published.get(0));
    assertThat(second.select(".govuk-pagination__prev a").attr("href"))
        .isEqualTo("/cases?provision=EIR-12-5-g&regime=EIR&year=2007");
    assertThat(page(next, 200).select("tbody tr").eachAttr("data-slug"))
        .isEqualTo(second.select("tbody tr").eachAttr("data-slug"));
    // The same page by its number alone (a shared or typed address) holds the same cases.
    assertThat(page(MINE + "&page=2", 200).select("tbody tr").eachAttr("data-slug"))
        .isEqualTo(second.select("tbody tr").eachAttr("data-slug"));
    assertThat(first.select("tbody tr").eachAttr("data-slug"))
        .isEqualTo(page(MINE, 200).select("tbody tr").eachAttr("data-slug"));
  }

  @Test
  void ordersOldestAndByTitle() {
    assertThat(page(MINE + "&sort=oldest", 200).select("tbody tr").first().attr("data-slug"))
        .isEqualTo(published.get(0));
    Document byTitle = page(MINE + "&sort=title", 200);
    assertThat(byTitle.select("tbody th a").eachText().subList(0, 3))
        .containsExactly("Habitat survey 01", "Habitat survey 02", "Habitat survey 03");
    assertThat(byTitle.select("#sort option[selected]").val()).isEqualTo("title");
  }

  @Test
  void filtersCombine() {
    Document refused = page(MINE + "&outcome=REFUSED_EXEMPTION", 200);
    assertThat(refused.select("#results").text()).isEqualTo("10 responses");
    assertThat(refused.select("input[name=outcome][value=REFUSED_EXEMPTION]").attr("checked"))
        .isNotNull();
    assertThat(refused.select("#provision option[selected]").val()).isEqualTo("EIR-12-5-g");
    assertThat(refused.select("#year option[selected]").val()).isEqualTo("2007");
    Document either = page(MINE + "&outcome=REFUSED_EXEMPTION&outcome=PROVIDED_IN_PART", 200);
    assertThat(either.select("#results").text()).isEqualTo("21 responses");
  }

  @Test
  void everySection12RefusalIncludesLeicester() {
    Document s12 = page("/cases?provision=FOIA-12", 200);
    assertThat(s12.select("tbody tr").eachAttr("data-slug"))
        .contains(LEICESTER)
        .doesNotContainAnyElementsOf(published);
    assertThat(
            page("/cases?outcome=REFUSED_COST_LIMIT", 200).select("tbody tr").eachAttr("data-slug"))
        .contains(LEICESTER);
    assertThat(page("/cases?regime=EIR&provision=FOIA-12", 200).select("tbody tr")).isEmpty();
  }

  @Test
  void aYearNeverMatchesACaseWithNoDateAndThePageSaysSo() {
    Document y2007 = page("/cases?year=2007", 200);
    assertThat(y2007.select("tbody tr").eachAttr("data-slug")).doesNotContain(LEICESTER);
    assertThat(y2007.select("#year-hint").text())
        .containsPattern("not state when (it was|they were) published")
        .contains("no year is chosen");
    assertThat(y2007.select("#year option").eachAttr("value")).contains("", "2007");
    assertThat(page("/cases?provision=FOIA-12&year=2024", 200).select("tbody tr")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "page=3&provision=EIR-12-5-g&regime=EIR&year=2007|page|Page 3 does not exist: there are 2"
            + " pages",
        "page=abc|page|Page must be a whole number, 1 or more",
        "page=0|page|Page must be a whole number, 1 or more",
        "page=99999999999999|page|Page must be a whole number, 1 or more",
        "outcome=MAYBE|outcome|Choose outcomes from the list",
        "provision=FOIA-999|provision|Choose a provision from the list",
        "regime=GDPR|regime|Choose FOIA or EIR",
        "year=twenty|year|Enter the year as 4 digits",
        "year=1999|year|Year must be between 2005 and",
        "sort=random|sort|Choose an order from the list",
        "sort=relevance|sort|Best match needs search words"
      })
  void badParametersAreExplained(String query, String field, String message) {
    Document page = page("/cases?" + query, 400);
    assertThat(page.title()).startsWith("Error: Disclosure log");
    assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#" + field);
    assertThat(page.select(".govuk-error-summary__list a").text()).startsWith(message);
    assertThat(page.getElementById(field)).isNotNull();
    assertThat(page.select("tbody tr")).isEmpty();

    Response api = given().urlEncodingEnabled(false).get("/api/cases?" + query);
    api.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field))
        .body("errors.message[0]", containsString(message.substring(0, 10)));
  }

  @Test
  void apiPagesWithLinkHeaders() {
    Response first = given().urlEncodingEnabled(false).get("/api" + MINE);
    first.then().statusCode(200).header("X-Total-Count", "21");
    assertThat(first.jsonPath().getList("slug")).hasSize(20);
    assertThat(first.header("Link"))
        .contains("</api/cases?provision=EIR-12-5-g&regime=EIR&year=2007&page=2&after=")
        .contains("rel=\"last\"");
    Response second = given().urlEncodingEnabled(false).get("/api" + MINE + "&page=2");
    assertThat(second.jsonPath().getList("slug")).containsExactly(published.get(0));
    assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void formIsLabelledAndUsesGet() {
    Document page = page("/cases", 200);
    assertThat(page.select("form.app-filters").attr("method")).isEqualTo("get");
    for (String id : List.of("provision", "regime", "year", "sort", "q", "outcome")) {
      assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
    }
    assertThat(page.select("fieldset legend").eachText()).contains("Outcome");
    assertThat(page.select(".app-table-scroll[role=region][tabindex=0]")).hasSize(1);
    assertThat(page.select("form[role=search] input#q[type=search]")).hasSize(1);
  }
}
