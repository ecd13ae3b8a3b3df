package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.foitracker.examples.ExampleCases;

/**
 * Issue 17's new screens with real responses in them, each checked with axe (WCAG 2.2 A and AA) and
 * the keyboard route: the examples in {@code ../shared/examples/} are entered through the officer
 * screens ({@link ExampleCases}), then their published case pages, their officer compose pages, a
 * draft's compose page with refused forms and the add-a-table page are opened in Chromium. The test
 * identity (an officer) stands for the signed-in browser too.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class RealResponsesBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  /** s.43(2) with public interest, s.14 with reviews, instalments, EIR regime change, tables. */
  static final List<String> EXAMPLES =
      List.of(
          "sheffield-drupal-cms",
          "sheffield-go-local-bids",
          "sheffield-casework",
          "sheffield-carriageway-repairs",
          "cumbria",
          "durham");

  /** A section each example's case page must show, so that axe checks it filled in. */
  static final Map<String, String> CASE_SECTIONS =
      Map.of(
          "sheffield-drupal-cms", "#citations",
          "sheffield-go-local-bids", "#internal-reviews",
          "sheffield-casework", "#instalments-table",
          "sheffield-carriageway-repairs", "#citations",
          "cumbria", "table.govuk-table",
          "durham", "table.govuk-table");

  @Test
  void publishedCasePagesOfTheRealResponses() {
    for (String key : EXAMPLES) {
      String slug = ExampleCases.published(key);
      browser.visit("/cases/" + slug);
      assertThat(browser.heading()).as(key).isNotBlank();
      assertThat(browser.find(CASE_SECTIONS.get(key))).as(key).isPresent();
      assertThat(browser.driver().getPageSource()).as(key).doesNotContain("Exception");
      // the sections each letter states were on screen when axe ran on the page
      switch (key) {
        case "sheffield-drupal-cms" -> {
          shown("the rights as sent", "#rights");
          shown("the review procedure as sent", "#rights-review-procedure");
          shown("the right to complain as sent", "#rights-complaint");
          shown("the citations", "#citations");
        }
        case "sheffield-go-local-bids" -> {
          assertThat(row("Other references stated").getText())
              .as("the authority's other references")
              .contains("1596");
          assertThat(row("Due date the authority stated").getText())
              .as("the due date the authority stated")
              .isNotEqualTo("Not stated");
          shown("the internal reviews", "#internal-reviews");
          shown("internal review 1", "#internal-review-1");
        }
        case "sheffield-casework" -> {
          shown("the instalments", "#instalments-table");
          assertThat(browser.driver().findElements(By.cssSelector("#instalments-table tbody tr")))
              .as("two instalments")
              .hasSizeGreaterThanOrEqualTo(2);
          shown("the attachments", "#attachments-table");
          shown("an attachment", "#attachments-table [id^='attachment-']");
        }
        case "sheffield-carriageway-repairs" ->
            assertThat(row("Regime changed").getText()).as("the regime change").isNotBlank();
        case "cumbria", "durham" -> {
          shown("a total row", "table.govuk-table tr[data-total]");
          shown(
              "a table's key or note", "p[id^='table-'][id$='-key'], p[id^='table-'][id$='-note']");
          if (key.equals("cumbria")) {
            shown("the key to blank cells", "p[id^='table-'][id$='-key']:not([id$='-dash-key'])");
          } else {
            shown("the key to '-' cells", "p[id^='table-'][id$='-dash-key']");
          }
        }
        default -> {}
      }
    }
  }

  @Test
  void composePagesOfTheSentResponses() {
    for (String key : EXAMPLES) {
      String ref = ExampleCases.reference(key);
      String base = "/officer/requests/" + ref + "/response";
      browser.visit(base);
      assertThat(browser.heading()).as(key).isNotBlank();
      shown("the task list (" + key + ")", "#tasks");
      if (key.equals("sheffield-casework")) {
        browser.visit(base + "/publish");
        assertThat(browser.find("#instalments-table")).as("casework's instalments").isPresent();
      }
      browser.visit(base + "/notice");
      shown("the licence and attribution form (" + key + ")", "#licence-form");
      shown("the attribution field", "#licence-attributionStatement");
      browser.visit(base + "/citations");
      shown("the citations section", "#citations");
      if (key.equals("sheffield-drupal-cms") || key.equals("sheffield-go-local-bids")) {
        shown("the citations list", "#citation-list");
      }
      if (key.equals("sheffield-go-local-bids")) {
        browser.visit(base + "/review");
        shown("the internal review recorded", "#review-summary");
        shown("the internal review form", "#review-form, #decide-form");
      }
    }
  }

  @Test
  void draftComposePageWithRefusedForms() {
    String ref = ExampleCases.draft("sheffield-drupal-cms");
    String base = "/officer/requests/" + ref + "/response";
    browser.visit(base + "/notice");
    shown("the licence and attribution form", "#licence-form");
    browser.visit(base + "/send");
    shown("the 'more to follow' control", "#send-form label[for='send-moreToFollow']");
    browser.visit(base + "/citations");
    assertThat(browser.texts("#citation-list li")).isNotEmpty();
    shown("the citations list", "#citation-list");
    WebElement cite =
        shown(
            "the 'Cite a provision for several questions' control", "#citations ~ details summary");
    assertThat(cite.getText()).isEqualTo("Cite a provision for several questions");

    // a citation with no question ticked: refused with the error summary
    cite.click();
    shown("the 'Cite a provision for several questions' form", "#cite-form");
    browser.checkPage(); // axe on the form now open
    new Select(browser.driver().findElement(By.id("cite-provision"))).selectByValue("FOIA-43-2");
    browser.type("cite-reasons", "Commercial interests.");
    browser.follow(By.cssSelector("#cite-form button[type=submit]"));
    assertThat(active().getAttribute("class"))
        .as("GOV.UK Frontend moves focus to the error summary")
        .contains("govuk-error-summary");
    assertThat(browser.driver().getTitle()).startsWith("Error: ");
    browser.checkPage();
    List<WebElement> links =
        browser.driver().findElements(By.cssSelector(".govuk-error-summary a"));
    assertThat(links).isNotEmpty();
    WebElement link = links.get(0);
    String target = link.getAttribute("href").replaceFirst("^[^#]*#", "");
    link.click();
    assertThat(active().getAttribute("id"))
        .as("the summary's link focuses its field")
        .isEqualTo(target);

    // the add-a-table page: preview, with a blank cell, a "-" and a total row
    browser.visit(base + "/answers");
    browser.follow(By.id("answer-1-add-table")).checkPage();
    browser.press("Preview the table").checkPage();
    assertThat(browser.texts(".govuk-error-summary a")).isNotEmpty();
    browser
        .type("caption", "Sites by year")
        .type("cells", "Year,Sites,Pages\n2013,4,\n2014,-,7\nTotal,4,7")
        .type("note", "'-' means nil.")
        .press("Preview the table")
        .checkPage();
    assertThat(browser.texts("table.govuk-table td")).contains("7");
  }

  @Test
  void draftComposePagesWithCostTablesAndAttachments() {
    // s.12 cost lines with units and stated hours; tables with totals, notes and blank meaning;
    // attachments uploaded and marked releasable, before the send (instalments not yet sent)
    for (String key : List.of("sheffield-charity-commission", "cumbria", "sheffield-casework")) {
      String ref = ExampleCases.draft(key);
      String base = "/officer/requests/" + ref + "/response";
      browser.visit(base + "/notice");
      assertThat(browser.heading()).as(key).isNotBlank();
      shown("the licence and attribution form (" + key + ")", "#licence-form");
      browser.visit(base + "/send");
      shown(
          "the 'more to follow' control (" + key + ")",
          "#send-form label[for='send-moreToFollow']");
      browser.visit(base + (key.equals("sheffield-charity-commission") ? "/cost" : "/answers"));
      switch (key) {
        case "sheffield-charity-commission" -> {
          shown("the cost lines", "#cost-form fieldset.app-cost-line");
          assertThat(filled("[id^='cost-lines-'][id$='-units']"))
              .as("a cost line with its units")
              .isNotEmpty();
          shown(
              "a line's least minutes for each unit", "[id^='cost-lines-'][id$='-minutesEachMin']");
          shown(
              "a line's most minutes for each unit", "[id^='cost-lines-'][id$='-minutesEachMax']");
          shown("the hours stated field", "#cost-statedHours");
          shown("the cost totals", "#cost-total");
          assertThat(row("Hours stated in the response").getText())
              .as("the hours the letter states")
              .contains("20.5");
        }
        case "cumbria" ->
            shown(
                "a table note form",
                "form[id^='answer-'][id$='-note'] textarea[id^='answer-'][id$='-note-note']");
        case "sheffield-casework" -> shown("the attachment form", "#attachment-form");
        default -> {}
      }
    }
  }

  @Test
  void attachmentWithHiddenContentNeedsConfirming() throws IOException {
    String ref = ExampleCases.draft("sheffield-casework");
    String base = "/officer/requests/" + ref + "/response/answers";
    browser.visit(base);
    // attaching with no file: refused with the error summary
    browser.follow(By.cssSelector("#attachment-form button[type=submit]")).checkPage();
    assertThat(browser.texts(".govuk-error-summary a")).isNotEmpty();

    Path workbook = Files.createTempFile("hidden-", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(workbook)) {
      wb.createSheet("Cases").createRow(0).createCell(0).setCellValue(41);
      wb.createSheet("Names").createRow(0).createCell(0).setCellValue("A. Person");
      wb.setSheetHidden(1, true);
      wb.write(out);
    }
    browser.visit(base);
    browser.driver().findElement(By.id("file")).sendKeys(workbook.toString());
    browser.follow(By.cssSelector("#attachment-form button[type=submit]")).checkPage();
    browser.visit(base);
    WebElement hidden = browser.find("[id$='-hidden'][id^='attachment-']").orElseThrow();
    assertThat(hidden.getText()).contains("is hidden");
    String number = hidden.getAttribute("id").replaceAll("\\D", "");
    // marking it releasable without confirming the hidden content: refused, error summary
    browser.follow(By.id("attachment-" + number + "-releasable")).checkPage();
    assertThat(browser.texts(".govuk-error-summary a")).isNotEmpty();
    Files.deleteIfExists(workbook);
  }

  /** The element this selector finds, asserting it is on the page and visible (for axe). */
  private static WebElement shown(String what, String css) {
    WebElement element =
        browser
            .find(css)
            .orElseThrow(
                () ->
                    new AssertionError(
                        what + ": nothing matches " + css + " on " + browser.currentPath()));
    assertThat(element.isDisplayed())
        .as("%s is visible on %s", what, browser.currentPath())
        .isTrue();
    return element;
  }

  /** The visible fields this selector finds that have a value. */
  private static List<WebElement> filled(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .filter(e -> !e.getAttribute("value").isBlank())
        .toList();
  }

  /** The value of a summary list's row, found by its key. */
  private static WebElement row(String key) {
    List<WebElement> values =
        browser
            .driver()
            .findElements(
                By.xpath("//dt[normalize-space()='" + key + "']/following-sibling::dd[1]"));
    assertThat(values).as("a row '%s' on %s", key, browser.currentPath()).isNotEmpty();
    assertThat(values.get(0).isDisplayed()).as("row '%s' is visible", key).isTrue();
    return values.get(0);
  }

  private static WebElement active() {
    return (WebElement)
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement");
  }
}
