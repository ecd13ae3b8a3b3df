package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The letter settings page and the acknowledgement letter in a real browser, each checked with axe:
 * an officer sets the signatory and the symbol key (first with a mistake: the error summary), logs
 * a request and prints its acknowledgement, which carries the access code while the officer is
 * still on it. The settings are cleared again at the end, as other tests read the letters.
 */
@QuarkusTest
class LetterPagesBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void setTheLetterSettingsThenPrintAnAcknowledgement() {
    browser.signInAs("olive", "/officer/settings").checkPage();
    assertThat(browser.heading()).isEqualTo("Letter settings");
    browser
        .type("signatory", "Information Governance Team")
        .type("symbolKey", "<5 fewer than five")
        .press("Save the settings")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).hasSize(1);
    browser.type("symbolKey", "<5 = fewer than five").press("Save the settings").checkPage();
    assertThat(browser.texts("#settings-saved")).hasSize(1);

    browser.visit("/officer/requests/new");
    browser
        .choose("regime")
        .type("receivedOn", "28")
        .type("receivedOn-month", "4")
        .type("receivedOn-year", "2023")
        .choose("channel")
        .type("summary", "Acknowledgement journey")
        .type("requesterName", "Petronella Ashby-Quill")
        .type("requesterContact", "paq@example.org")
        .type("requestText", "1. How many parks are there?")
        .press("Continue: propose the questions")
        .checkPage();
    browser.press("Save request").checkPage();
    String accessCode = browser.driver().findElement(By.id("access-code")).getText();
    browser.follow(By.id("acknowledgement-link")).assertAccessible();
    assertThat(browser.driver().findElement(By.id("access-code")).getText()).isEqualTo(accessCode);
    assertThat(browser.driver().findElement(By.id("due")).getText())
        .isEqualTo("Wednesday 31 May 2023");
    assertThat(browser.texts(".sign-off p")).anyMatch(t -> t.contains("Information Governance"));

    browser.visit("/officer/settings");
    browser.type("signatory", "").type("symbolKey", "").press("Save the settings").checkPage();
    assertThat(browser.texts("#settings-saved")).hasSize(1);
  }
}
