package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Officers sign in through the OIDC code flow: the protected page sends the browser to the sign-in
 * service (the OIDC dev service in tests), which sends it back to the page it asked for.
 */
@QuarkusTest
class SignInBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void officerSignsInAndComesBackToTheProtectedPage() {
    browser.open("/officer");
    assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(browser.baseUrl());
    browser.signInAs("olive", "/officer");
    assertThat(browser.currentPath()).isEqualTo("/officer");
    assertThat(browser.driver().getPageSource()).contains("govuk-header");
  }

  @Test
  void auditorSignsInAndReadsTheRefusalsPage() {
    browser.signInAs("adam", "/audit/refusals").checkPage();
    assertThat(browser.currentPath()).startsWith("/audit/refusals");
    assertThat(browser.heading()).isEqualTo("Refusals and findings");
  }

  @Test
  void officerWorkQueueAndLogARequestForm() {
    browser.signInAs("olive", "/officer/requests").checkPage();
    assertThat(browser.heading()).isEqualTo("Work queue");
    browser.visit("/officer/requests/new");
    assertThat(browser.heading()).isEqualTo("Log a request");
  }

  @Test
  void auditorReadsRequestsReadOnly() {
    browser.signInAs("adam", "/audit/requests").checkPage();
    assertThat(browser.heading()).isEqualTo("Requests (read only)");
  }

  @Test
  void auditorChecksTheAuditTrail() {
    browser.signInAs("adam", "/audit/trail").checkPage();
    assertThat(browser.heading()).isEqualTo("Audit trail");
    assertThat(browser.driver().getPageSource()).contains("Chain verified: ");
  }
}
