package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey in a real browser, each page checked with axe: an officer signs in, logs a
 * three-question request, composes the response through the task list (counting the page loads)
 * with a pasted table, checks the answers, sends and publishes it; the requester checks the status
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
        .type(
            "requestText",
            "1. How many libraries opened on Sundays in 2025?\n"
                + "2. What did Sunday opening cost?\n"
                + "3. Are there plans to change Sunday opening?")
        .press("Continue: propose the questions")
        .checkPage();
    browser.press("Save request").checkPage();
    String reference = browser.driver().findElement(By.id("reference")).getText();
    String accessCode = browser.driver().findElement(By.id("access-code")).getText();
    assertThat(reference).matches("FOI-2026-\\d{5}");

    // compose through the task list, as an officer would: count the pages it takes
    int before = browser.pageLoads();
    String base = "/officer/requests/" + reference + "/response";
    browser.visit("/officer/requests/" + reference);
    browser.follow(By.id("compose-response")).checkPage();
    assertThat(browser.heading()).startsWith("Response: ");
    assertThat(browser.texts("#task-questions-status")).containsExactly("Not started");
    browser.follow(By.linkText("Questions and outcomes")).checkPage();
    for (int q = 1; q <= 3; q++) {
      new Select(browser.driver().findElement(By.id("q" + q + "-outcome")))
          .selectByValue("PROVIDED_IN_FULL");
      browser.press("Save the outcome of question " + q).checkPage();
      assertThat(browser.currentPath()).startsWith(base + "/questions?done=outcome");
      assertThat(browser.texts(".govuk-notification-banner--success p"))
          .containsExactly("The outcome is saved");
    }
    browser.follow(By.id("back-to-tasks")).checkPage();
    assertThat(browser.texts("#task-questions-status")).containsExactly("Completed");
    browser.follow(By.linkText("Answers and tables")).checkPage();
    String[] answers = {
      "Libraries open on Sundays in 2025 are below.",
      "Sunday opening costs £41,000 a year in staff time.",
      "The library service has no plans to change Sunday opening."
    };
    for (int q = 1; q <= 3; q++) {
      browser
          .type("answer-new-paragraphs", answers[q - 1])
          .choose(q == 1 ? "answer-new-questions" : "answer-new-questions-" + q)
          .press("Add the answer")
          .checkPage();
      assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    }
    browser
        .follow(By.id("answer-1-add-table"))
        .checkPage()
        .type("caption", "Libraries open on Sundays")
        .type("cells", "Year,Libraries\n2025,7")
        .press("Preview the table")
        .checkPage();
    assertThat(browser.texts("table.govuk-table td")).contains("7");
    browser.press("Add the table").checkPage();
    assertThat(browser.currentPath()).startsWith(base + "/answers?done=table");
    browser.follow(By.id("back-to-tasks")).checkPage();
    assertThat(browser.texts("#task-answers-status")).containsExactly("Completed");
    browser.follow(By.linkText("Notice and rights")).checkPage();
    browser
        .type("notice-reviewProcedure", "Ask for an internal review within 40 working days.")
        .type(
            "notice-complaintRights",
            "You may complain to the Information Commissioner under section 50.")
        .press("Save the notice")
        .checkPage();
    browser.follow(By.id("back-to-tasks")).checkPage();
    assertThat(browser.texts("#task-notice-status")).containsExactly("Completed");
    // check your answers, then send: a confirmation panel says what happened and what next
    browser.follow(By.id("check-send")).checkPage();
    assertThat(browser.heading()).isEqualTo("Check your answers before sending");
    assertThat(browser.texts("#check-questions-list .govuk-summary-list__row")).hasSize(3);
    browser
        .type("send-sentOn", "20")
        .type("send-sentOn-month", "11")
        .type("send-sentOn-year", "2026")
        .press("Send response")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.heading()).isEqualTo("Response sent");
    browser.follow(By.id("next-publish")).checkPage();
    assertThat(browser.heading()).isEqualTo("Check your answers before publishing");
    String slug = "library-sundays-" + reference.toLowerCase();
    browser.type("publish-slug", slug).press("Publish").checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.heading()).isEqualTo("Response published");
    assertThat(browser.find("#published-case")).isPresent();
    int loads = browser.pageLoads() - before;
    System.out.println(
        "Compose journey: a three-question response from the request page to published took "
            + loads
            + " page loads (27 before the task list)");
    assertThat(loads).isLessThan(27);

    // every compose page passes axe at desktop and phone widths
    for (int width : new int[] {1280, 390}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      for (String page :
          List.of(
              "",
              "/questions",
              "/answers",
              "/citations",
              "/cost",
              "/notice",
              "/send",
              "/publish",
              "/publish?check=release",
              "/review",
              "/sent",
              "/published")) {
        browser.visit(base + page);
      }
    }
    browser.driver().manage().window().setSize(new Dimension(1280, 1024));

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
