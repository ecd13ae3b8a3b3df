package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.browser.XssProbe.Shown;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.Citations;
import uk.foitracker.compose.CostAssessments;
import uk.foitracker.compose.Notices;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.compose.ResponseInputs.CostLineInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.publication.Publishing;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.status.FailedAttempts;
import uk.foitracker.web.DateField;
import uk.foitracker.web.OwnDatabase;

/**
 * XSS in a real browser. The corpus ({@code xss-payloads.txt}, 165 payloads, shared with the
 * server-side XssTest) goes into every field an officer, an auditor or the public can fill: the
 * bulk through the officer's and auditor's services (the fastest honest path: the same verbs the
 * forms call), one request through every officer form in the browser, and every form once more in
 * the browser with input it refuses, so the page that shows the typed text again is checked too.
 * Short fields take the payloads in turns, so they are spread over as many requests as it takes.
 *
 * <p>Then every page that shows them is opened in headless Chromium, first with the
 * Content-Security-Policy and then with it turned off in the browser, and checked by {@link
 * XssProbe}: no payload's marker ({@code alert(field * 1000 + payload)}) is called, no other dialog
 * or CSP violation happens, no element or attribute the templates never write appears, and each
 * payload the page shows is there as text.
 */
@QuarkusTest
@TestProfile(XssBrowserTest.Isolated.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssBrowserTest {
  /**
   * An H2 database and search index of its own, also in the PostgreSQL tier: a hundred requests and
   * two dozen published cases full of payloads would crowd the shared one's lists and feed.
   */
  public static class Isolated implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return OwnDatabase.named("xss", Map.of());
    }
  }

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  static final List<String> CORPUS = XssProbe.corpus();
  static final int SIZE = CORPUS.size();
  static final String OFFICER = "olive";
  static final String INNOCUOUS_NAME = "Yolanda Vexley-Ormsby";
  static final String INNOCUOUS_CONTACT = "yvo@example.org";

  /** Every field a person can fill, with its marker prefix (alert(code * 1000 + payload)). */
  enum Field {
    SUMMARY("summary"),
    REQUESTER_NAME("requester's name"),
    REQUESTER_CONTACT("requester's contact"),
    REQUEST_TEXT("request text"),
    INTRODUCTION("introduction"),
    CLOSING_TEXT("closing text"),
    QUESTION("question"),
    ANSWER("answer text"),
    TABLE_CAPTION("table caption"),
    TABLE_CORNER("table corner label"),
    COLUMN_GROUP("column group"),
    COLUMN_HEADING("column heading"),
    ROW_HEADER("row header"),
    TABLE_CELL("table cell"),
    CITATION_REASONS("citation reasons"),
    PI_FOR("public interest for"),
    PI_AGAINST("public interest against"),
    PI_CONCLUSION("public interest conclusion"),
    COST_BASIS("cost basis"),
    COST_STATEMENT("cost statement"),
    COST_ADVICE("cost advice"),
    NOTICE_REVIEW("notice: review procedure"),
    NOTICE_COMPLAINT("notice: complaint rights"),
    LICENCE("licence statement"),
    WITHHOLD_REASON("withhold reason"),
    CORRECTION_REASON("correction note"),
    REVIEWER("internal reviewer"),
    REVIEW_REASONS("internal review reasons"),
    FINDING_NOTE("auditor's finding note"),
    ASSIGNEE("assignee"),
    SLUG("web address"),
    DATE("date fields"),
    SEARCH("search box"),
    FILTER_OUTCOME("filter: outcome"),
    FILTER_PROVISION("filter: provision"),
    FILTER_REGIME("filter: regime"),
    FILTER_YEAR("filter: year"),
    FILTER_FIXED("filter: order, page, page keys"),
    QUEUE_ASSIGNEE("work queue filter: assignee"),
    QUEUE_PARAMS("work queue filters: state, regime, order, page"),
    STATUS_REFERENCE("status: reference"),
    STATUS_CODE("status: access code"),
    ADDRESS("web address path");

    final String label;

    Field(String label) {
      this.label = label;
    }

    int code() {
      return ordinal() + 1;
    }

    /** Payload {@code i} as entered in this field: its marker numbered for the field. */
    String text(int i) {
      return XssProbe.mark(CORPUS.get(i), code() * XssProbe.FIELD_STEP + i);
    }

    /** Payloads {@code indexes} joined. */
    String join(List<Integer> indexes, String separator) {
      return indexes.stream().map(this::text).collect(Collectors.joining(separator));
    }

    List<Integer> all() {
      return IntStream.range(0, SIZE).boxed().toList();
    }

    String full(String separator) {
      return join(all(), separator);
    }

    /** The payloads in order, packed into values of at most {@code limit} characters. */
    List<List<Integer>> chunks(int limit, String separator) {
      List<List<Integer>> out = new ArrayList<>();
      List<Integer> current = new ArrayList<>();
      int length = 0;
      for (int i = 0; i < SIZE; i++) {
        int add = text(i).length() + (current.isEmpty() ? 0 : separator.length());
        if (!current.isEmpty() && length + add > limit) {
          out.add(current);
          current = new ArrayList<>();
          add = text(i).length();
          length = 0;
        }
        if (add > limit) {
          throw new IllegalStateException(this + ": payload " + i + " is longer than " + limit);
        }
        current.add(i);
        length += add;
      }
      out.add(current);
      return out;
    }
  }

  /** The pages that show what was entered. */
  static final String REQUEST_PAGE = "officer's request page";

  static final String COMPOSER = "response composer";
  static final String LETTER = "response letter (HTML)";
  static final String AUDIT_PAGE = "auditor's request page";
  static final String CASE_PAGE = "public case page";
  static final String VERSION_PAGE = "public case version page";
  static final String QUEUE = "work queue";
  static final String AUDIT_LIST = "auditor's request list";
  static final String REFUSALS = "auditor's refusals page";
  static final String LOG = "disclosure log";
  static final String SEARCH_RESULTS = "search results";
  static final String STATUS_RESULT = "status result";
  static final String ERROR_PAGE = "error page";
  static final String FORM_AGAIN = "form shown again with the errors";

  /** A request planted for the test, and which payloads went into which of its fields. */
  static final class Rec {
    final String label;
    String ref;
    String code;
    String slug;
    boolean editable = true;
    boolean withheldNow;
    boolean published;
    boolean corrected;
    boolean reviewDecided;
    boolean costItemised;
    boolean noticeRequired;
    boolean qualifiedGround;
    boolean findingToMark;
    final Map<Field, List<Integer>> fields = new EnumMap<>(Field.class);

    Rec(String label) {
      this.label = label;
    }

    Rec put(Field f, List<Integer> indexes) {
      fields.merge(
          f,
          indexes,
          (a, b) -> {
            List<Integer> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
          });
      return this;
    }

    List<Shown> shows(Field... fs) {
      List<Shown> out = new ArrayList<>();
      for (Field f : fs) {
        for (int i : fields.getOrDefault(f, List.of())) {
          out.add(new Shown(f.label, i, shownText(f, i)));
        }
      }
      return out;
    }
  }

  /** How a payload reads once stored: table cells lose tabs (control characters are refused). */
  static String shownText(Field f, int i) {
    String t = f.text(i);
    return switch (f) {
      case TABLE_CORNER, COLUMN_GROUP, COLUMN_HEADING, ROW_HEADER, TABLE_CELL ->
          t.replace('\t', ' ').strip();
      default -> t;
    };
  }

  static final List<Rec> RECORDS = new ArrayList<>();

  /** Open requests, one per summary chunk, for the lists of open requests. */
  static final List<Rec> OPEN = new ArrayList<>();

  static Rec full;
  static Rec editable;
  static Rec awaitingDecision;
  static Rec sentOnly;
  static Rec browserMade;
  static XssProbe probe;
  static boolean hooked;

  @Inject OfficerRequests officer;
  @Inject InternalReviews reviews;
  @Inject Answers answers;
  @Inject CostAssessments costs;
  @Inject Notices notices;
  @Inject Citations citations;
  @Inject Sending sending;
  @Inject Publishing publishing;
  @Inject FailedAttempts attempts;
  @Inject Clock clock;

  // ---------------------------------------------------------------------------------------------
  // 1. Planting, through the services

  @Test
  @Order(1)
  void plantEveryPayloadInEveryFieldThroughTheServices() {
    assertThat(SIZE).as("payloads in the corpus").isGreaterThanOrEqualTo(150);
    probe = new XssProbe(browser, SIZE);
    List<List<Integer>> summaries = Field.SUMMARY.chunks(300, " ");
    List<List<Integer>> names = Field.REQUESTER_NAME.chunks(200, " ");
    List<List<Integer>> contacts = Field.REQUESTER_CONTACT.chunks(400, " ");
    List<List<Integer>> reviewers = Field.REVIEWER.chunks(100, " ");
    List<List<Integer>> licences = Field.LICENCE.chunks(2000, "\n");
    List<List<Integer>> withholds = Field.WITHHOLD_REASON.chunks(1900, "\n");
    List<List<Integer>> corrections = Field.CORRECTION_REASON.chunks(1900, "\n");
    int notes = Field.FINDING_NOTE.chunks(1900, "\n").size();
    int published = summaries.size();
    int count = Math.max(reviewers.size(), published + names.size());
    assertThat(published)
        .as("published requests for the licence statements and corrections")
        .isGreaterThanOrEqualTo(Math.max(licences.size(), Math.max(corrections.size(), notes + 1)));

    for (int n = 0; n < count; n++) {
      Rec r = new Rec("request " + n);
      r.put(Field.SUMMARY, summaries.get(n % summaries.size()));
      boolean publish = n < published;
      int u = n - published; // index among the unpublished ones
      if (!publish && u < names.size()) {
        r.put(Field.REQUESTER_NAME, names.get(u));
      }
      if (!publish && u < contacts.size()) {
        r.put(Field.REQUESTER_CONTACT, contacts.get(u));
      }
      if (n < reviewers.size()) {
        r.put(Field.REVIEWER, reviewers.get(n));
      }
      if (publish && n < licences.size()) {
        r.put(Field.LICENCE, licences.get(n));
      }
      if (publish && n < corrections.size()) {
        r.put(Field.CORRECTION_REASON, corrections.get(n));
      }
      if (!publish && u >= 0 && u < withholds.size()) {
        r.put(Field.WITHHOLD_REASON, withholds.get(u));
      }
      r.findingToMark = n >= 1 && n <= notes;
      plant(r, n == 0, true, publish, n < reviewers.size() || n == count - 1);
      RECORDS.add(r);
    }
    full = RECORDS.get(0);
    // sent, with an internal review asked for and not yet decided
    awaitingDecision = new Rec("awaiting a review decision");
    awaitingDecision.put(Field.SUMMARY, summaries.get(1));
    plant(awaitingDecision, false, true, false, false);
    reviews.requestReview(awaitingDecision.ref, today(), OFFICER);
    RECORDS.add(awaitingDecision);
    // sent, neither published nor withheld
    sentOnly = new Rec("sent only");
    sentOnly.put(Field.SUMMARY, summaries.get(2));
    plant(sentOnly, false, true, false, false);
    RECORDS.add(sentOnly);
    // open requests for the lists of open requests (work queue, auditor's list)
    for (List<Integer> chunk : summaries) {
      Rec open = new Rec("open");
      open.put(Field.SUMMARY, chunk);
      open.ref =
          officer
              .log(
                  new NewRequest(
                      "FOIA",
                      DateField.of(today().minusDays(1)),
                      "EMAIL",
                      Field.SUMMARY.join(chunk, " "),
                      INNOCUOUS_NAME,
                      INNOCUOUS_CONTACT,
                      "1. How many payloads ran?",
                      "",
                      List.of(new NewRequest.QuestionDraft("1", "How many payloads ran?")),
                      ""),
                  OFFICER,
                  false)
              .reference();
      OPEN.add(open);
    }
    // never sent: the composer shows every form, filled
    editable = new Rec("editable");
    editable.put(Field.SUMMARY, summaries.get(0));
    editable.put(Field.REQUESTER_NAME, names.get(0));
    editable.put(Field.REQUESTER_CONTACT, contacts.get(0));
    plant(editable, true, false, false, false);
    RECORDS.add(editable);
  }

  /**
   * Logs, composes and (when {@code send}) sends one request: with every long field holding the
   * whole corpus when {@code everything}, else one question and a one-line answer.
   */
  private void plant(Rec r, boolean everything, boolean send, boolean publish, boolean review) {
    List<NewRequest.QuestionDraft> questions = new ArrayList<>();
    if (everything) {
      r.put(Field.REQUEST_TEXT, Field.REQUEST_TEXT.all());
      r.put(Field.INTRODUCTION, Field.INTRODUCTION.all());
      r.put(Field.CLOSING_TEXT, Field.CLOSING_TEXT.all());
      r.put(Field.QUESTION, Field.QUESTION.all());
      List<List<Integer>> qs = Field.QUESTION.chunks(1900, "\n");
      for (int q = 0; q < qs.size(); q++) {
        questions.add(
            new NewRequest.QuestionDraft(
                String.valueOf(q + 1), Field.QUESTION.join(qs.get(q), "\n")));
      }
    } else {
      questions.add(new NewRequest.QuestionDraft("1", "How many payloads ran?"));
    }
    Logged logged =
        officer.log(
            new NewRequest(
                "FOIA",
                DateField.of(today().minusDays(3)),
                "EMAIL",
                Field.SUMMARY.join(r.fields.get(Field.SUMMARY), " "),
                r.fields.containsKey(Field.REQUESTER_NAME)
                    ? Field.REQUESTER_NAME.join(r.fields.get(Field.REQUESTER_NAME), " ")
                    : INNOCUOUS_NAME,
                r.fields.containsKey(Field.REQUESTER_CONTACT)
                    ? Field.REQUESTER_CONTACT.join(r.fields.get(Field.REQUESTER_CONTACT), " ")
                    : INNOCUOUS_CONTACT,
                everything ? Field.REQUEST_TEXT.full("\n") : "1. How many payloads ran?",
                everything ? Field.INTRODUCTION.full("\n") : "",
                questions,
                everything ? Field.CLOSING_TEXT.full("\n") : ""),
            OFFICER,
            false);
    r.ref = logged.reference();
    r.code = logged.accessCode();
    String ref = r.ref;
    List<Integer> numbers = IntStream.rangeClosed(1, questions.size()).boxed().toList();
    if (everything) {
      r.put(Field.ANSWER, Field.ANSWER.all());
      answers.saveAnswer(
          ref,
          null,
          new AnswerInput(numbers, Field.ANSWER.all().stream().map(Field.ANSWER::text).toList()),
          OFFICER);
      addTables(r);
      cite(r, questions.size());
      List<List<Integer>> bases = Field.COST_BASIS.chunks(1900, " ");
      List<CostLineInput> lines = new ArrayList<>();
      String[] activities = {"DETERMINING", "LOCATING", "RETRIEVING", "EXTRACTING"};
      for (int b = 0; b < bases.size(); b++) {
        lines.add(
            new CostLineInput(
                activities[b % activities.length], Field.COST_BASIS.join(bases.get(b), " "), 60));
      }
      r.put(Field.COST_BASIS, Field.COST_BASIS.all());
      r.put(Field.COST_STATEMENT, Field.COST_STATEMENT.all());
      r.put(Field.COST_ADVICE, Field.COST_ADVICE.all());
      costs.assessCost(
          ref,
          new CostInput(
              null,
              null,
              List.of(2),
              Field.COST_STATEMENT.full("\n"),
              Field.COST_ADVICE.full("\n"),
              lines,
              List.of()),
          OFFICER);
      r.costItemised = true;
      r.put(Field.NOTICE_REVIEW, Field.NOTICE_REVIEW.all());
      r.put(Field.NOTICE_COMPLAINT, Field.NOTICE_COMPLAINT.all());
      notices.setNotice(
          ref, Field.NOTICE_REVIEW.full("\n"), Field.NOTICE_COMPLAINT.full("\n"), OFFICER);
    } else {
      answers.saveAnswer(ref, null, new AnswerInput(numbers, List.of("No payload ran.")), OFFICER);
      if (r.findingToMark) {
        // an exemption and a notice without the s.17(7) rights: the auditor's checks find it
        citations.cite(
            ref,
            1,
            new CitationInput("FOIA-21", "Reasonably accessible by other means.", null, null, null),
            OFFICER);
        answers.setOutcome(ref, 1, "REFUSED_EXEMPTION", OFFICER);
        r.noticeRequired = true;
      } else {
        answers.setOutcome(ref, 1, "NOT_HELD", OFFICER);
      }
    }
    if (r.fields.containsKey(Field.LICENCE)) {
      notices.setLicenceStatement(
          ref, Field.LICENCE.join(r.fields.get(Field.LICENCE), "\n"), OFFICER);
    }
    if (!send) {
      return;
    }
    sending.send(ref, today(), true, OFFICER);
    r.editable = false;
    if (r.fields.containsKey(Field.WITHHOLD_REASON)) {
      publishing.withhold(
          ref, Field.WITHHOLD_REASON.join(r.fields.get(Field.WITHHOLD_REASON), "\n"), OFFICER);
      r.withheldNow = true;
    }
    if (publish) {
      r.slug = "xss-" + ref.toLowerCase(Locale.ROOT);
      publishing.publish(ref, r.slug, OFFICER);
      r.published = true;
      if (r.fields.containsKey(Field.CORRECTION_REASON)) {
        publishing.correct(
            ref,
            Field.CORRECTION_REASON.join(r.fields.get(Field.CORRECTION_REASON), "\n"),
            OFFICER);
        r.corrected = true;
      }
    }
    if (review) {
      reviews.requestReview(ref, today(), OFFICER);
      String reviewer =
          r.fields.containsKey(Field.REVIEWER)
              ? Field.REVIEWER.join(r.fields.get(Field.REVIEWER), " ")
              : "A reviewer";
      String reasons = "The decision stands.";
      if (everything) {
        r.put(Field.REVIEW_REASONS, Field.REVIEW_REASONS.all());
        reasons = Field.REVIEW_REASONS.full("\n");
      }
      reviews.decideReview(ref, reviewer, "UPHELD", reasons, today(), OFFICER);
      r.reviewDecided = true;
    }
  }

  /**
   * Tables on answer 1: every payload once as a row header, a column heading, a column group, a
   * corner label and a caption, in as many tables as the shorter fields need.
   */
  private void addTables(Rec r) {
    List<List<Integer>> captions = Field.TABLE_CAPTION.chunks(400, " ");
    List<List<Integer>> corners = Field.TABLE_CORNER.chunks(200, " ");
    int perTable = 28;
    int grouped = (SIZE + perTable - 1) / perTable;
    int tables = Math.max(Math.max(captions.size(), corners.size()), grouped);
    int rowsPerTable = (SIZE + tables - 1) / tables;
    for (int t = 0; t < tables; t++) {
      String caption =
          t < captions.size()
              ? Field.TABLE_CAPTION.join(captions.get(t), " ")
              : "Payload table " + (t + 1);
      String corner =
          t < corners.size() ? shownJoin(Field.TABLE_CORNER, corners.get(t)) : "Payload";
      List<Integer> columns =
          t < grouped
              ? IntStream.range(t * perTable, Math.min(SIZE, (t + 1) * perTable)).boxed().toList()
              : List.of();
      List<Integer> rows =
          IntStream.range(t * rowsPerTable, Math.min(SIZE, (t + 1) * rowsPerTable))
              .boxed()
              .toList();
      if (rows.isEmpty()) {
        rows = List.of();
      }
      List<List<String>> grid = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      List<String> headings = new ArrayList<>();
      groups.add("");
      headings.add(corner);
      if (columns.isEmpty()) {
        headings.add("Figure");
      }
      for (int c : columns) {
        groups.add(shownText(Field.COLUMN_GROUP, (c + SIZE / 2) % SIZE));
        headings.add(shownText(Field.COLUMN_HEADING, c));
      }
      if (!columns.isEmpty()) {
        grid.add(groups);
      }
      grid.add(headings);
      List<Integer> rowList = rows.isEmpty() ? List.of(-1) : rows;
      for (int row : rowList) {
        List<String> line = new ArrayList<>();
        line.add(row < 0 ? "Total" : shownText(Field.ROW_HEADER, row));
        for (int c = 1; c < headings.size(); c++) {
          line.add(String.valueOf(7 + c));
        }
        grid.add(line);
      }
      answers.addTable(
          r.ref,
          1,
          grid,
          new TableDraft.Layout(caption, columns.isEmpty() ? 1 : 2, false),
          "cells",
          OFFICER);
      r.put(Field.TABLE_CORNER, t < corners.size() ? corners.get(t) : List.of());
      if (t < captions.size()) {
        r.put(Field.TABLE_CAPTION, captions.get(t));
      }
      r.put(Field.COLUMN_HEADING, columns);
      r.put(Field.COLUMN_GROUP, columns.stream().map(c -> (c + SIZE / 2) % SIZE).toList());
      r.put(Field.ROW_HEADER, rows);
    }
  }

  private static String shownJoin(Field f, List<Integer> indexes) {
    return indexes.stream().map(i -> shownText(f, i)).collect(Collectors.joining(" "));
  }

  /** Question 1 refused under s.43 (qualified), question 2 under s.12, question 3 not held. */
  private void cite(Rec r, int questions) {
    String ref = r.ref;
    r.put(Field.CITATION_REASONS, Field.CITATION_REASONS.all());
    r.put(Field.PI_FOR, Field.PI_FOR.all());
    r.put(Field.PI_AGAINST, Field.PI_AGAINST.all());
    r.put(Field.PI_CONCLUSION, Field.PI_CONCLUSION.all());
    citations.cite(
        ref,
        1,
        new CitationInput(
            "FOIA-43",
            Field.CITATION_REASONS.full("\n"),
            Field.PI_FOR.full("\n"),
            Field.PI_AGAINST.full("\n"),
            Field.PI_CONCLUSION.full("\n")),
        OFFICER);
    answers.setOutcome(ref, 1, "REFUSED_EXEMPTION", OFFICER);
    citations.cite(
        ref, 2, new CitationInput("FOIA-12", "Over the cost limit.", null, null, null), OFFICER);
    answers.setOutcome(ref, 2, "REFUSED_COST_LIMIT", OFFICER);
    for (int q = 3; q <= questions; q++) {
      answers.setOutcome(ref, q, "NOT_HELD", OFFICER);
    }
    r.noticeRequired = true;
    r.qualifiedGround = true;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. An officer fills every form in the browser

  @Test
  @Order(2)
  void anOfficerFillsEveryFormInTheBrowser() {
    signIn(OFFICER, "/officer/requests/new");
    probe.csp(true);
    Rec r = new Rec("logged in the browser");
    browserMade = r;
    LocalDate received = today().minusDays(3);
    List<Integer> summary = Field.SUMMARY.chunks(300, " ").get(1);
    r.put(Field.SUMMARY, summary);

    browser.open("/officer/requests/new");
    probe.check(FORM_AGAIN, "/officer/requests/new", List.of(), List.of());
    browser.choose("regime");
    date("receivedOn", received);
    browser.choose("channel");
    fill("#summary", Field.SUMMARY.join(summary, " "));
    fill("#requesterName", INNOCUOUS_NAME);
    fill("#requesterContact", INNOCUOUS_CONTACT);
    fill("#requestText", "1. How many payloads ran?\n2. Which pages were checked?");
    pressAccepted("button[value=split]");
    probe.check(FORM_AGAIN, "proposed questions", r.shows(Field.SUMMARY), List.of());
    List<List<Integer>> questions = Field.QUESTION.chunks(5000, "\n");
    List<WebElement> boxes = browser.driver().findElements(By.name("questionText"));
    List<WebElement> numbers = browser.driver().findElements(By.name("questionNumber"));
    for (int i = 0; i < boxes.size(); i++) {
      set(boxes.get(i), i < questions.size() ? Field.QUESTION.join(questions.get(i), "\n") : "");
      set(numbers.get(i), i < questions.size() ? String.valueOf(i + 1) : "");
    }
    assertThat(boxes.size())
        .as("question boxes on the form")
        .isGreaterThanOrEqualTo(questions.size());
    r.put(Field.QUESTION, Field.QUESTION.all());
    fill("#preamble", Field.INTRODUCTION.full("\n"));
    fill("#postscript", Field.CLOSING_TEXT.full("\n"));
    r.put(Field.INTRODUCTION, Field.INTRODUCTION.all());
    r.put(Field.CLOSING_TEXT, Field.CLOSING_TEXT.all());
    pressAccepted("button[value=save]");
    r.ref = text("#reference");
    r.code = text("#access-code");
    assertThat(r.ref).as("the request was logged").matches("FOI-\\d{4}-\\d{5}");
    probe.check("request logged", "/officer/requests/new", r.shows(Field.SUMMARY), List.of());
    RECORDS.add(r);
    String page = "/officer/requests/" + r.ref;
    String composer = page + "/response";

    // the officer's request page: a clock event (both of its date forms) and the assignment
    browser.open(page);
    date("#action-clarification-requested", "date", today());
    pressAccepted("#action-clarification-requested button");
    probe.check(REQUEST_PAGE, page, r.shows(Field.SUMMARY, Field.QUESTION), List.of());
    date("#action-clarification-received", "date", today());
    pressAccepted("#action-clarification-received button");
    probe.check(REQUEST_PAGE, page, r.shows(Field.SUMMARY), List.of());
    fill("#assignee", OFFICER);
    pressAccepted("#action-assign button");
    probe.check(REQUEST_PAGE, page, r.shows(Field.SUMMARY), List.of());

    // the composer: every form on its section page, with every payload
    browser.open(composer + "/questions");
    new Select(browser.driver().findElement(By.id("q1-outcome")))
        .selectByValue("REFUSED_EXEMPTION");
    pressAccepted("#q1-outcome-form button");
    for (int q = 2; q <= questions.size(); q++) {
      new Select(browser.driver().findElement(By.id("q" + q + "-outcome")))
          .selectByValue("NOT_HELD");
      pressAccepted("#q" + q + "-outcome-form button");
    }
    probe.check(COMPOSER, composer, r.shows(Field.SUMMARY, Field.QUESTION), List.of());
    browser.open(composer + "/answers");
    fill("#answer-new-paragraphs", Field.ANSWER.full("\n\n"));
    for (WebElement box :
        browser.driver().findElements(By.cssSelector("#answer-new-form input[name=questions]"))) {
      js().executeScript("arguments[0].checked = true", box);
    }
    pressAccepted("#answer-new-form button");
    r.put(Field.ANSWER, Field.ANSWER.all());
    probe.check(COMPOSER, composer, r.shows(Field.ANSWER), List.of());
    fill("#answer-1-paragraphs", Field.ANSWER.full("\n\n"));
    pressAccepted("#answer-1-form button");
    probe.check(COMPOSER, composer, r.shows(Field.ANSWER), List.of());

    assertThat(browser.find("#answer-1-add-table")).isPresent();
    browser.open(composer + "/answers/1/tables/new");
    List<Integer> columns = IntStream.range(0, 28).boxed().toList();
    List<Integer> caption = Field.TABLE_CAPTION.chunks(400, " ").get(0);
    List<Integer> corner = Field.TABLE_CORNER.chunks(200, " ").get(0);
    fill("#caption", Field.TABLE_CAPTION.join(caption, " "));
    fill("#cells", tsv(corner, columns, columns));
    pressAccepted("button[value=preview]");
    r.put(Field.TABLE_CAPTION, caption);
    r.put(Field.TABLE_CORNER, corner);
    r.put(Field.COLUMN_HEADING, columns);
    r.put(Field.ROW_HEADER, columns);
    probe.check(
        "table preview",
        currentPath(),
        r.shows(Field.TABLE_CAPTION, Field.TABLE_CORNER, Field.COLUMN_HEADING, Field.ROW_HEADER),
        List.of());
    pressAccepted("button[value=save]");
    probe.check(COMPOSER, composer, r.shows(Field.TABLE_CAPTION, Field.ROW_HEADER), List.of());

    browser.open(composer + "/citations");
    js().executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    new Select(browser.driver().findElement(By.id("cite-1-provision"))).selectByValue("FOIA-43");
    fill("#cite-1-reasons", Field.CITATION_REASONS.full("\n"));
    fill("#cite-1-publicInterestFor", Field.PI_FOR.full("\n"));
    fill("#cite-1-publicInterestAgainst", Field.PI_AGAINST.full("\n"));
    fill("#cite-1-publicInterestConclusion", Field.PI_CONCLUSION.full("\n"));
    pressAccepted("#cite-1-form button");
    r.put(Field.CITATION_REASONS, Field.CITATION_REASONS.all());
    r.put(Field.PI_FOR, Field.PI_FOR.all());
    r.put(Field.PI_AGAINST, Field.PI_AGAINST.all());
    r.put(Field.PI_CONCLUSION, Field.PI_CONCLUSION.all());
    r.noticeRequired = true;
    r.qualifiedGround = true;
    probe.check(COMPOSER, composer, r.shows(Field.CITATION_REASONS, Field.PI_FOR), List.of());

    browser.open(composer + "/cost");
    for (WebElement box :
        browser.driver().findElements(By.cssSelector("#cost-form input[name=questions]"))) {
      js().executeScript("arguments[0].checked = true", box);
    }
    List<Integer> basis = Field.COST_BASIS.chunks(1900, " ").get(0);
    new Select(browser.driver().findElement(By.id("cost-lines-0-activity")))
        .selectByValue("LOCATING");
    fill("#cost-lines-0-basis", Field.COST_BASIS.join(basis, " "));
    fill("#cost-lines-0-minutes", "90");
    fill("#cost-statement", Field.COST_STATEMENT.full("\n"));
    fill("#cost-advice", Field.COST_ADVICE.full("\n"));
    pressAccepted("#cost-form button");
    r.put(Field.COST_BASIS, basis);
    r.put(Field.COST_STATEMENT, Field.COST_STATEMENT.all());
    r.put(Field.COST_ADVICE, Field.COST_ADVICE.all());
    r.costItemised = true;
    probe.check(COMPOSER, composer, r.shows(Field.COST_BASIS, Field.COST_STATEMENT), List.of());

    browser.open(composer + "/notice");
    fill("#notice-reviewProcedure", Field.NOTICE_REVIEW.full("\n"));
    fill("#notice-complaintRights", Field.NOTICE_COMPLAINT.full("\n"));
    pressAccepted("#notice-form button");
    r.put(Field.NOTICE_REVIEW, Field.NOTICE_REVIEW.all());
    r.put(Field.NOTICE_COMPLAINT, Field.NOTICE_COMPLAINT.all());
    probe.check(
        COMPOSER, composer, r.shows(Field.NOTICE_REVIEW, Field.NOTICE_COMPLAINT), List.of());

    browser.open(composer + "/send");
    probe.check(
        COMPOSER, composer, r.shows(Field.SUMMARY, Field.QUESTION, Field.ANSWER), List.of());
    date("#send-form", "sentOn", today());
    browser
        .find("#send-acknowledgeIncomplete")
        .ifPresent(b -> js().executeScript("arguments[0].checked = true", b));
    pressAccepted("#send-form button");
    r.editable = false;
    probe.check(COMPOSER, composer, r.shows(Field.SUMMARY), List.of()); // the confirmation
    browser.open(composer + "/publish");
    probe.check(COMPOSER, composer, r.shows(Field.SUMMARY, Field.ANSWER), List.of());
    assertThat(browser.find("#withhold-form")).as("sent: the withhold form is offered").isPresent();

    List<Integer> withhold = Field.WITHHOLD_REASON.chunks(1900, "\n").get(0);
    fill("#withhold-reason", Field.WITHHOLD_REASON.join(withhold, "\n"));
    pressAccepted("#withhold-form button");
    r.put(Field.WITHHOLD_REASON, withhold);
    r.withheldNow = true;
    probe.check(COMPOSER, composer, r.shows(Field.WITHHOLD_REASON), List.of());

    r.slug = "xss-browser-" + r.ref.toLowerCase(Locale.ROOT);
    fill("#publish-slug", r.slug);
    pressAccepted("#publish-form button");
    r.withheldNow = false;
    r.published = true;
    assertThat(browser.find("#published-case")).as("published").isPresent();
    probe.check(COMPOSER, composer, r.shows(Field.SUMMARY), List.of());

    browser.open(composer + "/publish");
    List<Integer> correction = Field.CORRECTION_REASON.chunks(1900, "\n").get(0);
    fill("#correct-reason", Field.CORRECTION_REASON.join(correction, "\n"));
    pressAccepted("#correct-form button");
    r.put(Field.CORRECTION_REASON, correction);
    r.corrected = true;
    probe.check(COMPOSER, composer, r.shows(Field.SUMMARY), List.of());

    browser.open(composer + "/review");
    date("#review-form", "requestedOn", today());
    pressAccepted("#review-form button");
    List<Integer> reviewer = Field.REVIEWER.chunks(100, " ").get(0);
    fill("#decide-reviewer", Field.REVIEWER.join(reviewer, " "));
    browser.choose("outcome");
    fill("#decide-reasons", Field.REVIEW_REASONS.full("\n"));
    date("#decide-form", "decidedOn", today());
    pressAccepted("#decide-form button");
    r.put(Field.REVIEWER, reviewer);
    r.put(Field.REVIEW_REASONS, Field.REVIEW_REASONS.all());
    r.reviewDecided = true;
    probe.check(COMPOSER, composer, r.shows(Field.REVIEWER, Field.REVIEW_REASONS), List.of());
    assertNothingRan();
  }

  // ---------------------------------------------------------------------------------------------
  // 3. The auditor: marks findings in the browser, then every page of theirs

  @Test
  @Order(3)
  void theAuditorsPagesShowEveryPayloadAsText() {
    signIn("adam", "/audit/refusals");
    List<List<Integer>> notes = Field.FINDING_NOTE.chunks(1900, "\n");
    for (boolean csp : new boolean[] {true, false}) {
      probe.csp(csp);
      if (csp) {
        List<Rec> marked =
            RECORDS.stream().filter(x -> x.findingToMark).limit(notes.size()).toList();
        assertThat(marked).as("requests with a finding to mark").hasSize(notes.size());
        for (int i = 0; i < notes.size(); i++) {
          Rec r = marked.get(i);
          WebElement form = findingForm(r);
          js().executeScript(
                  "arguments[0].closest('details').open = true;"
                      + " arguments[0].querySelector('input[value=DISPUTED]').checked = true;",
                  form);
          set(form.findElement(By.name("note")), Field.FINDING_NOTE.join(notes.get(i), "\n"));
          pressIn(form);
          r.put(Field.FINDING_NOTE, notes.get(i));
          probe.check(REFUSALS, "/audit/refusals", r.shows(Field.FINDING_NOTE), List.of());
        }
      }
      // the mark form again, with a note that is too long
      Rec r = RECORDS.stream().filter(x -> x.findingToMark).findFirst().orElseThrow();
      WebElement form = findingForm(r);
      js().executeScript(
              "arguments[0].querySelector('input[value=ACCEPTED]').checked = true;", form);
      set(form.findElement(By.name("note")), Field.FINDING_NOTE.full("\n"));
      pressIn(form);
      probe.check(FORM_AGAIN, "/audit/refusals/marks", shows(Field.FINDING_NOTE), List.of());

      List<Shown> refusals = new ArrayList<>();
      for (Rec x : RECORDS) {
        refusals.addAll(x.shows(Field.FINDING_NOTE));
      }
      refusals.addAll(full.shows(Field.QUESTION, Field.CITATION_REASONS));
      refusalPages(refusals, summaries(RECORDS));
      for (Rec x : RECORDS) {
        probe.visit(AUDIT_PAGE, "/audit/requests/" + x.ref, requestPageShows(x, false), List.of());
      }
      listPages(AUDIT_LIST, "/audit/requests");
      probe.visit("auditor's audit trail page", "/audit/trail", List.of(), List.of());
      addresses(List.of("/audit/requests/"), ERROR_PAGE);
    }
    assertNothingRan();
  }

  // ---------------------------------------------------------------------------------------------
  // 4. The officer's pages, and every officer form shown again with what it refused

  @Test
  @Order(4)
  void theOfficersPagesShowEveryPayloadAsText() {
    signIn(OFFICER, "/officer/requests");
    for (boolean csp : new boolean[] {true, false}) {
      probe.csp(csp);
      for (Rec r : RECORDS) {
        String page = "/officer/requests/" + r.ref;
        probe.visit(REQUEST_PAGE, page, requestPageShows(r, true), List.of());
        for (Map.Entry<String, List<Shown>> section : composerShows(r).entrySet()) {
          probe.visit(
              COMPOSER, page + "/response" + section.getKey(), section.getValue(), List.of());
        }
        List<Shown> letter = letterShows(r);
        if (r.published || !letter.isEmpty() && !onlySummaryAndReviewer(r)) {
          probe.visit(LETTER, page + "/response/letter", letter, List.of());
        }
      }
      listPages(QUEUE, "/officer/requests");
      queueParameters();
      formsShownAgain();
      addresses(List.of("/officer/requests/", "/officer/requests/"), ERROR_PAGE);
    }
    assertNothingRan();
  }

  // ---------------------------------------------------------------------------------------------
  // 5. The public pages: cases, the disclosure log, search, status, error pages

  @Test
  @Order(5)
  void thePublicPagesShowEveryPayloadAsText() {
    browser.open("/");
    install();
    attempts.clear();
    for (boolean csp : new boolean[] {true, false}) {
      probe.csp(csp);
      for (Rec r : RECORDS) {
        if (!r.published) {
          continue;
        }
        probe.visit(CASE_PAGE, "/cases/" + r.slug, casePageShows(r), List.of());
        if (r.corrected) {
          probe.visit(
              VERSION_PAGE, "/cases/" + r.slug + "/versions/1", casePageShows(r), List.of());
        }
      }
      List<Rec> published = RECORDS.stream().filter(r -> r.published).toList();
      probe.visit(LOG, "/", List.of(), summaries(published));
      pages(LOG, "/cases?sort=newest&page=", summaries(published));
      for (String words :
          List.of("script alert", "onerror", "javascript", "svg onload", "iframe")) {
        probe.visit(
            SEARCH_RESULTS,
            "/cases?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8),
            List.of(),
            summaries(published));
      }
      // payloads as real searches (at most 200 characters); every payload is in q with the filters
      for (List<Integer> chunk : Field.SEARCH.chunks(200, " ").subList(0, 3)) {
        String q = Field.SEARCH.join(chunk, " ");
        probe.visit(
            SEARCH_RESULTS,
            "/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            shows(Field.SEARCH, chunk),
            List.of());
      }
      // the search box and the filter form themselves, typed into and submitted
      List<Integer> typed = Field.SEARCH.chunks(200, " ").get(3);
      browser.open("/cases");
      fill("#q", Field.SEARCH.join(typed, " "));
      press("form[role=search] button");
      probe.check(SEARCH_RESULTS, "/cases (search form)", shows(Field.SEARCH, typed), List.of());
      js().executeScript("document.querySelector('form.app-filters input[name=outcome]').click()");
      press("form.app-filters button");
      probe.check(LOG, "/cases (filter form)", shows(Field.SEARCH, typed), List.of());
      filterParameters();
      statusChecks();
      addresses(List.of("/cases/", "/provisions/", "/cases/"), ERROR_PAGE);
    }
    assertNothingRan();
  }

  // ---------------------------------------------------------------------------------------------
  // 6. The checks can fail

  @Test
  @Order(6)
  void theProbeCatchesAPayloadThatRuns() {
    browser.open("/");
    install();
    XssProbe canary = new XssProbe(browser, SIZE);
    String payload = "<img src=x onerror=alert(999001)>";
    for (boolean csp : new boolean[] {true, false}) {
      canary.csp(csp);
      browser.open("/provisions");
      // what an unescaped template would do: the payload becomes markup
      js().executeScript(
              "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0])",
              payload);
      canary.check("canary", "/provisions", List.of(new Shown("canary", 0, payload)), List.of());
    }
    String found = String.join("\n", canary.failures());
    assertThat(found)
        .as("with the CSP the inline handler is blocked and the violation recorded")
        .contains("csp(script-src-attr")
        .as("without the CSP the payload runs and its marker is recorded")
        .contains("alert(999001)")
        .as("the injected attribute is found")
        .contains("img[onerror]")
        .as("the payload is not shown as text")
        .contains("not shown as text");
    probe.csp(true);
  }

  @AfterAll
  static void summary() {
    if (probe == null) {
      return;
    }
    int[] enforced = probe.placements(true);
    int[] bypassed = probe.placements(false);
    Set<String> pages = new TreeSet<>();
    Set<String> fields = new TreeSet<>();
    for (String pair : probe.complete(true)) {
      fields.add(pair.substring(0, pair.indexOf('|')));
      pages.add(pair.substring(pair.indexOf('|') + 1));
    }
    System.out.printf(
        "XSS in Chromium: %d payloads x %d fields x %d kinds of page: %d payload placements"
            + " checked with the CSP (%d page loads) and %d with the CSP bypassed (%d page"
            + " loads); %d shown as text; %d field/page pairs with every payload shown; payloads"
            + " run: %d; injected elements or attributes: %d%n",
        SIZE,
        Field.values().length,
        pages.size(),
        enforced[0],
        probe.loads(true),
        bypassed[0],
        probe.loads(false),
        enforced[1] + bypassed[1],
        probe.complete(true).size(),
        probe.ran(),
        probe.live());
  }

  @Test
  @Order(7)
  void everyFieldIsShownInFullOnEveryPageThatShowsIt() {
    for (boolean csp : new boolean[] {true, false}) {
      Map<String, String> partial = new LinkedHashMap<>(probe.incomplete(csp));
      // a search finds only some cases; a 404 page says what was not found only for some paths
      partial.keySet().removeIf(k -> k.equals(Field.SUMMARY.label + "|" + SEARCH_RESULTS));
      partial.keySet().removeIf(k -> k.contains("|" + ERROR_PAGE));
      assertThat(partial)
          .as("field|page pairs where a payload was never shown as text (csp=%s)", csp)
          .isEmpty();
    }
    Set<String> complete = probe.complete(true);
    assertThat(complete).isEqualTo(probe.complete(false));
    // every field but those that are never shown back has every payload shown on some page
    Set<String> notShownBack =
        Set.of(
            Field.FILTER_FIXED.label,
            Field.QUEUE_ASSIGNEE.label,
            Field.QUEUE_PARAMS.label,
            Field.STATUS_CODE.label,
            Field.ADDRESS.label);
    for (Field f : Field.values()) {
      if (!notShownBack.contains(f.label)) {
        assertThat(complete.stream().filter(k -> k.startsWith(f.label + "|")))
            .as("pages showing every payload of the %s", f.label)
            .isNotEmpty();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Forms shown again with what they refused (officer)

  private void formsShownAgain() {
    String log = "/officer/requests/new";
    browser.open(log);
    browser.choose("regime");
    browser.choose("channel");
    List<List<Integer>> dates = Field.DATE.chunks(900, " ");
    dateText("#receivedOn-group", "receivedOn", dates.get(0));
    fill("#summary", Field.SUMMARY.full(" "));
    fill("#requesterName", Field.REQUESTER_NAME.full(" "));
    fill("#requesterContact", Field.REQUESTER_CONTACT.full(" "));
    fill("#requestText", Field.REQUEST_TEXT.full("\n"));
    press("button[value=split]");
    probe.check(
        FORM_AGAIN,
        log,
        concat(
            shows(Field.SUMMARY),
            shows(Field.REQUESTER_NAME),
            shows(Field.REQUESTER_CONTACT),
            shows(Field.REQUEST_TEXT),
            shows(Field.DATE, dates.get(0))),
        List.of());

    String page = "/officer/requests/" + editable.ref;
    browser.open(page);
    fill("#assignee", Field.ASSIGNEE.full(" "));
    press("#action-assign button");
    probe.check(FORM_AGAIN, page + "/assign", shows(Field.ASSIGNEE), List.of());
    browser.open(page);
    dateText("#action-clarification-requested", "date", dates.get(1 % dates.size()));
    press("#action-clarification-requested button");
    probe.check(
        FORM_AGAIN, page + "/events", shows(Field.DATE, dates.get(1 % dates.size())), List.of());

    String composer = page + "/response";
    browser.open(composer + "/citations");
    js().executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    fill("#cite-1-reasons", Field.CITATION_REASONS.full("\n"));
    fill("#cite-1-publicInterestFor", Field.PI_FOR.full("\n"));
    fill("#cite-1-publicInterestAgainst", Field.PI_AGAINST.full("\n"));
    fill("#cite-1-publicInterestConclusion", Field.PI_CONCLUSION.full("\n"));
    press("#cite-1-form button");
    probe.check(
        FORM_AGAIN,
        composer + "/citations",
        concat(
            shows(Field.CITATION_REASONS),
            shows(Field.PI_FOR),
            shows(Field.PI_AGAINST),
            shows(Field.PI_CONCLUSION)),
        List.of());
    browser.open(composer + "/answers");
    fill("#answer-new-paragraphs", Field.ANSWER.full("\n\n"));
    press("#answer-new-form button");
    probe.check(FORM_AGAIN, composer + "/answers", shows(Field.ANSWER), List.of());
    browser.open(composer + "/cost");
    fill("#cost-lines-0-basis", Field.COST_BASIS.full(" "));
    fill("#cost-lines-0-minutes", Field.COST_BASIS.text(0));
    fill("#cost-statement", Field.COST_STATEMENT.full("\n"));
    fill("#cost-advice", Field.COST_ADVICE.full("\n"));
    press("#cost-form button");
    probe.check(
        FORM_AGAIN,
        composer + "/cost",
        concat(shows(Field.COST_BASIS), shows(Field.COST_STATEMENT), shows(Field.COST_ADVICE)),
        List.of());
    browser.open(composer + "/notice");
    String tooLong = Field.NOTICE_REVIEW.full("\n");
    fill("#notice-reviewProcedure", tooLong + "\n" + tooLong + "\n" + tooLong + "\n" + tooLong);
    fill("#notice-complaintRights", Field.NOTICE_COMPLAINT.full("\n"));
    press("#notice-form button");
    probe.check(
        FORM_AGAIN,
        composer + "/notice",
        concat(shows(Field.NOTICE_REVIEW), shows(Field.NOTICE_COMPLAINT)),
        List.of());
    browser.open(composer + "/send");
    dateText("#send-form", "sentOn", dates.get(2 % dates.size()));
    press("#send-form button");
    probe.check(
        FORM_AGAIN, composer + "/send", shows(Field.DATE, dates.get(2 % dates.size())), List.of());
    browser.open(composer + "/answers/1/tables/new");
    fill("#caption", Field.TABLE_CAPTION.full(" "));
    fill("#cells", cellsOfPayloads());
    press("button[value=preview]");
    probe.check(
        FORM_AGAIN,
        composer + "/answers/1/tables",
        concat(shows(Field.TABLE_CAPTION), shows(Field.TABLE_CELL)),
        List.of());

    String sent = "/officer/requests/" + sentOnly.ref + "/response";
    browser.open(sent + "/publish");
    fill("#publish-slug", Field.SLUG.full(" "));
    press("#publish-form button");
    probe.check(FORM_AGAIN, sent + "/publish", shows(Field.SLUG), List.of());
    browser.open(sent + "/publish");
    fill("#withhold-reason", Field.WITHHOLD_REASON.full("\n"));
    press("#withhold-form button");
    probe.check(FORM_AGAIN, sent + "/withhold", shows(Field.WITHHOLD_REASON), List.of());
    browser.open(sent + "/review");
    dateText("#review-form", "requestedOn", dates.get(3 % dates.size()));
    press("#review-form button");
    probe.check(
        FORM_AGAIN, sent + "/review", shows(Field.DATE, dates.get(3 % dates.size())), List.of());

    String published = "/officer/requests/" + RECORDS.get(1).ref + "/response";
    browser.open(published + "/publish");
    String correction = Field.CORRECTION_REASON.full("\n");
    fill("#correct-reason", correction + "\n" + correction + "\n" + correction + "\n" + correction);
    press("#correct-form button");
    probe.check(FORM_AGAIN, published + "/corrections", shows(Field.CORRECTION_REASON), List.of());

    String deciding = "/officer/requests/" + awaitingDecision.ref + "/response";
    browser.open(deciding + "/review");
    fill("#decide-reviewer", Field.REVIEWER.full(" "));
    fill("#decide-reasons", Field.REVIEW_REASONS.full("\n"));
    List<Integer> last = dates.get(dates.size() - 1);
    dateText("#decide-form", "decidedOn", last);
    press("#decide-form button");
    probe.check(
        FORM_AGAIN,
        deciding + "/review/decision",
        concat(shows(Field.REVIEWER), shows(Field.REVIEW_REASONS), shows(Field.DATE, last)),
        List.of());
    for (List<Integer> d : dates.subList(Math.min(4, dates.size()), dates.size() - 1)) {
      browser.open(page);
      dateText("#action-clarification-requested", "date", d);
      press("#action-clarification-requested button");
      probe.check(FORM_AGAIN, page + "/events", shows(Field.DATE, d), List.of());
    }
  }

  /** A query parameter taking a field's payloads (several names take them in turns). */
  record Param(Field field, List<String> names, boolean echoed, boolean repeats) {}

  /**
   * Addresses under {@code bases} (in turns) that carry every payload of every parameter's field,
   * packed to stay under the request-line limit (4,096 bytes); each page is checked.
   */
  private void visitWithParameters(String page, List<String> bases, List<Param> params) {
    int[] position = new int[params.size()];
    int perParameter = 3400 / params.size();
    for (int n = 0; ; n++) {
      StringBuilder url = new StringBuilder(bases.get(n % bases.size())).append('?');
      List<Shown> must = new ArrayList<>();
      List<Shown> may = new ArrayList<>();
      boolean any = false;
      for (int k = 0; k < params.size(); k++) {
        Param p = params.get(k);
        Field f = p.field();
        String name = p.names().get(n % p.names().size());
        List<Integer> taken = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        StringBuilder value = new StringBuilder();
        while (position[k] < SIZE) {
          String text = f.text(position[k]);
          String next =
              p.repeats()
                  ? query + name + "=" + encoded(text) + "&"
                  : encoded(value + (value.length() == 0 ? "" : " ") + text);
          if (next.length() > perParameter && !taken.isEmpty()) {
            break;
          }
          if (p.repeats()) {
            query.append(name).append('=').append(encoded(text)).append('&');
          } else {
            value.append(value.length() == 0 ? "" : " ").append(text);
          }
          taken.add(position[k]++);
        }
        if (taken.isEmpty()) {
          continue;
        }
        any = true;
        url.append(p.repeats() ? query : name + "=" + encoded(value.toString()) + "&");
        (p.echoed() ? must : may).addAll(shows(f, taken));
        probe.enteredOnly(f.label, page, taken);
      }
      if (!any) {
        return;
      }
      assertThat(url.length()).as("request line").isLessThan(4000);
      browser.open(url.toString());
      probe.check(page, url.substring(0, Math.min(60, url.length())) + "…", must, may);
    }
  }

  /** The work queue's query parameters: assignee is free text; the others are fixed choices. */
  private void queueParameters() {
    visitWithParameters(
        QUEUE,
        List.of("/officer/requests"),
        List.of(
            new Param(Field.QUEUE_ASSIGNEE, List.of("assignee"), false, false),
            new Param(
                Field.QUEUE_PARAMS,
                List.of("state", "regime", "sort", "order", "page", "overdue"),
                false,
                false)));
  }

  /** The disclosure log's query parameters: q, outcome, provision, regime and year echo back. */
  private void filterParameters() {
    visitWithParameters(
        LOG,
        List.of("/cases", "/"),
        List.of(
            new Param(Field.SEARCH, List.of("q"), true, false),
            new Param(Field.FILTER_OUTCOME, List.of("outcome"), true, true),
            new Param(Field.FILTER_PROVISION, List.of("provision"), true, false),
            new Param(Field.FILTER_REGIME, List.of("regime"), true, false),
            new Param(Field.FILTER_YEAR, List.of("year"), true, false),
            new Param(
                Field.FILTER_FIXED, List.of("sort", "page", "after", "before"), false, false)));
  }

  /**
   * Every payload in the path of an address that names a request or case that does not exist, the
   * chunks taking the officer's, auditor's or public routes in turns: the 404 page may say what was
   * not found.
   */
  private void addresses(List<String> bases, String page) {
    List<Integer> taken = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    int route = 0;
    for (int i = 0; i <= SIZE; i++) {
      String text = i == SIZE ? null : Field.ADDRESS.text(i);
      boolean full =
          text != null && segment.length() > 0 && pathEncoded(segment + " " + text).length() > 2800;
      if (text == null || full) {
        String path = bases.get(route++ % bases.size()) + pathEncoded(segment.toString());
        browser.open(path);
        probe.enteredOnly(Field.ADDRESS.label, page, taken);
        probe.check(
            page,
            path.substring(0, Math.min(40, path.length())) + "…",
            List.of(),
            shows(Field.ADDRESS, taken));
        taken = new ArrayList<>();
        segment = new StringBuilder();
        if (text == null) {
          break;
        }
      }
      segment.append(segment.length() == 0 ? "" : " ").append(text);
      taken.add(i);
    }
  }

  /** The status check: a result, and the form shown again with a malformed reference. */
  private void statusChecks() {
    browser.open("/status");
    fill("#reference", full.ref);
    fill("#accessCode", full.code);
    press("form[action='/status'] button");
    probe.check(STATUS_RESULT, "/status", List.of(), List.of());
    assertThat(browser.find("#state")).as("the requester's status is shown").isPresent();
    for (List<Integer> codes : Field.STATUS_CODE.chunks(1900, " ")) {
      browser.open("/status");
      fill("#reference", Field.STATUS_REFERENCE.full("\n"));
      fill("#accessCode", Field.STATUS_CODE.join(codes, " "));
      press("form[action='/status'] button");
      probe.enteredOnly(Field.STATUS_CODE.label, FORM_AGAIN, codes);
      probe.check(FORM_AGAIN, "/status", shows(Field.STATUS_REFERENCE), List.of());
    }
  }

  /** The pages of a request list (open requests), newest first, until each one has been seen. */
  private void listPages(String page, String base) {
    List<Rec> open = new ArrayList<>(OPEN);
    RECORDS.stream().filter(r -> r.editable).forEach(open::add);
    pages(page, base + "?sort=reference&order=desc&page=", summaries(open));
  }

  /** Visits page 1, 2... of a list until every expected summary has been shown (at most 12). */
  private void pages(String page, String base, List<Shown> expected) {
    java.util.BitSet wanted = new java.util.BitSet();
    expected.forEach(s -> wanted.set(s.payload()));
    java.util.BitSet missing = wanted;
    for (int n = 1; n <= 12 && !missing.isEmpty(); n++) {
      probe.visit(page, base + n, List.of(), expected);
      missing = (java.util.BitSet) wanted.clone();
      missing.andNot(probe.shownSoFar(Field.SUMMARY.label, page));
    }
    if (!missing.isEmpty()) {
      probe.fail("summaries never shown on " + page + " " + base + "…: " + missing);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What each page shows

  /**
   * A sent request whose only payloads are a summary chunk (shown in full by the published ones)
   * and an internal reviewer, which no letter shows: its letter adds nothing to check.
   */
  private static boolean onlySummaryAndReviewer(Rec r) {
    return r.fields.keySet().stream().allMatch(f -> f == Field.SUMMARY || f == Field.REVIEWER)
        && !r.published;
  }

  private static List<Shown> requestPageShows(Rec r, boolean officer) {
    List<Shown> out =
        r.shows(
            Field.SUMMARY,
            Field.REQUEST_TEXT,
            Field.INTRODUCTION,
            Field.CLOSING_TEXT,
            Field.QUESTION,
            // the timeline: what each change said
            Field.TABLE_CAPTION,
            Field.WITHHOLD_REASON,
            Field.CORRECTION_REASON,
            Field.REVIEWER,
            Field.FINDING_NOTE);
    if (officer) {
      out.addAll(r.shows(Field.REQUESTER_NAME, Field.REQUESTER_CONTACT));
    }
    return out;
  }

  /**
   * The compose pages (the task list and its sections) that show a payload of this record beyond
   * its summary, and what each must show. Pages that would show only the summary are left out:
   * every page load counts on a long run, and the summary is checked on each page visited.
   */
  private static Map<String, List<Shown>> composerShows(Rec r) {
    Map<String, List<Shown>> pages = new LinkedHashMap<>();
    if (r.withheldNow) {
      pages.put("", r.shows(Field.SUMMARY, Field.WITHHOLD_REASON));
    }
    pages.put("/questions", r.shows(Field.SUMMARY, Field.QUESTION));
    pages.put(
        "/answers",
        r.shows(
            Field.SUMMARY,
            Field.ANSWER,
            Field.TABLE_CAPTION,
            Field.TABLE_CORNER,
            Field.COLUMN_GROUP,
            Field.COLUMN_HEADING,
            Field.ROW_HEADER));
    List<Shown> citations = r.shows(Field.SUMMARY, Field.CITATION_REASONS);
    if (r.noticeRequired && r.qualifiedGround) {
      citations.addAll(r.shows(Field.PI_FOR, Field.PI_AGAINST, Field.PI_CONCLUSION));
    }
    pages.put("/citations", citations);
    if (r.editable) {
      pages.put(
          "/cost",
          r.shows(Field.SUMMARY, Field.COST_BASIS, Field.COST_STATEMENT, Field.COST_ADVICE));
      pages.put("/notice", r.shows(Field.SUMMARY, Field.NOTICE_REVIEW, Field.NOTICE_COMPLAINT));
      pages.put("/send", r.shows(Field.SUMMARY, Field.QUESTION, Field.ANSWER));
    } else {
      pages.put("/publish", r.shows(Field.SUMMARY, Field.QUESTION, Field.ANSWER));
    }
    if (r.reviewDecided) {
      pages.put("/review", r.shows(Field.SUMMARY, Field.REVIEWER, Field.REVIEW_REASONS));
    }
    return pages;
  }

  private static List<Shown> letterShows(Rec r) {
    List<Shown> out =
        r.shows(
            Field.SUMMARY,
            Field.REQUESTER_NAME,
            Field.INTRODUCTION,
            Field.QUESTION,
            Field.CLOSING_TEXT,
            Field.ANSWER,
            Field.TABLE_CAPTION,
            Field.TABLE_CORNER,
            Field.COLUMN_GROUP,
            Field.COLUMN_HEADING,
            Field.ROW_HEADER,
            Field.COST_STATEMENT,
            Field.COST_ADVICE,
            Field.LICENCE);
    if (r.costItemised) {
      out.addAll(r.shows(Field.COST_BASIS));
    }
    if (r.noticeRequired) {
      out.addAll(r.shows(Field.CITATION_REASONS, Field.NOTICE_REVIEW, Field.NOTICE_COMPLAINT));
      if (r.qualifiedGround) {
        out.addAll(r.shows(Field.PI_FOR, Field.PI_AGAINST, Field.PI_CONCLUSION));
      }
    }
    return out;
  }

  private static List<Shown> casePageShows(Rec r) {
    return r.shows(
        Field.SUMMARY,
        Field.INTRODUCTION,
        Field.QUESTION,
        Field.CLOSING_TEXT,
        Field.ANSWER,
        Field.TABLE_CAPTION,
        Field.TABLE_CORNER,
        Field.COLUMN_GROUP,
        Field.COLUMN_HEADING,
        Field.ROW_HEADER,
        Field.COST_BASIS,
        Field.COST_STATEMENT,
        Field.COST_ADVICE,
        Field.CORRECTION_REASON,
        Field.LICENCE);
  }

  private static List<Shown> summaries(List<Rec> records) {
    List<Shown> out = new ArrayList<>();
    Set<Integer> seen = new TreeSet<>();
    for (Rec r : records) {
      for (Shown s : r.shows(Field.SUMMARY)) {
        if (seen.add(s.payload())) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static List<Shown> shows(Field f) {
    return shows(f, f.all());
  }

  private static List<Shown> shows(Field f, List<Integer> indexes) {
    return indexes.stream().map(i -> new Shown(f.label, i, shownText(f, i))).toList();
  }

  @SafeVarargs
  private static List<Shown> concat(List<Shown>... lists) {
    List<Shown> out = new ArrayList<>();
    for (List<Shown> l : lists) {
      out.addAll(l);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The browser

  private void signIn(String user, String path) {
    browser.open("/");
    install();
    browser.signInAs(user, path);
  }

  private void install() {
    if (!hooked) {
      probe.install();
      hooked = true;
    }
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser.driver();
  }

  /** Types short one-line text key by key, as a person would; sets longer text at once. */
  private void fill(String css, String text) {
    WebElement field = browser.driver().findElement(By.cssSelector(css));
    if (text.length() <= 60 && text.chars().noneMatch(c -> c < ' ')) {
      field.clear();
      field.sendKeys(text);
    } else {
      set(field, text);
    }
  }

  private void set(WebElement field, String text) {
    js().executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
            field,
            text);
  }

  private void date(String id, LocalDate date) {
    fill("#" + id, String.valueOf(date.getDayOfMonth()));
    fill("#" + id + "-month", String.valueOf(date.getMonthValue()));
    fill("#" + id + "-year", String.valueOf(date.getYear()));
  }

  /** The three inputs {@code name-day}, {@code -month}, {@code -year} inside {@code scope}. */
  private void date(String scope, String name, LocalDate date) {
    fill(scope + " input[name=" + name + "-day]", String.valueOf(date.getDayOfMonth()));
    fill(scope + " input[name=" + name + "-month]", String.valueOf(date.getMonthValue()));
    fill(scope + " input[name=" + name + "-year]", String.valueOf(date.getYear()));
  }

  /** Payloads typed into a date's three inputs, in turn. */
  private void dateText(String scope, String name, List<Integer> indexes) {
    String[] parts = {"day", "month", "year"};
    StringBuilder[] values = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    for (int k = 0; k < indexes.size(); k++) {
      StringBuilder v = values[k % 3];
      v.append(v.length() == 0 ? "" : " ").append(Field.DATE.text(indexes.get(k)));
    }
    for (int k = 0; k < 3; k++) {
      set(
          browser
              .driver()
              .findElement(By.cssSelector(scope + " input[name=" + name + "-" + parts[k] + "]")),
          values[k].toString());
    }
  }

  /** Clicks the submit button and waits for the next page. */
  private void press(String buttonCss) {
    WebElement button = browser.driver().findElement(By.cssSelector(buttonCss));
    click(button);
  }

  /** Presses a button of a form that must accept what was entered. */
  private void pressAccepted(String buttonCss) {
    press(buttonCss);
    assertThat(browser.texts(".govuk-error-summary"))
        .as("errors after %s on %s", buttonCss, currentPath())
        .isEmpty();
  }

  private void pressIn(WebElement form) {
    click(form.findElement(By.cssSelector("button[type=submit]")));
  }

  /** Clicks a submit button and waits until the next page (a new document) has loaded. */
  private void click(WebElement button) {
    // the page being left is marked; the next one, a new document, is not
    js().executeScript(
            "document.documentElement.dataset.xssLeaving = 'yes';"
                + " arguments[0].scrollIntoView({ block: 'center' })",
            button);
    try {
      button.click();
    } catch (org.openqa.selenium.ElementNotInteractableException hidden) {
      js().executeScript("arguments[0].click()", button);
    }
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
        .pollingEvery(java.time.Duration.ofMillis(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && !document.documentElement.dataset.xssLeaving")));
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText().strip();
  }

  private String currentPath() {
    return browser.currentPath();
  }

  /** The mark form of a request's S17_7_RIGHTS finding, on the page of the refusals that has it. */
  private WebElement findingForm(Rec r) {
    By form =
        By.cssSelector(
            "section.app-case[data-case='"
                + r.slug
                + "'] .app-finding[data-rule='S17_7_RIGHTS'] form");
    for (int n = 1; n <= 50; n++) {
      browser.open("/audit/refusals?page=" + n);
      List<WebElement> found = browser.driver().findElements(form);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      if (!hasNextPage()) {
        break;
      }
    }
    throw new AssertionError("No page of the refusals has the case " + r.slug);
  }

  private boolean hasNextPage() {
    return !browser
        .driver()
        .findElements(By.cssSelector(".govuk-pagination a[rel=next]"))
        .isEmpty();
  }

  /**
   * Visits every page of the refusals (20 cases a page); each payload of {@code mustShow} must be
   * shown as text on one of them.
   */
  private void refusalPages(List<Shown> mustShow, List<Shown> mayShow) {
    List<Shown> all = concat(mustShow, mayShow);
    for (int n = 1; n <= 50; n++) {
      probe.visit(REFUSALS, "/audit/refusals?page=" + n, List.of(), all);
      if (!hasNextPage()) {
        break;
      }
    }
    Map<String, java.util.BitSet> wanted = new java.util.LinkedHashMap<>();
    mustShow.forEach(
        x -> wanted.computeIfAbsent(x.field(), f -> new java.util.BitSet()).set(x.payload()));
    wanted.forEach(
        (field, payloads) -> {
          java.util.BitSet missing = (java.util.BitSet) payloads.clone();
          missing.andNot(probe.shownSoFar(field, REFUSALS));
          if (!missing.isEmpty()) {
            probe.fail(field + " never shown on any page of " + REFUSALS + ": " + missing);
          }
        });
  }

  private void assertNothingRan() {
    assertThat(probe.failures()).as("payloads that ran or were injected, or not shown").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** A pasted table (tab-separated, quoted): corner, column headings, and row headers. */
  private static String tsv(List<Integer> corner, List<Integer> columns, List<Integer> rows) {
    StringBuilder out = new StringBuilder(quote(shownJoin(Field.TABLE_CORNER, corner)));
    for (int c : columns) {
      out.append('\t').append(quote(shownText(Field.COLUMN_HEADING, c)));
    }
    for (int r : rows) {
      out.append('\n').append(quote(shownText(Field.ROW_HEADER, r)));
      for (int c = 0; c < columns.size(); c++) {
        out.append('\t').append(10 + c);
      }
    }
    return out.toString();
  }

  /** A table whose figures are payloads: refused, each quoted back in an error message. */
  private static String cellsOfPayloads() {
    StringBuilder out = new StringBuilder("Year\tFigure");
    for (int i = 0; i < SIZE; i++) {
      out.append("\n")
          .append(2000 + i)
          .append('\t')
          .append(shownText(Field.TABLE_CELL, i).replace('\n', ' '));
    }
    return out.toString();
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static String encoded(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String pathEncoded(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
