package uk.foitracker.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.Citations;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.rules.ProvisionCatalogue;
import uk.foitracker.web.DateField;

/**
 * Eight FOIA requests received in 2019 (no other test uses 2019), logged and answered through the
 * officer's services; the expected figures are worked out by hand below, from the UK-wide calendar
 * (Good Friday 19 Apr, Easter Monday 22 Apr, early May bank holiday 6 May, spring bank holiday 27
 * May 2019).
 *
 * <pre>
 * A rec Mon 7 Jan, sent Mon 14 Jan (day 5): met deadline; provided in full: granted in full
 * B rec Tue 8 Jan, due Tue 5 Feb, sent Thu 28 Feb: late; not held
 * C rec Wed 9 Jan, sent Fri 1 Feb (day 17): met; s.12: refused on cost
 * D rec Thu 10 Jan, sent Thu 24 Jan: met; Q1 in full, Q2 s.40(2): partly withheld;
 *   review asked 1 Feb, decided 20 Feb: overturned
 * E rec Mon 1 Apr, due Wed 1 May; s.10(3) extension on 25 Apr to Wed 29 May; sent Mon 20 May
 *   (day 32): permitted extension; s.43: fully withheld
 * F rec Tue 2 Apr, sent Tue 9 Apr: met; s.14(1): vexatious
 * G rec Wed 3 Apr, sent Fri 12 Apr: met; in full: granted; review asked 15 Apr, decided 30 Apr: upheld
 * H rec Thu 4 Apr, not sent
 *
 * H is open and, today, long past its deadline (due Fri 3 May 2019): it counts against timeliness
 * (Cabinet Office bulletin: an open request past its deadline is not in time).
 *
 * Q1 2019: received 4, resolved 4, met 3, extension 0, in time 3, late 1: 3/4 = 75.0%, unsatisfactory
 * Q2 2019: received 4, resolved 3, open past deadline 1 (H), met 2, extension 1, in time 3, late 0:
 *   3/(3 + 0 + 1) = 75.0%, unsatisfactory (it said 100.0%, good, before open overdue requests
 *   counted)
 * 2019: received 8, resolved 7, met 5, extension 1, in time 6, late 1, open past deadline 1:
 *   6/8 = 75.0%, unsatisfactory
 * Outcomes 2019: granted 2, partly 1, fully 1, not held 1, cost 1, vexatious 1; resolvable = every
 *   outcome but not held (the bulletin puts s.12 and s.14 in "withheld in full"): Q1 A, C, D = 3;
 *   Q2 E, F, G = 3; 2019: 6
 * Exemptions 2019: s.40(2) 1, s.43 1.  Reviews 2019: requested 2, decided 2, upheld 1, overturned 1
 * </pre>
 */
@QuarkusTest
class StatisticsPageTest {
  private static boolean created;

  @Inject OfficerRequests officer;
  @Inject InternalReviews reviews;
  @Inject Answers answers;
  @Inject Citations citations;
  @Inject Sending sending;

