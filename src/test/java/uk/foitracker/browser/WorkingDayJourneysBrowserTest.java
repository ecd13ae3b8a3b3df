package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.foitracker.mail.InboxPoller;
import uk.foitracker.mail.OutboxSender;
import uk.foitracker.mail.TestMailServer;

/**
 * An officer's working day in a real browser, walked as a person would, every page checked with axe
 * and each journey's page loads counted and printed (issue 20): a three-question request arrives by
 * e-mail in the FOI mailbox (IMAP, GreenMail in the JVM) and the officer confirms it on the inbox
 * page; splits a question that asks two things; asks for clarification and records the answer (the
 * clock stops and restarts); extends the time for the public interest beyond the ICO's 20 days,
 * confirming the warning; composes the response through the task list, checks the answers and sends
 * it (the e-mail with the letter as PDF arrives at the test's SMTP server); publishes it; corrects
 * an answer after publication (a new version with its reason); and records an internal review. The
 * mail server listens where the app's mailer and FOI mailbox point ({@code quarkus.mailer.port},
 * {@code foi.mail.inbox.port}); the scheduled poller and sender are off in tests, so the test runs
 * them as the schedule would.
 */
@QuarkusTest
class WorkingDayJourneysBrowserTest {
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  /**
   * The ceilings: today's figures (7 December 2026). One more page load fails the journey; fewer is
   * an improvement to write down here. Compose counts four questions (three arrived, one split);
   * before the task list, three questions took 27 page loads.
   */
  static final int EMAIL_CONFIRMED = 3;

  static final int SPLIT = 3;
  static final int CLARIFY = 2;
  static final int EXTEND = 2;
  static final int COMPOSE_AND_SEND = 18;
  static final int PUBLISH = 2;
  static final int CORRECT = 4;
  static final int REVIEW = 4;

  static final String ADDRESS = "ptolemy.journey@example.org";

  @Inject InboxPoller poller;
  @Inject OutboxSender sender;

  private final Map<String, Integer> figures = new LinkedHashMap<>();

  @Test
  void aRequestByEmailFromTheInboxToAnInternalReview() throws Exception {
    int smtp = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
    int imap = ConfigProvider.getConfig().getValue("foi.mail.inbox.port", Integer.class);
    GreenMail mail = TestMailServer.start(smtp, imap);
    try {
      String subject = "Sunday library opening " + System.nanoTime();
      TestMailServer.appendToFoiMailbox(
          imap,
          "Ptolemy Garstang",
          ADDRESS,
          subject,
          "Dear FOI team,\n\nPlease tell me:\n"
              + "1. How many libraries opened on Sundays in 2025?\n"
              + "2. What did Sunday opening cost in 2025, and how many staff worked on Sundays?\n"
              + "3. Are there plans to change Sunday opening?\n\n"
              + "Thank you,\nPtolemy Garstang",
          LocalDate.of(2026, 11, 2).atTime(10, 30).atZone(ZoneId.of("Europe/London")));
      assertThat(poller.pollNow()).isEqualTo(1);

      browser.signInAs("olive", "/officer/requests").checkPage();
      String ref = emailConfirmed(subject);
      split(ref);
      clarify(ref);
      extend(ref);
      String slug = composeAndSend(ref, mail);
      publish(ref, slug);
      correct(ref, slug);
      review(ref);
    } finally {
      mail.stop();
      figures.forEach((k, v) -> System.out.println("JOURNEY " + k + " page loads: " + v));
      System.out.println(
          "JOURNEY e-mail to internal review, all page loads: "
              + figures.values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  /** (a) The e-mail waits in the inbox; the officer opens it and confirms it as a request. */
  private String emailConfirmed(String subject) {
    int before = browser.pageLoads();
    assertThat(browser.currentPath()).startsWith("/officer/requests");
    browser.follow(By.linkText("Requests received by e-mail")).checkPage();
    assertThat(browser.heading()).isEqualTo("Requests received by e-mail");
    browser.follow(By.linkText(subject)).checkPage();
    assertThat(browser.texts("#email-text").get(0)).contains("How many libraries");
    assertThat(browser.driver().findElement(By.id("summary")).getAttribute("value"))
        .isEqualTo(subject);
    browser.press("Confirm and log the request").checkPage();
    assertThat(browser.currentPath()).startsWith("/officer/requests/FOI-");
    String ref = browser.currentPath().replaceAll("^/officer/requests/([^?#/]+).*$", "$1");
    assertThat(browser.texts("#questions + .govuk-inset-text li")).hasSize(3);
    // the acknowledgement, ticked by default, is queued to the sender in the same step
    assertThat(browser.texts("#success-banner").get(0)).contains("Acknowledgement queued");
    assertThat(browser.texts(".govuk-summary-list").get(0))
        .contains("2 November 2026")
        .contains(ADDRESS);
    return record("(a) e-mailed request confirmed", before, EMAIL_CONFIRMED, ref);
  }

  /** (b) Question 2 asks two things: split it, so each gets its own answer and outcome. */
  private void split(String ref) {
    int before = browser.pageLoads();
    browser.follow(By.id("corrections")).checkPage();
    browser.driver().findElement(By.xpath("//summary[contains(., 'Split question 2')]")).click();
    browser
        .type("split-2-first", "What did Sunday opening cost in 2025?")
        .type("split-2-second", "How many staff worked on Sundays in 2025?")
        .type("split-2-reason", "Two questions in one")
        .press("Split question 2")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.texts(".govuk-notification-banner--success")).isNotEmpty();
    assertThat(browser.texts(".govuk-summary-card__title"))
        .containsExactly("Question 1", "Question 2", "Question 3", "Question 4");
    browser.follow(By.linkText("Back to the request")).checkPage();
    assertThat(browser.texts("#questions + .govuk-inset-text li"))
        .hasSize(4)
        .anyMatch(t -> t.contains("How many staff worked on Sundays"));
    record("(b) split a question", before, SPLIT, ref);
  }

  /** (c) Ask for clarification (the clock stops), then record the reply (it starts again). */
  private void clarify(String ref) {
    int before = browser.pageLoads();
    browser
        .type("clarification-requested-date", "4")
        .type("clarification-requested-date-month", "11")
        .type("clarification-requested-date-year", "2026")
        .press("Ask for clarification")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.driver().getPageSource()).contains("Asked for clarification");
    browser
        .type("clarification-received-date", "6")
        .type("clarification-received-date-month", "11")
        .type("clarification-received-date-year", "2026")
        .press("Clarification received")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.texts("#clock-figures").get(0)).contains("6 November 2026");
    record("(c) clarify", before, CLARIFY, ref);
  }

