package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
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

  @Test
  void publishedCasePagesOfTheRealResponses() {
    for (String key : EXAMPLES) {
      String slug = ExampleCases.published(key);
      browser.visit("/cases/" + slug);
      assertThat(browser.heading()).as(key).isNotBlank();
      assertThat(browser.driver().getPageSource()).as(key).doesNotContain("Exception");
    }
  }

  @Test
  void composePagesOfTheSentResponses() {
    for (String key : EXAMPLES) {
      String ref = ExampleCases.reference(key);
      browser.visit("/officer/requests/" + ref + "/response");
      assertThat(browser.heading()).as(key).isNotBlank();
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

  private static WebElement active() {
    return (WebElement)
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement");
  }
}
