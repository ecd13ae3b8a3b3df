package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.ResponsePageTest.Page;

/**
 * The compose page's screens for issue 17 points 5, 6 and 10: the confirm step when an answer would
 * take a question from another, the licence and attribution form, sending in instalments, and
 * recording internal reviews with a decision per question.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class InstalmentsPageTest {

  @Test
  void confirmStepLicenceFormInstalmentsAndReviews() {
    String ref =
        ApiRequests.log(
            "Casework " + UUID.randomUUID().toString().substring(0, 6),
            null,
            List.of("Which system is used?", "How many items each year?"),
            null,
            LocalDate.now().minusDays(10),
            "Ottoline Brackenbury",
            "ottoline@example.org");
    String base = "/officer/requests/" + ref + "/response";
    Page p = Page.open(base + "/notice");
    assertThat(p.doc().select("#licence-form textarea")).hasSize(2);
    p.form()
        .formParam("questions", "1")
        .formParam("questions", "2")
        .formParam("paragraphs", "One Note.")
        .post(base + "/answers")
        .then()
        .statusCode(303);

    // moving question 2 to a new answer: the form comes back with the confirm step
    Response asked =
        p.form()
            .formParam("questions", "2")
            .formParam("paragraphs", "The attached list.")
            .post(base + "/answers");
    assertThat(asked.statusCode()).isEqualTo(409);
    Document confirm = Jsoup.parse(asked.asString());
    assertThat(confirm.select(".govuk-error-summary a[href=#answer-new-confirm]").text())
        .contains("question 2 is answered by answer 1");
    assertThat(confirm.select("#answer-new-confirm")).hasSize(1);
    assertThat(confirm.select("#answer-new-paragraphs").text()).isEqualTo("The attached list.");
    p.form()
        .formParam("questions", "2")
        .formParam("paragraphs", "The attached list.")
        .formParam("confirm", "yes")
        .post(base + "/answers")
        .then()
        .statusCode(303);

    // licence and attribution through the form
    p.form()
        .formParam("licenceStatement", "Available for re-use under the OGL v3.0.")
        .formParam("attributionStatement", "Contains public sector information.")
        .post(base + "/licence")
        .then()
        .statusCode(303);
    Document after = Page.open(base + "/notice").doc();
    assertThat(after.select("#licence-attributionStatement").text())
        .isEqualTo("Contains public sector information.");

    // instalment 1, more to follow
    LocalDate first = LocalDate.now().minusDays(2);
    for (String q : List.of("1", "2")) {
      p.form()
          .formParam("outcome", "PROVIDED_IN_FULL")
          .post(base + "/questions/" + q + "/outcome")
          .then()
          .statusCode(303);
    }
    p.form()
        .formParam("sentOn-day", first.getDayOfMonth())
        .formParam("sentOn-month", first.getMonthValue())
        .formParam("sentOn-year", first.getYear())
        .formParam("moreToFollow", "yes")
        .formParam("acknowledgeIncomplete", "yes")
        .post(base + "/send")
        .then()
        .statusCode(303);
    Page open = Page.open(base + "/send");
    assertThat(open.doc().select("#instalments-table tbody tr")).hasSize(1);
    assertThat(Page.open(base + "/answers").doc().select("#answer-1-instalment").text())
        .isEqualTo("Sent in instalment 1");
    // instalment 2 adds to question 2 and completes the response
    open.form()
        .formParam("questions", "2")
        .formParam("paragraphs", "The outstanding data.")
        .post(base + "/answers")
        .then()
        .statusCode(303);
    LocalDate second = LocalDate.now().minusDays(1);
    open.form()
        .formParam("sentOn-day", second.getDayOfMonth())
        .formParam("sentOn-month", second.getMonthValue())
        .formParam("sentOn-year", second.getYear())
        .formParam("acknowledgeIncomplete", "yes")
        .post(base + "/send")
        .then()
        .statusCode(303);
    Page sent = Page.open(base + "/publish");
    assertThat(sent.doc().select("#instalments-table tbody tr")).hasSize(2);
    assertThat(Page.open(base + "/answers").doc().select("#answer-3-instalment").text())
        .isEqualTo("Sent in instalment 2");
    assertThat(Page.open(base + "/send").doc().select("#send-form")).isEmpty();
    assertThat(Page.open(base).doc().select("#check-send")).isEmpty();

    // a review, decided per question
    LocalDate today = LocalDate.now();
    sent.form()
        .formParam("requestedOn-day", today.getDayOfMonth())
        .formParam("requestedOn-month", today.getMonthValue())
        .formParam("requestedOn-year", today.getYear())
        .formParam("statedDueOn-day", today.plusDays(28).getDayOfMonth())
        .formParam("statedDueOn-month", today.plusDays(28).getMonthValue())
        .formParam("statedDueOn-year", today.plusDays(28).getYear())
        .post(base + "/review")
        .then()
        .statusCode(303);
    Page reviewing = Page.open(base + "/review");
    assertThat(reviewing.doc().select("#decide-decision-1 option")).hasSize(4);
    reviewing
        .form()
        .formParam("reviewer", "Rupert")
        .formParam("reasons", "Question 1 stands; question 2 was answered in full later.")
        .formParam("decisionQuestion", "1")
        .formParam("decisionQuestion", "2")
        .formParam("decisionOutcome", "UPHELD")
        .formParam("decisionOutcome", "OVERTURNED")
        .formParam("decidedOn-day", today.getDayOfMonth())
        .formParam("decidedOn-month", today.getMonthValue())
        .formParam("decidedOn-year", today.getYear())
        .post(base + "/review/decision")
        .then()
        .statusCode(303);
    Document decided = Page.open(base + "/review").doc();
    assertThat(decided.select("#review-summary").text())
        .contains("Rupert")
        .contains("Partly overturned")
        .contains("Question 1: Upheld; Question 2: Overturned");
    // a further review can be asked for once the first is decided
    assertThat(decided.select("#review-form")).hasSize(1);
    assertThat(given().get("/api/responses/" + ref + "/reviews").jsonPath().getList("number"))
        .containsExactly(1);
  }
}