  /** (d) A public interest extension beyond 20 further working days: warned, then confirmed. */
  private void extend(String ref) {
    int before = browser.pageLoads();
    String label = "Extend time to consider the public interest (FOIA s.10(3))";
    fillExtension();
    browser.press(label).checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isNotEmpty();
    assertThat(browser.driver().getPageSource()).doesNotContain("Time extended to consider");
    fillExtension();
    browser.choose("public-interest-extension-confirm").press(label).checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.driver().getPageSource()).contains("Time extended to consider");
    record("(d) extend with the warning confirmed", before, EXTEND, ref);
  }

  private static void fillExtension() {
    browser
        .type("public-interest-extension-date", "20")
        .type("public-interest-extension-date-month", "11")
        .type("public-interest-extension-date-year", "2026")
        .type("public-interest-extension-newDue", "1")
        .type("public-interest-extension-newDue-month", "3")
        .type("public-interest-extension-newDue-year", "2027");
  }

  /**
   * (e) The task list: outcomes, answers, notice; check the answers and send. The e-mail with the
   * letter as PDF arrives at the requester's address.
   */
  private String composeAndSend(String ref, GreenMail mail) throws Exception {
    int before = browser.pageLoads();
    browser.follow(By.id("compose-response")).checkPage();
    browser.follow(By.linkText("Questions and outcomes")).checkPage();
    for (int q = 1; q <= 4; q++) {
      new Select(browser.driver().findElement(By.id("q" + q + "-outcome")))
          .selectByValue("PROVIDED_IN_FULL");
      browser.press("Save the outcome of question " + q).checkPage();
      assertThat(browser.texts(".govuk-notification-banner--success p"))
          .containsExactly("The outcome is saved");
    }
    browser.follow(By.id("back-to-tasks")).checkPage();
    browser.follow(By.linkText("Answers and tables")).checkPage();
    String[] answers = {
      "Seven libraries opened on Sundays in 2025.",
      "Sunday opening cost £41,000 in 2025.",
      "Twelve members of staff worked on Sundays in 2025.",
      "The library service has no plans to change Sunday opening."
    };
    for (int q = 1; q <= 4; q++) {
      browser
          .type("answer-new-paragraphs", answers[q - 1])
          .choose(q == 1 ? "answer-new-questions" : "answer-new-questions-" + q)
          .press("Add the answer")
          .checkPage();
      assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    }
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
    browser.follow(By.id("check-send")).checkPage();
    assertThat(browser.heading()).isEqualTo("Check your answers before sending");
    assertThat(browser.texts("#check-questions-list .govuk-summary-list__row")).hasSize(4);
    browser
        .type("send-sentOn", "27")
        .type("send-sentOn-month", "11")
        .type("send-sentOn-year", "2026")
        .press("Send response")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.heading()).isEqualTo("Response sent");

    sender.deliverDue(); // as the scheduled sender would
    MimeMessage m =
        TestMailServer.receivedBy(
            mail,
            ADDRESS,
            // the acknowledgement goes to the same address when the e-mail is confirmed
            r -> !r.getSubject().contains(": acknowledgement"));
    assertThat(m.getSubject()).contains(ref);
    byte[] pdf = TestMailServer.files(m).get("response-" + ref + ".pdf");
    assertThat(pdf).as("the letter attached as PDF").isNotNull();
    try (PDDocument letter = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(letter))
          .contains(ref)
          .contains("Twelve members of staff");
    }
    record("(e) compose through the task list, check and send", before, COMPOSE_AND_SEND, ref);
    return "sunday-libraries-" + ref.toLowerCase();
  }

  /** (f) Check the answers before publishing, then publish on the disclosure log. */
  private void publish(String ref, String slug) {
    int before = browser.pageLoads();
    browser.follow(By.id("next-publish")).checkPage();
    assertThat(browser.heading()).isEqualTo("Check your answers before publishing");
    browser.type("publish-slug", slug).press("Publish").checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.heading()).isEqualTo("Response published");
    record("(f) publish", before, PUBLISH, ref);
  }

  /** (g) A figure was wrong: correct the answer with a reason; the case gets a new version. */
  private void correct(String ref, String slug) {
    int before = browser.pageLoads();
    browser.follow(By.id("return-to-tasks")).checkPage();
    browser.follow(By.id("corrections-link")).checkPage();
    browser
        .type("answer-1-paragraphs", "Eight libraries opened on Sundays in 2025.")
        .type("answer-1-reason", "Miscounted: Westcotes opened on Sundays too")
        .press("Correct answer 1")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.texts(".govuk-notification-banner--success")).isNotEmpty();
    browser.visit("/cases/" + slug);
    assertThat(browser.texts("#version").get(0)).contains("Version 2");
    assertThat(browser.texts("#history + ol li"))
        .anyMatch(t -> t.contains("corrected: Miscounted: Westcotes opened on Sundays too"));
    assertThat(browser.driver().getPageSource())
        .contains("Eight libraries opened on Sundays in 2025.")
        .doesNotContain("Garstang")
        .doesNotContain(ADDRESS);
    record("(g) correct after publishing", before, CORRECT, ref);
  }

  /** (h) The requester asks for an internal review; the reviewer upholds the response. */
  private void review(String ref) {
    int before = browser.pageLoads();
    browser.visit("/officer/requests/" + ref + "/response");
    browser.follow(By.id("review-link")).checkPage();
    browser
        .type("review-requestedOn", "1")
        .type("review-requestedOn-month", "12")
        .type("review-requestedOn-year", "2026")
        .press("Record the request for review")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    browser
        .type("decide-reviewer", "Rowena Reviewer")
        .choose("outcome")
        .type("decide-reasons", "The response answered each question in full.")
        .type("decide-decidedOn", "3")
        .type("decide-decidedOn-month", "12")
        .type("decide-decidedOn-year", "2026")
        .press("Record the outcome")
        .checkPage();
    assertThat(browser.texts(".govuk-error-summary li")).isEmpty();
    assertThat(browser.texts("#review-summary").get(0)).contains("Upheld").contains("3 December");
    record("(h) internal review", before, REVIEW, ref);
  }

  private String record(String journey, int before, int ceiling, String ref) {
    int loads = browser.pageLoads() - before;
    figures.put(journey, loads);
    assertThat(loads).as("page loads of journey %s", journey).isLessThanOrEqualTo(ceiling);
    return ref;
  }
}
