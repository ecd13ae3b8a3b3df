package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The authority's references and dates, the link form and the change of regime on the officer's
 * request page, in a real browser with axe on every page (issue 17 points 1, 7 and 8): the dates
 * and references of example 07 (Sheffield, "FOI / 1596", due "01/04/2015").
 */
@QuarkusTest
class RequestDetailsBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void referencesStatedDueLinkAndRegimeOnTheRequestPage() {
    browser.signInAs("olive", "/officer/requests/new").checkPage();
    browser
        .choose("regime")
        .type("receivedOn", "4")
        .type("receivedOn-month", "3")
        .type("receivedOn-year", "2015")
        .choose("channel")
        .type("summary", "Go Local bids, browser")
        .type("authorityReference", "FOI / 1596")
        .type("otherAuthorityReferences", "1596")
        .type("statedDue", "1")
        .type("statedDue-month", "4")
        .type("statedDue-year", "2015")
        .type("requesterName", "Requester Browserton")
        .type("requesterContact", "rb@example.org")
        .type("requestText", "1. Which bids were made to the Go Local fund?")
        .press("Continue: propose the questions")
        .checkPage();
    browser.press("Save request").checkPage();
    String reference = browser.driver().findElement(By.id("reference")).getText();

    browser.visit("/officer/requests/" + reference).checkPage();
    assertThat(browser.find("#stated-due-differs")).isPresent();

    // a stated due date before the request arrived: the error summary, checked with axe
    browser
        .type("statedDue", "1")
        .type("statedDue-month", "3")
        .type("statedDue-year", "2015")
        .press("Save references and dates")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li"))
        .anyMatch(t -> t.contains("on or after the date received"));

    // a link to an unknown request: refused, checked with axe
    browser.type("otherReference", "FOI-1999-99999").press("Link the requests").checkPage();
    assertThat(browser.texts(".govuk-error-summary li"))
        .anyMatch(t -> t.contains("No request has the reference"));

    // a link to another request, shown with its remove button, then removed
    String other = logAnother();
    browser.visit("/officer/requests/" + reference);
    browser.type("otherReference", other).press("Link the requests").checkPage();
    assertThat(browser.texts("#related-requests li")).anyMatch(t -> t.contains(other));
    browser.press("Remove link to " + other + " (Refined request (after advice under FOIA s.16))");
    browser.checkPage();
    assertThat(browser.texts("#related-requests li")).isEmpty();

    // a change of regime without a reason: refused; with one, the page shows the EIR
    browser
        .type("regime-changed-date", "5")
        .type("regime-changed-date-month", "3")
        .type("regime-changed-date-year", "2015")
        .press("Change the regime (FOIA or EIR)")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li"))
        .anyMatch(t -> t.contains("Enter why the request is handled under the other regime"));
    browser
        .type("regime-changed-date", "5")
        .type("regime-changed-date-month", "3")
        .type("regime-changed-date-year", "2015")
        .type("regime-changed-reason", "Environmental information")
        .press("Change the regime (FOIA or EIR)")
        .checkPage();
    assertThat(browser.texts(".govuk-summary-list").get(0))
        .contains("Environmental Information Regulations 2004");
  }

  private static String logAnother() {
    browser.visit("/officer/requests/new");
    browser
        .choose("regime")
        .type("receivedOn", "20")
        .type("receivedOn-month", "2")
        .type("receivedOn-year", "2015")
        .choose("channel")
        .type("summary", "Go Local bids, the earlier request")
        .type("requesterName", "Requester Browserton")
        .type("requesterContact", "rb@example.org")
        .type("requestText", "1. Which bids were made?")
        .press("Continue: propose the questions");
    browser.press("Save request");
    return browser.driver().findElement(By.id("reference")).getText();
  }
}
