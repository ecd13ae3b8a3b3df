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
    }
  }

  @Test
  void composePagesOfTheSentResponses() {
    for (String key : EXAMPLES) {
      String ref = ExampleCases.reference(key);
      browser.visit("/officer/requests/" + ref + "/response");
      assertThat(browser.heading()).as(key).isNotBlank();
      if (key.equals("sheffield-casework")) {
        assertThat(browser.find("#instalments-table")).as("casework's instalments").isPresent();
      }
    }
  }

  @Test
  void draftComposePageWithRefusedForms() {
    String ref = ExampleCases.draft("sheffield-drupal-cms");
    String base = "/officer/requests/" + ref + "/response";
    browser.visit(base);
    assertThat(browser.texts("#citation-list li")).isNotEmpty();

    // a citation with no question ticked: refused with the error summary
    browser.find("#citations ~ details summary").orElseThrow().click();
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
    browser.visit(base);
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
      browser.visit("/officer/requests/" + ref + "/response");
      assertThat(browser.heading()).as(key).isNotBlank();
    }
  }

  @Test
  void attachmentWithHiddenContentNeedsConfirming() throws IOException {
    String ref = ExampleCases.draft("sheffield-casework");
    String base = "/officer/requests/" + ref + "/response";
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

  private static WebElement active() {
    return (WebElement)
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement");
  }
}
