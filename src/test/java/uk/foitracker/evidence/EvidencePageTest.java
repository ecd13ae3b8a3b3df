package uk.foitracker.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.Citations;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;

/**
 * The auditor follows a case from the refusals page to its evidence: read-only, nothing personal.
 */
@QuarkusTest
class EvidencePageTest {
  private static String ref;

  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Citations citations;
  @Inject Sending sending;

  @BeforeEach
  void createCase() {
    synchronized (EvidencePageTest.class) {
      if (ref != null) {
        return;
      }
      String r =
          officer
              .log(
                  new NewRequest(
                      "FOIA",
                      DateField.of(LocalDate.of(2015, 3, 2)),
                      "EMAIL",
                      "Evidence test: tender prices",
                      "Ezra Evidence",
                      "ezra@example.org",
                      "Please send the tender prices.",
                      null,
                      List.of(new QuestionDraft("1", "What were the tender prices?")),
                      null),
                  "olive",
                  false)
              .reference();
      officer.recordClockEvent(
          r,
          version(r),
          ClockEventKind.CLARIFICATION_REQUESTED,
          DateField.of(LocalDate.of(2015, 3, 3)),
          null,
          "olive");
      officer.recordClockEvent(
          r,
          version(r),
          ClockEventKind.CLARIFICATION_RECEIVED,
          DateField.of(LocalDate.of(2015, 3, 5)),
          null,
          "olive");
      answers.saveAnswer(
          r, null, new AnswerInput(List.of(1), List.of("The prices are withheld.")), "olive");
      answers.setOutcome(r, 1, "REFUSED_EXEMPTION", "olive");
      citations.cite(
          r,
          1,
          new CitationInput(
              "FOIA-43",
              "Disclosure would prejudice the bidders' commercial interests.",
              "Openness about public spending.",
              "Fair competition in the next tender.",
              "The balance favours withholding the prices."),
          "olive");
      sending.send(r, LocalDate.of(2015, 3, 20), true, "olive");
      ref = r;
    }
  }

  private static long version(String r) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(r).orElseThrow().version);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void fromTheRefusalsPageToTheEvidence() {
    Document refusals =
        Jsoup.parse(given().get("/audit/refusals?year=2015").then().extract().asString());
    long id =
        QuarkusTransaction.requiringNew()
            .call(() -> FoiRequest.findByReference(ref).orElseThrow().id);
    assertThat(refusals.select("a[href=/audit/evidence/case-" + id + "]")).hasSize(1);
    // by id or by reference, the same evidence
    assertThat(
            Jsoup.parse(given().get("/audit/evidence/case-" + id).then().extract().asString())
                .selectFirst("h1")
                .text())
        .isEqualTo("Evidence test: tender prices");

    String html = given().get("/audit/evidence/" + ref).then().statusCode(200).extract().asString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Evidence test: tender prices");
    // the clock with its events, in the order recorded
    assertThat(doc.select("#clock-events tbody tr td:nth-child(2)").eachText())
        .containsExactly("Asked for clarification", "Clarification received", "Response sent");
    assertThat(doc.select("#clock-events tbody tr td:nth-child(1)").eachText())
        .containsExactly("3 March 2015", "5 March 2015", "20 March 2015");
    // the audit trail's events, in chain order, not only the head's hash
    List<Long> positions =
        doc.select("#trail-events tbody tr td:nth-child(1)").eachText().stream()
            .map(Long::valueOf)
            .toList();
    assertThat(positions).hasSizeGreaterThanOrEqualTo(5).isSorted();
    assertThat(doc.select("iframe[title]").attr("src"))
        .isEqualTo("/audit/evidence/" + ref + "/letter");
    assertThat(html).doesNotContain("Ezra", "ezra@example.org");

    // the letter as sent: question, answer, citation with its reasons and public interest test
    String letter =
        given()
            .get("/audit/evidence/" + ref + "/letter")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(Jsoup.parse(letter).text())
        .contains(
            "What were the tender prices?",
            "The prices are withheld.",
            "s.43",
            "Disclosure would prejudice the bidders' commercial interests.",
            "Openness about public spending.",
            "Fair competition in the next tender.",
            "The balance favours withholding the prices.");
    assertThat(letter).doesNotContain("Ezra", "ezra@example.org");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void anUnknownReferenceIsNotFound() {
    given().get("/audit/evidence/FOI-0000-NOPE").then().statusCode(404);
    given().get("/audit/evidence/FOI-0000-NOPE/letter").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officersAreNotAuditors() {
    given().get("/audit/evidence/" + ref).then().statusCode(403);
  }
}
