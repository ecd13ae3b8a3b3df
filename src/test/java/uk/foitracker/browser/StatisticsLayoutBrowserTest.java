package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The statistics pages (the auditor's and the public one) and the audit trail in a real browser, at
 * desktop (1280 pixels) and phone (390 pixels) widths: axe finds nothing serious, no chart overlaps
 * a table, and at 1280 no table is wider than its container.
 */
@QuarkusTest
class StatisticsLayoutBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  /**
   * For every table: how far it runs past its container, and whether any chart's box intersects the
   * box of the table's container (the scrolling region the table sits in).
   */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> layout() {
    return (List<Map<String, Object>>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const charts = [...document.querySelectorAll('svg.app-chart')]"
                    + ".map(c => c.getBoundingClientRect());"
                    + " return [...document.querySelectorAll('main table')].map(t => {"
                    + "  const box = t.parentElement.getBoundingClientRect();"
                    + "  const tb = t.getBoundingClientRect();"
                    + "  const hits = charts.filter(c => c.left < box.right - 1"
                    + "   && c.right > box.left + 1 && c.top < box.bottom - 1"
                    + "   && c.bottom > box.top + 1).length;"
                    + "  return {id: t.id, overflow: Math.round(tb.width - t.parentElement.clientWidth),"
                    + "   pageOverflow: Math.round(box.right - document.querySelector('main').getBoundingClientRect().right),"
                    + "   overlaps: hits};"
                    + " });");
  }

  private static void checkLayout(String page, int width, boolean mustHaveTables) {
    List<Map<String, Object>> tables = layout();
    if (!mustHaveTables && tables.isEmpty()) {
      // the public page shows quarters of receipt only: with no request received yet it says so
      assertThat(browser.texts("#no-figures")).as(page + " says it has no figures").hasSize(1);
      return;
    }
    assertThat(tables).as(page + " has tables").isNotEmpty();
    for (Map<String, Object> t : tables) {
      assertThat(((Number) t.get("overlaps")).intValue())
          .as("%s at %d: a chart overlaps table %s", page, width, t.get("id"))
          .isZero();
      assertThat(((Number) t.get("pageOverflow")).intValue())
          .as("%s at %d: the container of table %s runs past the page", page, width, t.get("id"))
          .isLessThanOrEqualTo(0);
      if (width == 1280) {
        assertThat(((Number) t.get("overflow")).intValue())
            .as("%s at 1280: table %s wider than its container", page, t.get("id"))
            .isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void chartsSitBesideTheirTablesAndTablesFit() {
    browser.signInAs("adam", "/audit/statistics").checkPage();
    for (int width : new int[] {1280, 390}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      browser.visit("/audit/statistics").checkPage();
      assertThat(browser.texts("#headline-percent")).hasSize(1);
      checkLayout("/audit/statistics", width, true);
      browser.visit("/statistics").checkPage();
      checkLayout("/statistics", width, false);
      browser.visit("/audit/trail").checkPage();
      assertThat(browser.texts("#events h3")).isNotEmpty();
    }
    browser.driver().manage().window().setSize(new Dimension(1280, 1024));
  }
}
