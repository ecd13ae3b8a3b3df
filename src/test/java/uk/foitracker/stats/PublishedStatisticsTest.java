package uk.foitracker.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;

/**
 * The tester's case, through the pages: two requests answered in time and two left open past their
 * deadline must not read "100% in time". FOIA requests received in 2013 (no other test uses 2013);
 * figures worked out by hand on the UK-wide calendar (no bank holiday from 2 Jan to 28 Mar 2013):
 *
 * <pre>
 * A rec Mon 7 Jan 2013, sent Mon 14 Jan (day 5): met deadline; granted in full
 * B rec Tue 8 Jan, sent Wed 16 Jan (day 6): met deadline; granted in full;
 *   internal review asked Thu 17 Jan, never decided: 20th working day Thu 14 Feb (18 Jan is day
 *   1; 21-25 Jan days 2-6; 28 Jan-1 Feb 7-11; 4-8 Feb 12-16; 11-14 Feb 17-20): past deadline
 * C rec Wed 9 Jan, never answered: due Wed 6 Feb; open past its deadline
 * D rec Thu 10 Jan, never answered: due Thu 7 Feb; open past its deadline
 * E rec Mon 1 Apr 2013, clarification asked Tue 2 Apr, never given: lapsed from Tue 2 Jul 2013
 *
 * Q1 2013: received 4, responded 2, met deadline 2, in time 2, late 0, open past deadline 2;
 *   percentage in time 2 / (2 + 0 + 2) = 50.0 (the page said 100.0: 2 / 2)
 *   resolvable 2, granted in full 2; reviews requested 1, decided 0, past deadline 1, in time
 *   0 / 1 = 0.0
 * Q2 2013: received 1, lapsed 1, received less lapsed and on hold 0; no percentage
 * </pre>
 */
@QuarkusTest
class PublishedStatisticsTest {
  private static boolean created;

  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Sending sending;
  @Inject InternalReviews reviews;

  @BeforeEach
  void createRequests() {
    synchronized (PublishedStatisticsTest.class) {
      if (created) {
        return;
      }
      String a = log("A", LocalDate.of(2013, 1, 7));
      answer(a);
      sending.send(a, LocalDate.of(2013, 1, 14), true, "olive");
      String b = log("B", LocalDate.of(2013, 1, 8));
      answer(b);
      sending.send(b, LocalDate.of(2013, 1, 16), true, "olive");
      reviews.requestReview(b, LocalDate.of(2013, 1, 17), "olive");
      log("C", LocalDate.of(2013, 1, 9));
      log("D", LocalDate.of(2013, 1, 10));
      String e = log("E", LocalDate.of(2013, 4, 1));
      officer.recordClockEvent(
          e,
          version(e),
          ClockEventKind.CLARIFICATION_REQUESTED,
          DateField.of(LocalDate.of(2013, 4, 2)),
          null,
          "olive");
      created = true;
    }
  }

  private String log(String name, LocalDate received) {
    NewRequest draft =
        new NewRequest(
            "FOIA",
            DateField.of(received),
            "EMAIL",
            "Published statistics test request " + name,
            "Petra Publisher " + name,
            "petra." + name.toLowerCase() + "@example.org",
            "Please tell me published statistics test " + name + ".",
            null,
            IntStream.rangeClosed(1, 1)
                .mapToObj(n -> new QuestionDraft("1", "Published statistics " + name + "?"))
                .toList(),
            null);
    return officer.log(draft, "olive", false).reference();
  }

