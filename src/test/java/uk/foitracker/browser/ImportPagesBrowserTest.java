package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The importer's pages in Debian's Chromium, checked with axe (WCAG 2.2 A and AA) at desktop (1280
 * pixels) and phone (390 pixels) widths: the form to paste a letter, and the proposal read from the
 * Leicester letter beside it.
 */
@QuarkusTest
class ImportPagesBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void theFormAndTheProposalForLeicester() throws IOException {
    browser.signInAs("olive", "/officer/imports/new");
    for (int width : new int[] {1280, 390}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      browser.visit("/officer/imports/new");
    }
    String letter =
        Files.readString(
            Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt"),
            StandardCharsets.UTF_8);
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('text').value = arguments[0];", letter);
    browser.press("Read the letter");
    assertThat(browser.heading()).isEqualTo("Check the imported response");
    String proposal = browser.currentPath();
    for (int width : new int[] {1280, 390}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      browser.visit(proposal);
    }
  }
}
