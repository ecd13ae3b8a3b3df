package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The work queue with its search and filters in a real browser, at desktop (1280 pixels) and phone
 * (390 pixels) widths: axe finds nothing serious, the table fits its container at 1280, the menu
 * marks the current page, and a filtered view is a link that can be bookmarked.
 */
@QuarkusTest
class QueueSearchBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  private static long overflow(String id) {
    Object o =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const t = document.getElementById(arguments[0]);"
                    + " return Math.round(t.getBoundingClientRect().width"
                    + " - t.parentElement.clientWidth);",
                id);
    return ((Number) o).longValue();
  }

  @Test
  void searchAndFilterAtDesktopAndPhoneWidths() {
    browser.signInAs("olive", "/officer/requests/new").checkPage();
    browser
        .choose("regime")
        .type("receivedOn", "2")
        .type("receivedOn-month", "11")
        .type("receivedOn-year", "2026")
        .choose("channel")
        .type("summary", "Queue search: wheelie bins collected on bank holidays in each ward")
        .type("requesterName", "Gwendolyn Queueworth")
        .type("requesterContact", "gq@example.org")
        .type("requestText", "1. How many wheelie bins were collected on bank holidays?")
        .press("Continue: propose the questions");
    browser.press("Save request").checkPage();
    String reference = browser.driver().findElement(By.id("reference")).getText();

    for (int width : new int[] {1280, 390}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      browser.visit("/officer/requests");
      browser.type("filter-q", "wheelie bank holidays");
      new Select(browser.driver().findElement(By.id("filter-state"))).selectByValue("ALL");
      browser.press("Search and filter").checkPage();
      assertThat(browser.currentPath()).contains("q=wheelie+bank+holidays").contains("state=ALL");
      assertThat(browser.texts("#queue tbody th")).contains(reference);
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("a[aria-current=page]"))
                  .getAttribute("href"))
          .endsWith("/officer/requests");
      if (width == 1280) {
        assertThat(overflow("queue"))
            .as("table wider than the page at 1280")
            .isLessThanOrEqualTo(0);
      }
    }
    browser.driver().manage().window().setSize(new Dimension(1280, 1024));
  }
}
