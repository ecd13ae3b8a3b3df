package uk.foitracker.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.Citations;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.web.Clocks;
import uk.foitracker.web.DateField;

/**
 * The refusals page and the findings API read every request a batch at a time (3 in tests) into a
 * summary, and show a page of cases at a time (2 here): these tests walk every page and check that
 * the order is worst first across pages, that filters hold across pages, and that the summary
 * follows changes to requests and the date.
 *
 * <p>Six cases received in 2017 refuse question 1 under s.31 and are assigned to "rita"; every
 * other one was sent 30 working days late. One more, received on 1 March 2017, was never answered.
 */
@QuarkusTest
class RefusalsPagingTest {
  static final String REQUESTER = "Zebedee Requesterson";
  static final String PROVISION = "FOIA-31";
  static final int CASES = 6;
  private static final List<String> refs = new ArrayList<>();
  private static String unanswered;

  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Citations citations;
  @Inject Sending sending;
  @Inject ReviewService review;

  private int pageSizeWas;
  private Duration waitWas;

  @BeforeEach
  void data() {
    pageSizeWas = review.pageSize(2);
    // every review here is redone while the reader waits, however long it takes on this machine
    waitWas = review.rebuildWhileWaiting(Duration.ofHours(1));
    AuditFixtures.lateCommercialRefusal();
    synchronized (RefusalsPagingTest.class) {
      if (!refs.isEmpty()) {
        return;
      }
      for (int i = 0; i < CASES; i++) {
        LocalDate received = LocalDate.of(2017, 1, 9).plusWeeks(i);
        String ref = log("Paging " + i, received, 2);
        answers.saveAnswer(
            ref, null, new AnswerInput(List.of(1), List.of("Withheld under s.31.")), "olive");
        answers.setOutcome(ref, 1, "REFUSED_EXEMPTION", "olive");
        answers.saveAnswer(
            ref, null, new AnswerInput(List.of(2), List.of("There were 12.")), "olive");
        answers.setOutcome(ref, 2, "PROVIDED_IN_FULL", "olive");
        citations.cite(
            ref,
            1,
            new CitationInput(
                PROVISION,
                "It would prejudice the prevention of crime.",
                "Openness about policing.",
                "Offenders would learn what is watched.",
                "The balance favours withholding."),
            "olive");
        sending.send(ref, received.plusDays(i % 2 == 0 ? 5 : 70), true, "olive");
        officer.assign(ref, version(ref), "rita", "olive");
        refs.add(ref);
      }
      unanswered = log("Paging unanswered", LocalDate.of(2017, 3, 1), 1);
    }
  }

  @AfterEach
  void settings() {
    review.pageSize(pageSizeWas);
    review.rebuildWhileWaiting(waitWas);
  }

  private String log(String name, LocalDate received, int questions) {
    List<QuestionDraft> qs = new ArrayList<>();
    for (int n = 1; n <= questions; n++) {
      qs.add(new QuestionDraft(String.valueOf(n), name + " question " + n + "?"));
    }
    return officer
        .log(
            new NewRequest(
                "FOIA",
                DateField.of(received),
                "EMAIL",
                "Paging test " + name,
                REQUESTER,
                "zebedee@example.org",
                "Please tell me about " + name + ".",
                null,
                qs,
                null),
            "olive",
            false)
        .reference();
  }

