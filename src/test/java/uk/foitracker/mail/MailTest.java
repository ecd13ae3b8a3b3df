package uk.foitracker.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.WorkingDayCalendar;
import uk.foitracker.web.Clocks;

/**
 * "Send means send", against a real SMTP and IMAP server in the JVM (GreenMail on 3325 and 3343,
 * where the test profile points the mailer and the FOI mailbox): a sent response arrives with its
 * letter as a PDF and its releasable attachment; a failure is kept, shown and retried; an e-mail to
 * the FOI mailbox becomes a draft that an officer confirms as a request received that day; the
 * daily digest lists what is overdue and due soon. No requester's data reaches the log.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class MailTest {
  static final int SMTP = 3325;
  static final int IMAP = 3343;
  static final String CSRF = "csrf-token";

  static GreenMail mail;

  @Inject OutboxSender sender;
  @Inject InboxPoller poller;
  @Inject Digests digests;
  @Inject Clock clock;

  private final List<String> logLines = new ArrayList<>();
  private Handler handler;

  @BeforeAll
  static void startMailServer() {
    mail = server();
  }

  @AfterAll
  static void stopMailServer() {
    if (mail != null) {
      mail.stop();
    }
  }

  static GreenMail server() {
    return TestMailServer.start(SMTP, IMAP);
  }

  @BeforeEach
  void catchTheLog() {
    handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            String m = r.getMessage();
            if (r.getParameters() != null) {
              for (Object p : r.getParameters()) {
                m += " " + p;
              }
            }
            synchronized (logLines) {
              logLines.add(m + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    Logger.getLogger("uk.foitracker").addHandler(handler);
  }

  @AfterEach
  void releaseTheLog() {
    Logger.getLogger("uk.foitracker").removeHandler(handler);
  }

  private void assertLogFree(String... personal) {
    synchronized (logLines) {
      assertThat(logLines).as("the app logged something").isNotEmpty();
      for (String line : logLines) {
        for (String p : personal) {
          assertThat(line.toLowerCase())
              .as("personal data in the log")
              .doesNotContain(p.toLowerCase());
        }
      }
    }
  }

  @Test
  void aSentResponseArrivesWithItsLetterAsPdfAndItsReleasableFile() throws Exception {
    String address = "winifred.mailtest." + System.nanoTime() + "@example.org";
    String ref = logAnswerAndAttach("Winifred Applethwaite", address);
    send(ref);
    assertThat(page(ref).select("#mail .govuk-tag").text()).contains("Waiting to send");

    sender.deliverDue();

    MimeMessage m = receivedBy(address);
    assertThat(m.getSubject()).contains(ref);
    assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("foi@localhost");
    Map<String, byte[]> files = TestMailServer.files(m);
    assertThat(files).containsKeys("response-" + ref + ".pdf", "casework-figures.csv");
    try (PDDocument pdf = Loader.loadPDF(files.get("response-" + ref + ".pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(ref);
    }
    assertThat(new String(files.get("casework-figures.csv"), StandardCharsets.UTF_8))
        .contains("2024,17");
    Document page = page(ref);
    assertThat(page.select("#mail .govuk-tag").text()).contains("Sent by e-mail");
    assertThat(page.select("#mail").text()).contains("response-" + ref + ".pdf");
    assertLogFree(address, "Applethwaite");
  }

  @Test
  void aFailureIsKeptShownAndRetriedUntilTheServerTakesIt() throws Exception {
    String address = "barnaby.mailtest." + System.nanoTime() + "@example.org";
    String ref = logAnswerAndAttach("Barnaby Quillfeather", address);
    mail.stop();
    try {
      send(ref);
      sender.deliverDue();
      Document page = page(ref);
      assertThat(page.select("#mail .govuk-tag").text()).contains("Not delivered yet");
      assertThat(page.select("#mail .app-mail-error").text())
          .contains("The mail server did not take it");
      assertThat(page.select("#mail").text()).contains("Next try");
      OutboxMail waiting = waitingMail(ref);
      assertThat(waiting.attempts).isEqualTo(1);
      assertThat(waiting.lastError).isNotBlank();
      assertThat(waiting.nextAttemptAt).isAfter(clock.instant());
      // not due yet: a run now does not try it again
      sender.deliverDue();
      assertThat(waitingMail(ref).attempts).isEqualTo(1);
    } finally {
      mail = server();
    }
    // the officer asks for it to be tried now (a form on the request page)
    Document page = page(ref);
    String action = page.select("#mail form").attr("action");
    assertThat(action).startsWith("/officer/outbox/").endsWith("/retry");
    formPost(ref, action, Map.of())
        .then()
        .statusCode(303)
        .header("Location", endsWith("/officer/requests/" + ref + "#mail"));
    sender.deliverDue();
    MimeMessage m = receivedBy(address);
    assertThat(TestMailServer.files(m)).containsKey("response-" + ref + ".pdf");
    assertThat(page(ref).select("#mail .govuk-tag").text()).contains("Sent by e-mail");
    assertThat(page(ref).select("#mail").text()).contains("Tries 2");
    assertLogFree(address, "Quillfeather");
  }

  @Test
  void aRequesterWithoutAnEmailAddressIsToldAboutOnThePage() {
    String ref =
        logAnswerAndAttach("Cordelia Pemberton-Voss", "14 Larkspur Road, Leicester LE2 9ZZ");
    send(ref);
    Document page = page(ref);
    assertThat(page.select("#mail .govuk-tag").text()).contains("Not e-mailed");
    assertThat(page.select("#mail").text()).contains("gave no e-mail address");
    assertThat(page.select("#mail form")).isEmpty();
  }

  @Test
  void anEmailToTheFoiMailboxBecomesADraftThatAnOfficerConfirms() throws Exception {
    String address = "ptolemy.inbox." + System.nanoTime() + "@example.org";
    String subject = "Pothole repairs " + System.nanoTime();
    LocalDate receivedOn = LocalDate.of(2026, 11, 20);
    appendToFoiMailbox(
        "Ptolemy Garstang",
        address,
        subject,
        "Dear FOI team,\n\nPlease tell me:\n1. How many potholes were repaired in 2025?\n"
            + "2. What did the repairs cost?\n\nThank you,\nPtolemy",
        receivedOn.atTime(10, 30).atZone(Clocks.UK));
    assertThat(poller.pollNow()).isEqualTo(1);
    assertThat(poller.pollNow()).as("an e-mail read once is not read again").isZero();

    Document list =
        Jsoup.parse(given().get("/officer/inbox").then().statusCode(200).extract().asString());
    String href = list.select("#drafts a:contains(" + subject + ")").attr("href");
    assertThat(href).startsWith("/officer/inbox/");
    Document draft = Jsoup.parse(given().get(href).then().statusCode(200).extract().asString());
    assertThat(draft.select("#email-text").text()).contains("How many potholes");
    assertThat(draft.select("#summary").val()).isEqualTo(subject);
    given().get(href + "/message.eml").then().statusCode(200).contentType("message/rfc822");

    // a blank summary is refused with the error summary, nothing logged
    Response refused =
        formPost(
            href,
            href + "/confirm",
            Map.of("version", version(draft), "regime", "FOIA", "summary", ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.asString()).select(".govuk-error-summary").text())
        .contains("summary");

    Response confirmed =
        formPost(
            href,
            href + "/confirm",
            Map.of("version", version(draft), "regime", "FOIA", "summary", subject));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    String location = confirmed.header("Location");
    String ref = location.substring(location.lastIndexOf('/') + 1);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              FoiRequest r = FoiRequest.findByReference(ref).orElseThrow();
              assertThat(r.receivedOn).isEqualTo(receivedOn);
              assertThat(r.channel.name()).isEqualTo("EMAIL");
              assertThat(r.title).isEqualTo(subject);
              assertThat(r.requestText).contains("How many potholes");
              RequesterContact c = RequesterContact.find("request", r).firstResult();
              assertThat(c.contact).isEqualTo(address);
              assertThat(c.name).isEqualTo("Ptolemy Garstang");
            });
    Document after = Jsoup.parse(given().get(href).then().statusCode(200).extract().asString());
    assertThat(after.select("#logged-as").text()).contains(ref);
    // confirming again is refused: one e-mail, one request
    assertThat(
            formPost(
                    href,
                    href + "/confirm",
                    Map.of("version", version(draft), "regime", "FOIA", "summary", subject))
                .statusCode())
        .isEqualTo(409);
    assertThat(Jsoup.parse(given().get("/officer/inbox").asString()).text())
        .doesNotContain(subject);
    assertLogFree(address, "Garstang");
  }

  @Test
  void aDraftThatIsNotARequestIsDiscarded() throws Exception {
    String subject = "Win a prize " + System.nanoTime();
    appendToFoiMailbox(
        "Prize Desk", "prizes@example.net", subject, "You have won.", ZonedDateTime.now(Clocks.UK));
    poller.pollNow();
    Document list = Jsoup.parse(given().get("/officer/inbox").asString());
    String href = list.select("#drafts a:contains(" + subject + ")").attr("href");
    Document draft = Jsoup.parse(given().get(href).asString());
    Response r = formPost(href, href + "/discard", Map.of("version", version(draft)));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(Jsoup.parse(given().get("/officer/inbox?discarded=1").asString()).text())
        .contains("The e-mail was discarded")
        .doesNotContain(subject);
    assertThat(Jsoup.parse(given().get(href).asString()).select("#discarded")).isNotEmpty();
  }

  @Test
  void theDigestListsOverdueAndDueSoonAndGoesOnceADay() throws Exception {
    LocalDate today = LocalDate.now(clock);
    WorkingDayCalendar calendar = WorkingDayCalendar.ukWide();
    LocalDate horizon = calendar.addWorkingDays(today, 5);
    LocalDate soonReceived = today;
    while (calendar.addWorkingDays(soonReceived, 20).isAfter(horizon)) {
      soonReceived = soonReceived.minusDays(1);
    }
    String overdue =
        log(
            "Overdue digest case " + System.nanoTime(),
            "Digby Overdue",
            "x@example.org",
            today.minusDays(60));
    String soon =
        log(
            "Due soon digest case " + System.nanoTime(),
            "Digby Soon",
            "y@example.org",
            soonReceived);
    String later =
        log("Not due yet digest case " + System.nanoTime(), "Digby Later", "z@example.org", today);

    Digests.Digest d = digests.digest(today);
    String body = d.body();
    int overdueHeading = body.indexOf("Overdue (");
    int soonHeading = body.indexOf("Due within 5 working days (");
    assertThat(overdueHeading).isNotNegative();
    assertThat(soonHeading).isGreaterThan(overdueHeading);
    assertThat(body.indexOf(overdue)).isBetween(overdueHeading, soonHeading);
    assertThat(body.indexOf(soon)).isGreaterThan(soonHeading);
    assertThat(body).doesNotContain(later);
    assertThat(body).contains("officer/requests/" + overdue);
    assertThat(body).doesNotContain("Digby").doesNotContain("@example.org");
    assertThat(d.subject()).contains("overdue").contains("due soon");

    int first = digests.queueToday();
    assertThat(digests.queueToday()).as("one digest a day").isZero();
    if (first > 0) {
      sender.deliverDue();
      MimeMessage m = receivedBy("olive@council.example");
      assertThat(m.getSubject()).startsWith("FOI digest");
      assertThat(String.valueOf(m.getContent())).contains("Overdue (");
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String log(String title, String name, String contact, LocalDate received) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", received.toString());
    body.put("channel", "EMAIL");
    body.put("summary", title);
    body.put("requesterName", name);
    body.put("requesterContact", contact);
    body.put("requestText", "1. How many cases were opened in 2024?");
    body.put("questions", List.of(Map.of("number", 1, "text", "How many cases in 2024?")));
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  /** A request received a week ago, answered in full, with a releasable CSV. */
  private String logAnswerAndAttach(String name, String contact) {
    String ref =
        log(
            "Casework figures " + System.nanoTime(),
            name,
            contact,
            LocalDate.now(clock).minusDays(7));
    String base = "/api/responses/" + ref;
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("questions", List.of(1), "paragraphs", List.of("17 cases were opened in 2024.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    byte[] csv = "year,cases\n2024,17\n".getBytes(StandardCharsets.UTF_8);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "fileName",
                "casework-figures.csv",
                "content",
                Base64.getEncoder().encodeToString(csv)))
        .post(base + "/attachments")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("releasable", true))
        .put(base + "/attachments/1/releasable")
        .then()
        .statusCode(200);
    return ref;
  }

  private void send(String ref) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", LocalDate.now(clock).toString()))
        .post("/api/responses/" + ref + "/send")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
  }

  private static Document page(String ref) {
    return Jsoup.parse(
        given().get("/officer/requests/" + ref).then().statusCode(200).extract().asString());
  }

  private static String version(Document page) {
    return page.select("input[name=version]").first().val();
  }

  /** Posts a form as the page at {@code pagePath} would, with its CSRF cookie and token. */
  private static Response formPost(String pagePath, String action, Map<String, String> fields) {
    String path = pagePath.startsWith("/") ? pagePath : "/officer/requests/" + pagePath;
    Response r = given().redirects().follow(false).get(path);
    Document page = Jsoup.parse(r.asString());
    var post =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .cookie(CSRF, r.getCookie(CSRF))
            .formParam(CSRF, page.select("input[name=" + CSRF + "]").val());
    fields.forEach(post::formParam);
    return post.post(action);
  }

  private OutboxMail waitingMail(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              FoiRequest r = FoiRequest.findByReference(ref).orElseThrow();
              return OutboxMail.forRequest(r).get(0);
            });
  }

  private static MimeMessage receivedBy(String address) throws Exception {
    return TestMailServer.receivedBy(mail, address);
  }

  private static void appendToFoiMailbox(
      String name, String address, String subject, String text, ZonedDateTime received)
      throws Exception {
    TestMailServer.appendToFoiMailbox(IMAP, name, address, subject, text, received);
  }
}
