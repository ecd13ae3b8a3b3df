package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import uk.foitracker.authority.AuthorityRegistry.Declared;
import uk.foitracker.publication.PublishedCaseFixtures;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * The pages of several authorities (issue 22) in Chromium, each checked with axe and the keyboard:
 * the log of every authority with its authority filter, one authority's log, and the statistics
 * compared across authorities and of one.
 */
@QuarkusTest
class AuthorityPagesBrowserTest {
  static final String SLUG = "browsershire-police";

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Inject PublishedCaseFixtures fixtures;

  static String published;

  @BeforeEach
  void declareOnce() {
    if (published != null) {
      return;
    }
    fixtures.declare(
        List.of(new Declared("Browsershire Police", SLUG, "POLICE", null, null, null)));
    published =
        fixtures.publishFor(
            SLUG,
            new Spec(
                "Thefts of bicycles in Browsershire",
                Regime.FOIA,
                LocalDate.of(2022, 6, 1),
                Outcome.PROVIDED_IN_FULL,
                null,
                "How many bicycles were stolen?",
                "We hold these figures."));
  }

  @Test
  void theLogOfEveryAuthorityFiltersByAuthority() {
    browser.visit("/");
    assertThat(browser.texts("label[for=authority]")).containsExactly("Authority");
    browser.driver().findElement(By.cssSelector("#authority option[value=" + SLUG + "]")).click();
    browser.press("Apply filters");
    browser.checkPage();
    assertThat(browser.currentPath()).startsWith("/cases");
    assertThat(browser.texts("tbody tr th a"))
        .containsExactly("Thefts of bicycles in Browsershire");
  }

  @Test
  void anAuthoritysLogAndStatistics() {
    browser.visit("/a/" + SLUG + "/");
    assertThat(browser.heading()).isEqualTo("Disclosure log");
    assertThat(browser.texts("#authority-caption")).containsExactly("Browsershire Police");
    browser.follow(By.id("authority-statistics"));
    browser.checkPage();
    assertThat(browser.texts("#authority-caption")).containsExactly("Browsershire Police");
    browser.visit("/statistics");
    assertThat(browser.texts("#table-authorities tbody tr th")).contains("Browsershire Police");
  }
}
