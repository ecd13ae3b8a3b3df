package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * "Check a refusal" in Debian's Chromium, checked with axe (WCAG 2.2 A and AA): the form, the
 * findings for the Leicester letter, and the error summary.
 */
@QuarkusTest
class CheckARefusalBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void theFormAndTheFindingsForLeicester() throws IOException {
    browser.visit("/check-a-refusal");
    assertThat(browser.heading()).isEqualTo("Check a refusal");
    String letter =
        Files.readString(
            Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt"),
            StandardCharsets.UTF_8);
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('text').value = arguments[0];", letter);
    browser.press("Check the response").checkPage();
    assertThat(browser.heading()).isEqualTo("What we found in the response");
    assertThat(browser.driver().findElements(By.cssSelector("[data-rule=S17_7_RIGHTS]")))
        .hasSize(1);
  }

  @Test
  void anEmptyTextShowsTheErrorSummary() {
    browser.open("/check-a-refusal");
    browser.press("Check the response").checkPage();
    assertThat(browser.driver().getTitle()).startsWith("Error: ");
    assertThat(browser.texts(".govuk-error-summary a"))
        .containsExactly("Enter the text of the response you received");
  }
}
