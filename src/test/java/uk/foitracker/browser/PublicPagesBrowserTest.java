package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;

/**
 * The public pages in Debian's Chromium: each is read as a person would and checked with axe (WCAG
 * 2.2 A and AA: no serious or critical violation) and from the keyboard.
 */
@QuarkusTest
class PublicPagesBrowserTest {
  static final String LEICESTER = "/cases/leicester-cse-cce-2015-2024";

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void disclosureLogLeadsToTheLeicesterCase() {
    browser.visit("/");
    assertThat(browser.heading()).isEqualTo("Disclosure log");
    browser.follow(By.linkText("Child sexual and criminal exploitation 2015–2024"));
    assertThat(browser.currentPath()).isEqualTo(LEICESTER);
  }

  @Test
  void leicesterCaseReadsAsPublished() {
    browser.visit(LEICESTER);
    assertThat(browser.heading()).isEqualTo("Child sexual and criminal exploitation 2015–2024");
    assertThat(browser.texts("#table-3 tbody td")).startsWith("18,201", "12,374");
    assertThat(browser.texts("table.govuk-table caption")).hasSize(3);
    assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
  }

  @Test
  void provisionPageExplainsSection12() {
    browser.visit("/provisions/FOIA-12");
    assertThat(browser.heading())
        .isEqualTo("s.12 Exemption where cost of compliance exceeds appropriate limit");
    assertThat(browser.driver().findElement(By.id("main-content")).getText()).contains("£450");
  }

  @Test
  void provisionsListLinksToEachProvision() {
    browser.visit("/provisions");
    assertThat(browser.heading()).isEqualTo("Provisions of the Act and the Regulations");
    browser.follow(By.cssSelector("a[href='/provisions/FOIA-12']"));
    assertThat(browser.currentPath()).isEqualTo("/provisions/FOIA-12");
  }

  @Inject OfficerRequests officer;

  @Test
  void publishedStatisticsAreReachedFromTheFooterAndAccessible() {
    // one request received in 2014 (no other test uses 2014), so that the tables have a quarter
    officer.log(
        new NewRequest(
            "FOIA",
            DateField.of(LocalDate.of(2014, 2, 3)),
            "EMAIL",
            "Browser statistics request",
            "Bea Browser",
            "bea@example.org",
            "Please tell me something.",
            null,
            List.of(new QuestionDraft("1", "Something?")),
            null),
        "olive",
        false);
    browser.visit("/provisions");
    browser.follow(By.cssSelector("footer a[href='/statistics']"));
    assertThat(browser.currentPath()).isEqualTo("/statistics");
    browser.checkPage();
    assertThat(browser.heading()).isEqualTo("Freedom of Information statistics");
    // the four bulletin tables (and the comparison of authorities when there are several)
    assertThat(browser.texts("table.govuk-table:not(#table-authorities) caption")).hasSize(4);
    assertThat(browser.texts("#table-status tbody tr th")).contains("Q1 2014 (Jan to Mar)");
    assertThat(browser.driver().getPageSource()).doesNotContain("Bea Browser", "bea@example.org");
  }

  @Test
  void unknownPageIsAnAccessibleNotFoundPage() {
    browser.visit("/no/such/page");
    assertThat(browser.heading()).isEqualTo("Page not found");
    assertThat(browser.driver().getTitle()).startsWith("Page not found");
  }

  @Test
  void deadlineCalculatorShowsTheDueDateAndItsWorking() {
    browser.visit("/deadline");
    assertThat(browser.heading()).isEqualTo("When is a response due?");
    browser.type("received", "28").type("received-month", "4").type("received-year", "2023");
    browser.choose("regime").press("Work out the due date").checkPage();
    assertThat(browser.texts("#result h2")).containsExactly("Due Wednesday 31 May 2023");
  }

  @Test
  void deadlineCalculatorExplainsAnImpossibleDate() {
    browser.open("/deadline");
    browser.type("received", "31").type("received-month", "2").type("received-year", "2023");
    browser.choose("regime").press("Work out the due date");
    assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
        .as("GOV.UK Frontend moves focus to the error summary")
        .contains("govuk-error-summary");
    browser.checkPage();
    assertThat(browser.driver().getTitle()).startsWith("Error: ");
    assertThat(browser.texts(".govuk-error-summary a"))
        .containsExactly("Date the request was received must be a real date");
  }

  @Test
  void skipLinkMovesFocusToMainContent() {
    browser.open(LEICESTER).assertSkipLinkIsFirstTabStop();
    assertThat(browser.currentPath()).isEqualTo(LEICESTER + "#main-content");
  }

  @Test
  void theChecksCatchRealProblems() {
    browser.open("/provisions");
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    page.executeScript(
        "const img = document.createElement('img'); img.src = '/static/none.png';"
            + " document.getElementById('main-content').prepend(img);");
    assertThatThrownBy(browser::assertAccessible).hasMessageContaining("image-alt");
    page.executeScript(
        "const a = document.createElement('a'); a.href = '/'; a.textContent = 'First';"
            + " document.body.prepend(a);");
    assertThatThrownBy(browser::assertSkipLinkIsFirstTabStop)
        .hasMessageContaining("first tab stop");
  }
}