  @BeforeEach
  void createRequests() {
    synchronized (StatisticsPageTest.class) {
      if (created) {
        return;
      }
      String a = log("A", LocalDate.of(2019, 1, 7), 1);
      answer(a, 1, "PROVIDED_IN_FULL");
      send(a, LocalDate.of(2019, 1, 14));

      String b = log("B", LocalDate.of(2019, 1, 8), 1);
      answer(b, 1, "NOT_HELD");
      cite(b, 1, "FOIA-1-1-a");
      send(b, LocalDate.of(2019, 2, 28));

      String c = log("C", LocalDate.of(2019, 1, 9), 1);
      answer(c, 1, "REFUSED_COST_LIMIT");
      cite(c, 1, "FOIA-12");
      send(c, LocalDate.of(2019, 2, 1));

      String d = log("D", LocalDate.of(2019, 1, 10), 2);
      answer(d, 1, "PROVIDED_IN_FULL");
      answer(d, 2, "REFUSED_EXEMPTION");
      cite(d, 2, "FOIA-40-2");
      send(d, LocalDate.of(2019, 1, 24));
      reviews.requestReview(d, LocalDate.of(2019, 2, 1), "olive");
      reviews.decideReview(
          d,
          "Rev Iewer",
          "OVERTURNED",
          "The names are of senior officers.",
          LocalDate.of(2019, 2, 20),
          "olive");

      String e = log("E", LocalDate.of(2019, 4, 1), 1);
      officer.recordClockEvent(
          e,
          version(e),
          ClockEventKind.PUBLIC_INTEREST_EXTENSION,
          DateField.of(LocalDate.of(2019, 4, 25)),
          DateField.of(LocalDate.of(2019, 5, 29)),
          "olive");
      answer(e, 1, "REFUSED_EXEMPTION");
      cite(e, 1, "FOIA-43");
      send(e, LocalDate.of(2019, 5, 20));

      String f = log("F", LocalDate.of(2019, 4, 2), 1);
      answer(f, 1, "REFUSED_EXEMPTION");
      cite(f, 1, "FOIA-14-1");
      send(f, LocalDate.of(2019, 4, 9));

      String g = log("G", LocalDate.of(2019, 4, 3), 1);
      answer(g, 1, "PROVIDED_IN_FULL");
      send(g, LocalDate.of(2019, 4, 12));
      reviews.requestReview(g, LocalDate.of(2019, 4, 15), "olive");
      reviews.decideReview(
          g, "Rev Iewer", "UPHELD", "Nothing was withheld.", LocalDate.of(2019, 4, 30), "olive");

      log("H", LocalDate.of(2019, 4, 4), 1);
      created = true;
    }
  }

  private String log(String name, LocalDate received, int questions) {
    List<QuestionDraft> qs =
        java.util.stream.IntStream.rangeClosed(1, questions)
            .mapToObj(
                n ->
                    new QuestionDraft(
                        String.valueOf(n), "Statistics test " + name + " question " + n + "?"))
            .toList();
    NewRequest draft =
        new NewRequest(
            "FOIA",
            DateField.of(received),
            "EMAIL",
            "Statistics test request " + name,
            "Stella Statistician " + name,
            "stella." + name.toLowerCase() + "@example.org",
            "Please tell me statistics test " + name + ".",
            null,
            qs,
            null);
    return officer.log(draft, "olive", false).reference();
  }

  private void answer(String ref, int question, String outcome) {
    answers.saveAnswer(
        ref,
        null,
        new AnswerInput(List.of(question), List.of("Answer to question " + question + ".")),
        "olive");
    answers.setOutcome(ref, question, outcome, "olive");
  }

  private void cite(String ref, int question, String code) {
    // a public interest test only where the provision has one (s.17(3); FOIA s.2)
    boolean test = ProvisionCatalogue.classify(code).publicInterestTest();
    citations.cite(
        ref,
        question,
        new CitationInput(
            code,
            "Why it applies.",
            test ? "For disclosure." : null,
            test ? "Against disclosure." : null,
            test ? "The balance favours withholding." : null),
        "olive");
  }

  private void send(String ref, LocalDate on) {
    sending.send(ref, on, true, "olive");
  }