  private void answer(String ref) {
    answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("The answer.")), "olive");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
  }

  private static long version(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().version);
  }

  private static String cell(Document doc, String table, String period, String column) {
    Element t = doc.getElementById(table);
    List<String> headers = t.select("thead th").eachText();
    Element row = t.selectFirst("tbody tr[data-period='" + period + "']");
    assertThat(row).as(table + " " + period).isNotNull();
    return row.select("th, td").get(headers.indexOf(column)).text();
  }

  /**
   * The headline of the auditor's page is the same figure as the bulletin's: 2 in time of 4
   * answered or past their deadline = 50.0%; and the public page's chart says so too.
   */
  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theHeadlineCountsOpenOverdueRequests() {
    Document doc =
        Jsoup.parse(
            given().get("/audit/statistics?year=2013").then().statusCode(200).extract().asString());
    assertThat(doc.select("#headline-percent").text()).isEqualTo("50.0%");
    assertThat(doc.select("#headline-band").text()).isEqualTo("Unsatisfactory");
    assertThat(doc.select("#headline-working").text())
        .startsWith(
            "2 in time of 4 requests answered or past their deadline: 0 answered late and 2");
    assertThat(doc.select("#chart-timeliness-desc").text()).contains("2013 (Jan to Mar): 50.0%");
    Document pub =
        Jsoup.parse(given().get("/statistics").then().statusCode(200).extract().asString());
    assertThat(cell(pub, "table-timeliness", "2013 Q1", "Percentage in time")).isEqualTo("50.0");
    assertThat(pub.select("#chart-timeliness-desc").text()).contains("2013 (Jan to Mar): 50.0%");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theAuditorsPageCountsOpenOverdueRequestsAgainstTimeliness() {
    Document doc =
        Jsoup.parse(
            given().get("/audit/statistics?year=2013").then().statusCode(200).extract().asString());
    Element q1 = doc.selectFirst("#table-timeliness tr[data-period='2013 Q1']");
    assertThat(q1.selectFirst("td[data-measure=received]").text()).isEqualTo("4");
    assertThat(q1.selectFirst("td[data-measure=in-time]").text()).isEqualTo("2");
    assertThat(q1.selectFirst("td[data-measure=open-overdue]").text()).isEqualTo("2");
    assertThat(q1.selectFirst("td[data-measure=percent]").text()).isEqualTo("50.0%");
    assertThat(q1.selectFirst("td[data-measure=band]").text()).isEqualTo("Unsatisfactory");
    Element q2 = doc.selectFirst("#table-timeliness tr[data-period='2013 Q2']");
    assertThat(q2.selectFirst("td[data-measure=lapsed]").text()).isEqualTo("1");
    assertThat(q2.selectFirst("td[data-measure=percent]").text()).isEqualTo("No responses timed");
  }

  @Test
  void thePublicPageHasTheSameFiguresInTheBulletinsColumns() {
    String html = given().get("/statistics").then().statusCode(200).extract().asString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Freedom of Information statistics");
    for (Element t : doc.select("table")) {
      assertThat(t.selectFirst("caption")).isNotNull();
      assertThat(t.select("thead th").eachAttr("scope")).containsOnly("col");
      assertThat(t.select("tbody tr th").eachAttr("scope")).containsOnly("row");
    }
    // the comparison of authorities (issue 22) comes first when there are several
    assertThat(doc.select("table").eachAttr("id"))
        .filteredOn(id -> !id.equals("table-authorities"))
        .containsExactly("table-status", "table-timeliness", "table-outcomes", "table-reviews");
    assertThat(cell(doc, "table-status", "2013 Q1", "Requests received")).isEqualTo("4");
    assertThat(cell(doc, "table-status", "2013 Q1", "Responded to")).isEqualTo("2");
    assertThat(cell(doc, "table-timeliness", "2013 Q1", "In time")).isEqualTo("2");
    assertThat(cell(doc, "table-timeliness", "2013 Q1", "Open past deadline")).isEqualTo("2");
    assertThat(cell(doc, "table-timeliness", "2013 Q1", "Percentage in time")).isEqualTo("50.0");
    assertThat(cell(doc, "table-outcomes", "2013 Q1", "Resolvable")).isEqualTo("2");
    assertThat(cell(doc, "table-outcomes", "2013 Q1", "Granted in full")).isEqualTo("2");
    assertThat(cell(doc, "table-reviews", "2013 Q1", "Internal reviews requested")).isEqualTo("1");
    assertThat(cell(doc, "table-reviews", "2013 Q1", "Review pending, past deadline"))
        .isEqualTo("1");
    assertThat(cell(doc, "table-reviews", "2013 Q1", "Percentage of reviews in time"))
        .isEqualTo("0.0");
    assertThat(cell(doc, "table-status", "2013 Q2", "Lapsed or withdrawn")).isEqualTo("1");
    assertThat(cell(doc, "table-status", "2013 Q2", "Received less lapsed and on hold"))
        .isEqualTo("0");
    assertThat(cell(doc, "table-timeliness", "2013 Q2", "Percentage in time")).isEqualTo("None");
    // per quarter only: no year or total rows; no personal data; linked from the footer
    assertThat(doc.select("tbody tr").eachAttr("data-period"))
        .allMatch(p -> p.matches("\\d{4} Q[1-4]"));
    assertThat(html).doesNotContain("Petra", "example.org");
    assertThat(doc.select("footer a[href=/statistics]")).hasSize(1);
    assertThat(doc.select("a[href=/statistics.csv]")).hasSize(1);
  }

  @Test
  void theCsvHasARowPerQuarterUnderTheBulletinsColumnNames() throws Exception {
    var response = given().get("/statistics.csv").then().statusCode(200).extract();
    assertThat(response.contentType()).startsWith("text/csv");
    assertThat(response.header("Content-Disposition")).contains("foi-statistics-by-quarter.csv");
    String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF").doesNotContain("Petra", "example.org");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    CSVRecord q1 =
        records.stream().filter(r -> r.get("Quarter").equals("2013 Q1")).findFirst().orElseThrow();
    assertThat(q1.get("Requests received")).isEqualTo("4");
    assertThat(q1.get("Met deadline (20 working days)")).isEqualTo("2");
    assertThat(q1.get("Open past deadline")).isEqualTo("2");
    assertThat(q1.get("Percentage in time")).isEqualTo("50.0");
    assertThat(q1.get("Granted in full")).isEqualTo("2");
    assertThat(q1.get("Review pending, past deadline")).isEqualTo("1");
    CSVRecord q2 =
        records.stream().filter(r -> r.get("Quarter").equals("2013 Q2")).findFirst().orElseThrow();
    assertThat(q2.get("Lapsed or withdrawn")).isEqualTo("1");
    assertThat(q2.get("Percentage in time")).isEmpty();
    assertThat(records).allMatch(r -> r.get("Quarter").matches("\\d{4} Q[1-4]"));
  }
}
