package uk.foitracker.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;

/**
 * A request whose received date is not stated, answered and sent, is counted under "Date not
 * stated" as resolved with its timeliness not known: neither in time nor late, since with no date
 * of receipt there is no statutory clock to be in time against.
 */
@QuarkusTest
@TestSecurity(user = "adam", roles = "auditor")
class NoReceivedDateStatisticsTest {
  private static final List<String> MEASURES =
      List.of("received", "resolved", "not-known", "in-time", "late", "met", "extension");

  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Sending sending;
  @Inject StatisticsService statistics;

  @Test
  void aSentRequestWithNoReceivedDateHasNoTimelinessFigure() {
    Duration was = statistics.recountWhileWaiting(Duration.ofMinutes(2));
    try {
      Map<String, Integer> before = notStatedRow();
      String ref =
          officer
              .log(
                  new NewRequest(
                      "FOIA",
                      DateField.empty(),
                      "EMAIL",
                      "Statistics with no received date " + System.nanoTime(),
                      "Stella Statistician",
                      "stella@example.org",
                      "How many?",
                      null,
                      List.of(new QuestionDraft("1", "How many?")),
                      null,
                      null,
                      null,
                      null,
                      true),
                  "olive",
                  false)
              .reference();
      answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("Twelve.")), "olive");
      answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
      sending.send(ref, LocalDate.of(2025, 10, 13), true, "olive");

      Map<String, Integer> after = notStatedRow();
      assertThat(after.get("received") - before.get("received")).isEqualTo(1);
      assertThat(after.get("resolved") - before.get("resolved")).isEqualTo(1);
      assertThat(after.get("not-known") - before.get("not-known")).isEqualTo(1);
      for (String m : List.of("in-time", "late", "met", "extension")) {
        assertThat(after.get(m)).as(m).isEqualTo(before.get(m));
      }
    } finally {
      statistics.recountWhileWaiting(was);
    }
  }

  private static Map<String, Integer> notStatedRow() {
    Element row =
        Jsoup.parse(given().get("/audit/statistics").then().statusCode(200).extract().asString())
            .selectFirst("#table-timeliness tr[data-period=not-stated]");
    Map<String, Integer> figures = new HashMap<>();
    for (String m : MEASURES) {
      Element cell = row == null ? null : row.selectFirst("td[data-measure=" + m + "]");
      String text = cell == null ? "" : cell.text().replace(",", "").strip();
      figures.put(m, text.matches("\\d+") ? Integer.parseInt(text) : 0);
    }
    return figures;
  }
}
