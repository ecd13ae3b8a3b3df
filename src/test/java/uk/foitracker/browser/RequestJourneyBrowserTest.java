package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey in a real browser, each page checked with axe: an officer signs in, logs a
 * request, answers it with a pasted table, sends and publishes it; the requester checks the status
 * with the reference and access code; the case is on the disclosure log; an auditor reads a
 * finding.
 */
@QuarkusTest
class RequestJourneyBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void logAnswerPublishAndCheckStatus() {
    browser.signInAs("olive", "/officer/requests/new").checkPage();
    browser
        .choose("regime")
        .type("receivedOn", "2")
        .type("receivedOn-month", "11")
        .type("receivedOn-year", "2026")
        .choose("channel")
        .type("summary", "Library opening hours journey")
        .type("requesterName", "Quentin Ashdown-Brierley")
        .type("requesterContact", "qab@example.org")
        .type("requestText", "1. How many libraries opened on Sundays in 2025?")
        .press("Continue: propose the questions")
        .checkPage();
    browser.press("Save request").checkPage();
    String reference = browser.driver().findElement(By.id("reference")).getText();
    String accessCode = browser.driver().findElement(By.id("access-code")).getText();
    assertThat(reference).matches("FOI-2026-\\d{5}");

    browser.visit("/officer/requests/" + reference + "/response");
    new Select(browser.driver().findElement(By.id("q1-outcome"))).selectByValue("PROVIDED_IN_FULL");
    browser.press("Save the outcome of question 1").checkPage();
    browser
        .type("answer-new-paragraphs", "Libraries open on Sundays in 2025 are below.")
        .choose("answer-new-questions")
        .press("Add the answer")
        .checkPage();
    browser
        .follow(By.id("answer-1-add-table"))
        .checkPage()
        .type("caption", "Libraries open on Sundays")
        .type("cells", "Year,Libraries\n2025,7")
        .press("Preview the table")
        .checkPage();
    assertThat(browser.texts("table.govuk-table td")).contains("7");
    browser.press("Add the table").checkPage();
    browser
        .type("notice-reviewProcedure", "Ask for an internal review within 40 working days.")
        .type(
            "notice-complaintRights",
            "You may complain to the Information Commissioner under section 50.")
        .press("Save the notice")
        .type("send-sentOn", "20")
        .type("send-sentOn-month", "11")
        .type("send-sentOn-year", "2026")
        .press("Send response")
        .checkPage();
    String slug = "library-sundays-" + reference.toLowerCase();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    browser.type("publish-slug", slug).press("Publish").checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.find("#published-case")).isPresent();

    browser.visit("/cases/" + slug);
    assertThat(browser.heading()).isEqualTo("Library opening hours journey");
    assertThat(browser.texts("table.govuk-table td")).contains("7");
    assertThat(browser.driver().getPageSource()).doesNotContain("Quentin Ashdown-Brierley");

    browser.visit("/status").type("reference", reference).type("accessCode", accessCode);
    browser.press("Check status").checkPage();
    assertThat(browser.driver().findElement(By.cssSelector("#published a")).getAttribute("href"))
        .endsWith("/cases/" + slug);
  }

  @Test
  void auditorReadsAFindingOnTheLeicesterCase() {
    browser.signInAs("adam", "/audit/refusals").checkPage();
    assertThat(browser.driver().getPageSource()).contains("S17_7_RIGHTS");
    // the evidence behind the findings: read-only, accessible
    browser.follow(By.cssSelector("a.app-evidence-link"));
    assertThat(browser.currentPath()).startsWith("/audit/cases/");
    browser.checkPage();
    assertThat(browser.heading()).startsWith("Evidence: ");
    assertThat(browser.driver().getPageSource())
        .contains("S17_7_RIGHTS")
        .contains("id=\"timeline\"");
  }
}