  private static long version(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().version);
  }

  private static long id(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().id);
  }

  // --- walking the pages -----------------------------------------------------------------------

  /** A case as a page shows it: its worst finding and how many findings it shows. */
  record Shown(String id, int worst, int findings, List<String> questions) {
    static Shown of(Element c) {
      List<String> severities = c.select(".app-finding").eachAttr("data-severity");
      int worst =
          severities.stream()
              .mapToInt(s -> Severity.valueOf(s).ordinal())
              .min()
              .orElse(Severity.values().length);
      return new Shown(
          c.attr("data-case"),
          worst,
          severities.size(),
          c.select("tr[data-question]").eachAttr("data-question"));
    }
  }

  static final Comparator<Shown> WORST_FIRST =
      Comparator.comparingInt(Shown::worst)
          .thenComparing(Shown::findings, Comparator.reverseOrder());

  static Document page(String query) {
    Response r = given().get("/audit/refusals" + query);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return Jsoup.parse(r.asString());
  }

  /** Every case of every page of the refusals page with a filter, following the "Next" links. */
  static List<Shown> everyPage(String query, List<Document> pages) {
    List<Shown> cases = new ArrayList<>();
    String next = "/audit/refusals" + query;
    while (next != null) {
      Document doc = page(next.substring("/audit/refusals".length()));
      pages.add(doc);
      List<Element> shown = doc.select("[data-case]");
      assertThat(shown).hasSizeLessThanOrEqualTo(2);
      shown.forEach(c -> cases.add(Shown.of(c)));
      Element link = doc.selectFirst(".govuk-pagination a[rel=next]");
      next = link == null ? null : link.attr("href");
    }
    return cases;
  }

  static int[] counts(Document doc) {
    Matcher m =
        Pattern.compile("(\\d+) questions? in (\\d+) cases?")
            .matcher(doc.select("#result-count").text());
    assertThat(m.find()).as(doc.select("#result-count").text()).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  // --- the tests -------------------------------------------------------------------------------

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void everyPageTogetherIsWorstFirstAndEachCaseIsShownOnce() {
    List<Document> pages = new ArrayList<>();
    List<Shown> cases = everyPage("", pages);
    assertThat(pages.size()).isGreaterThanOrEqualTo(4);
    assertThat(cases).isSortedAccordingTo(WORST_FIRST);
    assertThat(cases.stream().map(Shown::id).distinct().count()).isEqualTo(cases.size());
    int[] counts = counts(pages.get(0));
    assertThat(cases).hasSize(counts[1]);
    assertThat(cases.stream().mapToInt(c -> c.questions().size()).sum()).isEqualTo(counts[0]);
    for (String ref : refs) {
      assertThat(cases).extracting(Shown::id).contains(String.valueOf(id(ref)));
    }
    // the late cases have a HIGH finding more than those sent on time, so come before them
    List<String> order = cases.stream().map(Shown::id).toList();
    assertThat(order.indexOf(String.valueOf(id(refs.get(1)))))
        .isLessThan(order.indexOf(String.valueOf(id(refs.get(0)))));
    assertThat(pages.get(1).select(".govuk-pagination__item--current").text()).isEqualTo("2");
    assertThat(pages.get(1).select("#result-count").text()).contains("Showing cases 3 to 4");
    for (Document doc : pages) {
      assertThat(doc.text()).doesNotContain(REQUESTER).doesNotContain("zebedee@example.org");
    }
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void filtersHoldAcrossPages() {
    List<Document> pages = new ArrayList<>();
    List<Shown> cases = everyPage("?provision=" + PROVISION + "&year=2017&officer=rita", pages);
    assertThat(pages).hasSize(3);
    assertThat(cases)
        .extracting(Shown::id)
        .containsExactlyInAnyOrderElementsOf(
            refs.stream().map(r -> String.valueOf(id(r))).toList());
    assertThat(cases).isSortedAccordingTo(WORST_FIRST);
    assertThat(cases).allSatisfy(c -> assertThat(c.questions()).containsExactly("1"));
    assertThat(counts(pages.get(2))).containsExactly(CASES, CASES);
    // the pagination links keep the filter
    assertThat(pages.get(0).selectFirst(".govuk-pagination a[rel=next]").attr("href"))
        .isEqualTo("/audit/refusals?provision=FOIA-31&year=2017&officer=rita&page=2");
    assertThat(pages.get(1).select("#officer option[selected]").attr("value")).isEqualTo("rita");

    List<Shown> late = everyPage("?provision=" + PROVISION + "&outcome=REFUSED_EXEMPTION", pages);
    assertThat(late).hasSize(CASES);
    assertThat(everyPage("?provision=" + PROVISION + "&outcome=NOT_HELD", new ArrayList<>()))
        .isEmpty();
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void badPagesAreExplained() {
    for (String bad : List.of("0", "abc", "-1", "1.5")) {
      String html =
          given().get("/audit/refusals?page=" + bad).then().statusCode(400).extract().asString();
      Document doc = Jsoup.parse(html);
      assertThat(doc.select(".govuk-error-summary").text())
          .contains("Page must be a whole number, 1 or more");
      assertThat(doc.select(".govuk-error-summary a").attr("href")).isEqualTo("#result-count");
      assertThat(doc.title()).startsWith("Error:");
    }
    Document beyond =
        Jsoup.parse(
            given()
                .get("/audit/refusals?provision=FOIA-31&year=2017&page=9")
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertThat(beyond.select(".govuk-error-summary").text())
        .contains("Page 9 does not exist: there are 3 pages");
    assertThat(beyond.select("[data-case]")).isEmpty();

    given()
        .get("/api/audit/findings?page=abc")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("page"));
    given()
        .get("/api/audit/findings?page=100000")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("does not exist"));
  }

  /** Every finding of every page of the API, by case reference, following the Link header. */
  static Map<String, List<String>> everyApiPage(List<Response> pages) {
    Map<String, List<String>> byCase = new LinkedHashMap<>();
    String next = "/api/audit/findings";
    String previousCase = null;
    while (next != null) {
      Response r = given().get(next);
      assertThat(r.statusCode()).isEqualTo(200);
      pages.add(r);
      List<Map<String, Object>> findings = r.jsonPath().getList("$");
      List<String> casesOfPage = new ArrayList<>();
      for (Map<String, Object> f : findings) {
        String ref = f.get("reference") + "|" + f.get("title");
        if (!ref.equals(previousCase)) {
          assertThat(byCase).as("each case's findings are together").doesNotContainKey(ref);
          byCase.put(ref, new ArrayList<>());
          casesOfPage.add(ref);
        }
        byCase.get(ref).add((String) f.get("severity"));
        previousCase = ref;
      }
      assertThat(casesOfPage).hasSizeLessThanOrEqualTo(2);
      Matcher m = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(r.header("Link"));
      next = m.find() ? m.group(1) : null;
    }
    return byCase;
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theApiPagesByCaseWorstFirstOverall() {
    List<Response> pages = new ArrayList<>();
    Map<String, List<String>> byCase = everyApiPage(pages);
    assertThat(pages.size()).isGreaterThanOrEqualTo(4);
    List<Shown> order = new ArrayList<>();
    byCase.forEach(
        (ref, severities) -> {
          assertThat(severities)
              .isSortedAccordingTo(Comparator.comparingInt(s -> Severity.valueOf(s).ordinal()));
          order.add(
              new Shown(
                  ref,
                  Severity.valueOf(severities.get(0)).ordinal(),
                  severities.size(),
                  List.of()));
        });
    assertThat(order).isSortedAccordingTo(WORST_FIRST);
    Response first = pages.get(0);
    assertThat(Integer.parseInt(first.header("X-Case-Count"))).isEqualTo(byCase.size());
    assertThat(Long.parseLong(first.header("X-Total-Count")))
        .isEqualTo(byCase.values().stream().mapToLong(List::size).sum());
    assertThat(first.header("Link"))
        .contains("</api/audit/findings?page=1>; rel=\"first\"")
        .contains("</api/audit/findings?page=2>; rel=\"next\"")
        .doesNotContain("rel=\"prev\"");
    assertThat(pages.get(1).header("Link")).contains("</api/audit/findings?page=1>; rel=\"prev\"");
    assertThat(byCase.keySet()).anyMatch(k -> k.contains("Paging test Paging 1"));
    for (Response r : pages) {
      assertThat(r.asString()).doesNotContain(REQUESTER).doesNotContain("zebedee@");
    }
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void anOfficersChangeShowsOnTheNextView() {
    String ref = refs.get(2);
    String query = "?provision=" + PROVISION + "&year=2017&outcome=NOT_HELD";
    assertThat(everyPage(query, new ArrayList<>())).isEmpty();
    int[] before = counts(page(""));
    answers.setOutcome(ref, 1, "NOT_HELD", "olive");
    try {
      List<Shown> after = everyPage(query, new ArrayList<>());
      assertThat(after).extracting(Shown::id).containsExactly(String.valueOf(id(ref)));
      assertThat(counts(page(""))).containsExactly(before[0], before[1]);
      answers.setOutcome(ref, 2, "NOT_HELD", "olive");
      // question 2 (provided in full) is now refused too: one more question, the same cases
      assertThat(counts(page(""))).containsExactly(before[0] + 1, before[1]);
      answers.setOutcome(ref, 2, "PROVIDED_IN_FULL", "olive");
    } finally {
      answers.setOutcome(ref, 1, "REFUSED_EXEMPTION", "olive");
    }
    assertThat(counts(page(""))).containsExactly(before[0], before[1]);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aMarkGoesBackToThePageOfItsCaseAndShowsThere() {
    String query = "?provision=" + PROVISION + "&year=2017&officer=rita";
    List<Shown> cases = everyPage(query, new ArrayList<>());
    Shown last = cases.get(cases.size() - 1);
    Document page3 = page(query + "&page=3");
    Element finding = page3.selectFirst("[data-case=" + last.id() + "] .app-finding");
    Element form = finding.selectFirst("form");
    assertThat(form.select("input[type=hidden]").eachAttr("name"))
        .contains("provision", "year", "officer");
    Response posted = mark(form, "ACCEPTED", "Checked on page three.", false);
    assertThat(posted.statusCode()).isEqualTo(303);
    String location = posted.header("Location");
    assertThat(location)
        .endsWith(
            "/audit/refusals?provision=FOIA-31&year=2017&officer=rita&page=3#" + finding.id());
    String path =
        location.substring(location.indexOf("/audit/refusals") + "/audit/refusals".length());
    Document back = page(path.substring(0, path.indexOf('#')));
    assertThat(back.getElementById(finding.id()).select(".app-finding__mark").text())
        .contains("Accepted")
        .contains("Checked on page three.");

    // a mark without a note: the page of its case again, with the error and the filter kept
    Response rejected = mark(form, "DISPUTED", "", true);
    assertThat(rejected.statusCode()).isEqualTo(400);
    Document doc = Jsoup.parse(rejected.asString());
    assertThat(doc.select(".govuk-error-summary").text()).contains("Enter a note");
    assertThat(doc.getElementById(finding.id()).select(".govuk-error-message").text())
        .contains("Enter a note");
    assertThat(doc.select(".govuk-pagination__item--current").text()).isEqualTo("3");
    assertThat(doc.select("#year option[selected]").attr("value")).isEqualTo("2017");
  }

  /** Posts a mark form of the page, with the filter it carries. */
  private static Response mark(Element form, String verdict, String note, boolean follow) {
    Response get = given().get("/audit/refusals");
    String token = Jsoup.parse(get.asString()).selectFirst("input[name=csrf-token]").val();
    var post =
        given()
            .redirects()
            .follow(follow)
            .cookie("csrf-token", get.cookie("csrf-token"))
            .contentType("application/x-www-form-urlencoded")
            .formParam("csrf-token", token)
            .formParam("verdict", verdict)
            .formParam("note", note);
    for (Element input : form.select("input[type=hidden]")) {
      if (!input.attr("name").equals("csrf-token")) {
        post.formParam(input.attr("name"), input.val());
      }
    }
    return post.post("/audit/refusals/marks");
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theSummaryIsMadeAgainWhenTheDateChanges() {
    // received Wed 1 March 2017, never answered: due Wed 29 March 2017
    String ref = unanswered;
    String title = "Paging test Paging unanswered";
    // a change first, so that the summary is made afresh on 2 March whatever came before
    String assignee =
        QuarkusTransaction.requiringNew()
            .call(() -> FoiRequest.findByReference(ref).orElseThrow().assignedTo);
    officer.assign(ref, version(ref), assignee == null ? "tess" : "", "olive");
    set(LocalDate.of(2017, 3, 2));
    List<Response> pages = new ArrayList<>();
    assertThat(consistent(everyApiPage(pages), pages).keySet()).noneMatch(k -> k.endsWith(title));
    // nothing changes but the date
    set(LocalDate.of(2017, 5, 2));
    pages.clear();
    Map<String, List<String>> overdue = consistent(everyApiPage(pages), pages);
    assertThat(overdue.get(reference(ref) + "|" + title)).containsExactly("HIGH");
  }

  /** The totals of the headers are those of the findings shown: the summary is not behind. */
  private static Map<String, List<String>> consistent(
      Map<String, List<String>> byCase, List<Response> pages) {
    assertThat(Integer.parseInt(pages.get(0).header("X-Case-Count"))).isEqualTo(byCase.size());
    assertThat(Long.parseLong(pages.get(0).header("X-Total-Count")))
        .isEqualTo(byCase.values().stream().mapToLong(List::size).sum());
    return byCase;
  }

  private static String reference(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().systemReference);
  }

  private static void set(LocalDate today) {
    QuarkusMock.installMockForType(
        Clock.fixed(today.atTime(12, 0).atZone(Clocks.UK).toInstant(), Clocks.UK), Clock.class);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void aSlowReviewIsRemadeInTheBackgroundWhileTheLastShows() throws Exception {
    review.rebuildWhileWaiting(Duration.ofNanos(-1));
    String ref = refs.get(4);
    String query = "?provision=" + PROVISION + "&year=2017&outcome=NOT_HELD";
    page("");
    answers.setOutcome(ref, 1, "NOT_HELD", "olive");
    try {
      Document stale = page(query);
      assertThat(stale.select("#reviewed").text()).contains("a review after the latest changes");
      Instant deadline = Instant.now().plusSeconds(30);
      Document now = stale;
      while (now.select("[data-case]").isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        now = page(query);
      }
      assertThat(now.select("[data-case]").eachAttr("data-case"))
          .containsExactly(String.valueOf(id(ref)));
      assertThat(now.select("#reviewed").text()).doesNotContain("under way");
    } finally {
      review.rebuildWhileWaiting(Duration.ofHours(1));
      answers.setOutcome(ref, 1, "REFUSED_EXEMPTION", "olive");
    }
  }
}
