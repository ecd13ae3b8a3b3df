package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published Leicester case page, parsed as HTML. */
@QuarkusTest
class CasePageTest {
  static Document page;

  @BeforeEach
  void load() {
    if (page != null) {
      return;
    }
    String html =
        given()
            .get("/cases/leicester-cse-cce-2015-2024")
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    page = Jsoup.parse(html);
  }

  @Test
  void headerNamesTheCouncilAndServiceWithoutGovUkBranding() {
    assertThat(page.select(".govuk-header").text()).contains("Leicester City Council");
    assertThat(page.select(".govuk-service-navigation__service-name").text())
        .isEqualTo("FOI Tracker");
    assertThat(page.select(".govuk-header__logotype, svg.govuk-header__logotype")).isEmpty();
    assertThat(page.html()).doesNotContain("GOV.UK").doesNotContain("crown");
    assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
    assertThat(page.select("h1").text())
        .isEqualTo("Child sexual and criminal exploitation 2015–2024");
  }

  @Test
  void allSixQuestionsWithOutcomeTags() {
    Elements questions = page.select("[data-question]");
    assertThat(questions).hasSize(6);
    assertThat(questions.eachAttr("data-question")).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(questions.get(0).select(".govuk-tag").text()).isEqualTo("Provided in part");
    assertThat(questions.get(2).select(".govuk-tag").text()).isEqualTo("Related information given");
    assertThat(questions.get(3).select(".govuk-tag").text()).isEqualTo("Refused: cost limit");
    assertThat(questions.get(5).select(".govuk-tag").text()).isEqualTo("Not held");
    assertThat(page.select("h3").eachText()).contains("Questions 4 and 5");
  }

  @Test
  void datesAndReferenceNotStated() {
    Elements rows = page.select("dl.govuk-summary-list").first().select(".govuk-summary-list__row");
    assertThat(value(rows, "Reference")).isEqualTo("Not stated");
    assertThat(value(rows, "Received")).isEqualTo("Not stated");
    assertThat(value(rows, "Response sent")).isEqualTo("Not stated");
    assertThat(value(rows, "Response due")).startsWith("Not stated");
  }

  @Test
  void tableAHasGroupedHeadersAndRowHeaders() {
    Element table = page.getElementById("table-1");
    assertThat(table.select("caption").text()).startsWith("Table 1:");
    Elements groups = table.select("thead tr").get(0).select("th[scope=colgroup]");
    assertThat(groups.eachText()).containsExactly("CSE", "CE");
    assertThat(groups.eachAttr("colspan")).containsExactly("2", "2");
    assertThat(table.select("thead tr").get(1).select("th[scope=col]").eachText())
        .containsExactly("Age", "10-14", "15-19", "10-14", "15-19");
    Elements rows = table.select("tbody tr");
    assertThat(rows).hasSize(10);
    assertThat(rows.select("th[scope=row]").eachText())
        .containsExactly(
            "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024");
    List<List<String>> expected = LeicesterSource.ageTables().get(0);
    for (int i = 0; i < 10; i++) {
      List<String> shown = rows.get(i).select("td").stream().map(CasePageTest::shownText).toList();
      assertThat(shown).isEqualTo(expected.get(i).subList(1, 5));
    }
    Element notHeld = rows.get(0).select("td").get(2);
    assertThat(notHeld.attr("data-state")).isEqualTo("NOT_HELD");
    assertThat(notHeld.select(".govuk-visually-hidden").text()).isEqualTo("Not held");
  }

  @Test
  void tableBHasTheContactFigures() {
    Element table = page.getElementById("table-3");
    List<String> figures = table.select("tbody td").eachText();
    assertThat(figures)
        .containsExactly(
            "18,201", "12,374", "11,494", "13,518", "15,298", "14,254", "15,890", "14,916",
            "14,899", "15,930");
    assertThat(page.select("table.govuk-table")).hasSize(3);
  }

  @Test
  void provisionsLinkToTheirExplanation() {
    List<String> links = page.select("[data-question=4] a[href^=/provisions/]").eachAttr("href");
    assertThat(links).containsExactly("/provisions/FOIA-12", "/provisions/FOIA-17-1");
    Document provision =
        Jsoup.parse(given().get("/provisions/FOIA-12").then().statusCode(200).extract().asString());
    assertThat(provision.select("h1").text())
        .isEqualTo("s.12 Exemption where cost of compliance exceeds appropriate limit");
    assertThat(provision.text()).contains("£450");
  }

  @Test
  void costAssessmentShowsLimitRateAndHours() {
    Elements rows = page.select("#cost-assessment + dl .govuk-summary-list__row");
    assertThat(value(rows, "Appropriate limit")).isEqualTo("£450");
    assertThat(value(rows, "Hourly rate")).isEqualTo("£25");
    assertThat(value(rows, "Hours at the limit")).isEqualTo("18");
    assertThat(value(rows, "Questions covered")).isEqualTo("4 and 5");
    assertThat(value(rows, "Estimate")).isEqualTo("Not itemised in the response");
  }

  @Test
  void openGovernmentLicence() {
    assertThat(page.select("#re-use + p").text()).contains("Open Government Licence v3.0");
    assertThat(page.select("a[rel=license]")).isNotEmpty();
  }

  @Test
  void disclosureLogListsTheCase() {
    // Other tests publish cases too: Leicester is among the s.12 refusals, its date not stated.
    Document log =
        Jsoup.parse(given().get("/?provision=FOIA-12").then().statusCode(200).extract().asString());
    Element row = log.selectFirst("tbody tr[data-slug=leicester-cse-cce-2015-2024]");
    assertThat(row).isNotNull();
    assertThat(row.select("th a").attr("href")).isEqualTo("/cases/leicester-cse-cce-2015-2024");
    assertThat(row.select(".govuk-tag").eachText())
        .containsExactly(
            "Provided in part", "Not held", "Refused: cost limit", "Related information given");
    assertThat(row.select("td").last().text()).isEqualTo("Not stated");
  }

  /** What a sighted reader sees in a cell (the visually hidden state label aside). */
  private static String shownText(Element td) {
    Elements visible = td.select("span[aria-hidden]");
    return visible.isEmpty() ? td.text() : visible.text();
  }

  private static String value(Elements rows, String key) {
    return rows.stream()
        .filter(r -> r.select(".govuk-summary-list__key").text().equals(key))
        .findFirst()
        .map(r -> r.select(".govuk-summary-list__value").text())
        .orElseThrow(() -> new AssertionError("no row " + key));
  }
}