  private static long version(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().version);
  }

  // --- expected figures, by hand (see the class comment) ----------------------------------------

  /** Measure name to expected value for a period label; every figure of the tables. */
  static Map<String, String> expected(String period) {
    Map<String, String> m = new HashMap<>();
    switch (period) {
      case "Q1 2019 (Jan to Mar)" -> {
        put(
            m,
            "Requests and timeliness",
            "Received",
            "4",
            "Resolved",
            "4",
            "Not yet resolved",
            "0",
            "Met deadline",
            "3",
            "Permitted extension",
            "0",
            "In time",
            "3",
            "Late",
            "1",
            "Timeliness not known",
            "0",
            "Percent in time",
            "75.0",
            "ICO band",
            "Unsatisfactory");
        put(
            m,
            "Outcome of resolved requests",
            "Resolved",
            "4",
            "Resolvable",
            "3",
            "Granted in full",
            "1",
            "Partly withheld",
            "1",
            "Fully withheld",
            "0",
            "Information not held",
            "1",
            "Refused on cost (s.12)",
            "1",
            "Vexatious (s.14(1))",
            "0",
            "Repeated (s.14(2))",
            "0");
        put(
            m,
            "Internal reviews",
            "Requested",
            "1",
            "Decided",
            "1",
            "Upheld",
            "0",
            "Partly overturned",
            "0",
            "Overturned",
            "1");
      }
      case "Q2 2019 (Apr to Jun)" -> {
        put(
            m,
            "Requests and timeliness",
            "Received",
            "4",
            "Resolved",
            "3",
            "Not yet resolved",
            "1",
            "Met deadline",
            "2",
            "Permitted extension",
            "1",
            "In time",
            "3",
            "Late",
            "0",
            "Timeliness not known",
            "0",
            "Percent in time",
            "75.0",
            "ICO band",
            "Unsatisfactory",
            "Open past deadline",
            "1",
            "Still pending, not yet due",
            "0",
            "Lapsed or withdrawn",
            "0",
            "On hold",
            "0");
        put(
            m,
            "Outcome of resolved requests",
            "Resolved",
            "3",
            "Resolvable",
            "3",
            "Granted in full",
            "1",
            "Partly withheld",
            "0",
            "Fully withheld",
            "1",
            "Information not held",
            "0",
            "Refused on cost (s.12)",
            "0",
            "Vexatious (s.14(1))",
            "1",
            "Repeated (s.14(2))",
            "0");
        put(
            m,
            "Internal reviews",
            "Requested",
            "1",
            "Decided",
            "1",
            "Upheld",
            "1",
            "Partly overturned",
            "0",
            "Overturned",
            "0");
      }
      case "Year 2019", "Total" -> {
        put(
            m,
            "Requests and timeliness",
            "Received",
            "8",
            "Resolved",
            "7",
            "Not yet resolved",
            "1",
            "Met deadline",
            "5",
            "Permitted extension",
            "1",
            "In time",
            "6",
            "Late",
            "1",
            "Timeliness not known",
            "0",
            "Percent in time",
            "75.0",
            "Open past deadline",
            "1",
            "ICO band",
            "Unsatisfactory");
        put(
            m,
            "Outcome of resolved requests",
            "Resolved",
            "7",
            "Resolvable",
            "6",
            "Granted in full",
            "2",
            "Partly withheld",
            "1",
            "Fully withheld",
            "1",
            "Information not held",
            "1",
            "Refused on cost (s.12)",
            "1",
            "Vexatious (s.14(1))",
            "1",
            "Repeated (s.14(2))",
            "0");
        put(
            m,
            "Internal reviews",
            "Requested",
            "2",
            "Decided",
            "2",
            "Upheld",
            "1",
            "Partly overturned",
            "0",
            "Overturned",
            "1");
      }
      default -> {
        put(
            m,
            "Requests and timeliness",
            "Received",
            "0",
            "Resolved",
            "0",
            "Late",
            "0",
            "Percent in time",
            "",
            "ICO band",
            "");
        put(m, "Internal reviews", "Requested", "0");
      }
    }
    return m;
  }

  private static void put(Map<String, String> m, String table, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(table + "|" + pairs[i], pairs[i + 1]);
    }
  }

  static final List<String> PERIODS =
      List.of(
          "Q1 2019 (Jan to Mar)",
          "Q2 2019 (Apr to Jun)",
          "Q3 2019 (Jul to Sep)",
          "Year 2019",
          "Total");

  // --- the page -------------------------------------------------------------------------------

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void pageShowsTheHandComputedFigures() {
    String html =
        given()
            .get("/audit/statistics?year=2019&regime=FOIA")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("#selection").text()).isEqualTo("2019, FOIA");
    int checked = 0;
    for (String table : List.of("table-timeliness", "table-outcomes", "table-reviews")) {
      Element t = doc.getElementById(table);
      assertThat(t.selectFirst("caption")).isNotNull();
      String tableName =
          switch (table) {
            case "table-timeliness" -> "Requests and timeliness";
            case "table-outcomes" -> "Outcome of resolved requests";
            default -> "Internal reviews";
          };
      List<String> headers = t.select("thead th").eachText();
      assertThat(t.select("thead th").eachAttr("scope")).containsOnly("col");
      for (Element row : t.select("tbody tr")) {
        assertThat(row.selectFirst("th[scope=row]")).isNotNull();
        String period = row.selectFirst("th").text();
        if (!PERIODS.contains(period)) {
          continue;
        }
        Map<String, String> expected = expected(period);
        List<Element> cells = row.select("th, td");
        for (int i = 1; i < cells.size(); i++) {
          String key = tableName + "|" + headers.get(i);
          if (expected.containsKey(key)) {
            checked++;
            String shown = cells.get(i).text().replace("%", "");
            String want = expected.get(key);
            if (want.isEmpty()) {
              assertThat(shown).as(period + " " + key).isIn("No responses timed", "None");
            } else {
              assertThat(shown).as(period + " " + key).isEqualTo(want);
            }
          }
        }
      }
    }
    assertThat(checked).as("figures compared").isGreaterThan(80);
    assertThat(doc.select("#table-timeliness tbody tr").eachAttr("data-period"))
        .containsExactly("2019 Q1", "2019 Q2", "2019 Q3", "2019 Q4", "2019", "total");
    Map<String, String> exemptions = new HashMap<>();
    for (Element row : doc.select("#table-exemptions tbody tr")) {
      exemptions.put(row.select("th").text(), row.select("td").text());
    }
    assertThat(exemptions).containsExactlyInAnyOrderEntriesOf(Map.of("s.40(2)", "1", "s.43", "1"));

    // a chart beside each table: inline SVG labelled by its title and description, no script
    assertThat(doc.select("svg[role=img]")).hasSize(4);
    for (Element svg : doc.select("svg[role=img]")) {
      String[] ids = svg.attr("aria-labelledby").split(" ");
      assertThat(svg.getElementById(ids[0]).tagName()).isEqualTo("title");
      assertThat(svg.getElementById(ids[1]).tagName()).isEqualTo("desc");
    }
    assertThat(doc.select("[style]")).isEmpty();
    assertThat(doc.select("script:not([src])")).isEmpty();
    assertThat(doc.getElementById("chart-timeliness-desc").text())
        .contains("Q1 2019 (Jan to Mar): 75.0%", "Q2 2019 (Apr to Jun): 75.0%", "Year 2019: 75.0%");
    assertThat(doc.select("svg:has(#chart-outcomes) rect")).hasSize(9);
    // no personal data
    assertThat(html).doesNotContain("Stella", "example.org");
    assertThat(doc.select("a[href=/audit/statistics.csv?year=2019&regime=FOIA]")).hasSize(1);
    assertThat(doc.select("nav a[href=/audit/refusals]")).hasSize(1);
    assertThat(doc.select("nav a[href=/audit/statistics]")).hasSize(1);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void leicesterHasNoDateAndIsCountedApart() {
    Document doc =
        Jsoup.parse(given().get("/audit/statistics").then().statusCode(200).extract().asString());
    Element notStated = doc.selectFirst("#table-timeliness tr[data-period=not-stated]");
    assertThat(notStated).isNotNull();
    assertThat(Integer.parseInt(notStated.selectFirst("td[data-measure=received]").text()))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            doc.select("#table-timeliness tr[data-period='2019 Q1'] td[data-measure=received]")
                .text())
        .isEqualTo("4");
  }

  @Inject StatisticsService statistics;

  /**
   * When a count is slow (a million requests take a minute), a change does not make the next reader
   * wait for a recount: the page shows the last figures, says a recount is under way, and the new
   * figures follow. Here every count counts as slow.
   */
  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void afterAChangeASlowCountIsRedoneInTheBackgroundWhileTheLastFiguresShow() throws Exception {
    Duration was = statistics.recountWhileWaiting(Duration.ofNanos(-1));
    try {
      int before = received(statisticsPage());
      assertThat(counted(statisticsPage())).startsWith("Counted from ").doesNotContain("under way");
      log("Recount", LocalDate.of(2018, 7, 2), 1);
      Document stale = statisticsPage();
      assertThat(received(stale)).isEqualTo(before);
      assertThat(counted(stale)).endsWith("a recount after the latest changes is under way.");
      // reload the page as an auditor would until the background recount shows (30 s at most)
      Instant deadline = Instant.now().plusSeconds(30);
      Document now = stale;
      while (received(now) == before && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        now = statisticsPage();
      }
      assertThat(received(now)).isEqualTo(before + 1);
      assertThat(counted(now)).doesNotContain("under way");
    } finally {
      statistics.recountWhileWaiting(was);
    }
  }

  private static Document statisticsPage() {
    return Jsoup.parse(
        given().get("/audit/statistics?year=2018").then().statusCode(200).extract().asString());
  }

  private static int received(Document page) {
    return Integer.parseInt(
        page.select("#table-timeliness tr[data-period='2018 Q3'] td[data-measure=received]")
            .text());
  }

  private static String counted(Document page) {
    return page.select("#counted").text();
  }

  // --- the exports ----------------------------------------------------------------------------

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void csvHasTheSameFigures() throws Exception {
    var response =
        given().get("/audit/statistics.csv?year=2019&regime=FOIA").then().statusCode(200).extract();
    assertThat(response.contentType()).startsWith("text/csv");
    assertThat(response.header("Content-Disposition")).contains("foi-statistics-2019-foia.csv");
    byte[] bytes = response.asByteArray();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    Map<String, String> got = new HashMap<>();
    for (CSVRecord r : records) {
      got.put(r.get("Period") + "|" + r.get("Table") + "|" + r.get("Measure"), r.get("Value"));
    }
    assertAgrees(got);
    assertThat(got)
        .containsEntry("Total|Exemptions applied|s.40(2)", "1")
        .containsEntry("Total|Exemptions applied|s.43", "1");
    assertThat(text).doesNotContain("Stella", "example.org");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void xlsxHasTheSameFigures() throws Exception {
    byte[] bytes =
        given()
            .get("/audit/statistics.xlsx?year=2019&regime=FOIA")
            .then()
            .statusCode(200)
            .contentType(StatsExports.XLSX_TYPE)
            .extract()
            .asByteArray();
    Map<String, String> got = new HashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("Statistics");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Value");
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row r = sheet.getRow(i);
        Cell v = r.getCell(3);
        String value =
            v.getCellType() == CellType.NUMERIC
                ? new java.math.BigDecimal(String.valueOf(v.getNumericCellValue()))
                    .stripTrailingZeros()
                    .toPlainString()
                : v.getStringCellValue();
        got.put(
            r.getCell(1).getStringCellValue()
                + "|"
                + r.getCell(0).getStringCellValue()
                + "|"
                + r.getCell(2).getStringCellValue(),
            value);
      }
    }
    assertAgrees(got);
  }

  private static void assertAgrees(Map<String, String> got) {
    for (String period : PERIODS) {
      for (Map.Entry<String, String> e : expected(period).entrySet()) {
        String key = period + "|" + e.getKey();
        assertThat(got).as(key).containsKey(key);
        String value = got.get(key);
        String want = e.getValue();
        if (want.matches("\\d+\\.\\d")) {
          assertThat(new java.math.BigDecimal(value)).as(key).isEqualByComparingTo(want);
        } else {
          assertThat(value).as(key).isEqualTo(want);
        }
      }
    }
  }

  // --- access ---------------------------------------------------------------------------------

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officersAreRefused() {
    given().get("/audit/statistics").then().statusCode(403);
    given().get("/audit/statistics.csv").then().statusCode(403);
    given().get("/audit/statistics.xlsx").then().statusCode(403);
  }

  @Test
  void anonymousIsSentToSignIn() {
    for (String path :
        List.of("/audit/statistics", "/audit/statistics.csv", "/audit/statistics.xlsx")) {
      int status = given().redirects().follow(false).get(path).then().extract().statusCode();
      assertThat(status).as(path).isIn(302, 401);
    }
  }
}
