package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static uk.foitracker.security.WritingFormsRepeatTest.Guard.NO_WRITE;
import static uk.foitracker.security.WritingFormsRepeatTest.Guard.SAME_STATE;
import static uk.foitracker.security.WritingFormsRepeatTest.Guard.STATE;
import static uk.foitracker.security.WritingFormsRepeatTest.Guard.TOKEN;
import static uk.foitracker.security.WritingFormsRepeatTest.Guard.VERSION;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.mail.InboxFixtures;

/**
 * Every form that writes, posted as a browser posts it: then refreshed (the redirect target read
 * again) and posted a second time with the same hidden fields (the back button and a refresh of the
 * POST, or a double click). The first post does its action once; the refresh and the second post
 * change nothing more: the audit trail gets no second event and the request and its response read
 * as after the first post.
 *
 * <p>The forms come from the app itself: every POST resource method outside /api must be in {@link
 * #FORMS} with the guard that keeps it from repeating, so a new form fails {@link
 * #everyWritingFormIsClassified()} until it is classified. The forms are then found on the pages an
 * officer (and an auditor) reaches for requests in each state, filled in as a person would, and
 * repeated; {@link #everyFormIsRepeatedOnce()} fails for a classified form it never reached.
 */
@QuarkusTest
class WritingFormsRepeatTest {

  /** What keeps a form from doing its action twice. */
  enum Guard {
    /**
     * The form carries the request's (or draft's) version: the repeat is out of date and refused
     * (409) or answered with the page again, and nothing is written.
     */
    VERSION,
    /** The form carries a one-time token: the repeat gets the first outcome back. */
    TOKEN,
    /**
     * The action is refused once done (a state change that cannot happen twice, e.g. a draft
     * already confirmed or discarded).
     */
    STATE,
    /** The form sets values: posting the same values again leaves them as they were, no event. */
    SAME_STATE,
    /** Nothing is written (a check, a sign-out). */
    NO_WRITE
  }

  /** Every POST route outside /api, by "POST /template", with its guard. */
  static final Map<String, Guard> FORMS =
      Map.ofEntries(
          entry("POST /sign-out", NO_WRITE),
          entry("POST /check-a-refusal", NO_WRITE),
          entry("POST /status", NO_WRITE),
          // logging and the request page
          entry("POST /officer/requests/new", TOKEN),
          entry("POST /officer/requests/{ref}/events/{kind}", VERSION),
          entry("POST /officer/requests/{ref}/events/{event}/correction", VERSION),
          entry("POST /officer/requests/{ref}/events/{event}/withdrawal", VERSION),
          entry("POST /officer/requests/{ref}/assign", VERSION),
          entry("POST /officer/requests/{ref}/details/correction", VERSION),
          entry("POST /officer/batches", STATE),
          entry("POST /officer/batches/{batch}/members", STATE),
          entry("POST /officer/batches/{batch}/members/remove", STATE),
          entry("POST /officer/batches/{batch}/labels", STATE),
          entry("POST /officer/batches/{batch}/labels/remove", STATE),
          entry("POST /officer/requests/{ref}/details", VERSION),
          entry("POST /officer/requests/{ref}/links", VERSION),
          entry("POST /officer/requests/{ref}/links/{link}/remove", VERSION),
          entry("POST /officer/requests/{ref}/correspondence", VERSION),
          // corrections
          entry("POST /officer/requests/{ref}/corrections/questions/{number}/reword", VERSION),
          entry("POST /officer/requests/{ref}/corrections/questions/{number}/split", VERSION),
          entry("POST /officer/requests/{ref}/corrections/questions/{number}/merge", VERSION),
          entry("POST /officer/requests/{ref}/corrections/questions/numbers", VERSION),
          entry("POST /officer/requests/{ref}/corrections/answers/{position}", VERSION),
          entry(
              "POST /officer/requests/{ref}/corrections/answers/{position}/tables/{table}/cell",
              VERSION),
          entry(
              "POST /officer/requests/{ref}/corrections/answers/{position}/tables/{table}/removal",
              VERSION),
          entry("POST /officer/requests/{ref}/corrections/citations/{position}", VERSION),
          // compose
          entry("POST /officer/requests/{ref}/response/questions/{number}/outcome", VERSION),
          entry("POST /officer/requests/{ref}/response/answers", VERSION),
          entry("POST /officer/requests/{ref}/response/answers/{position}", VERSION),
          entry("POST /officer/requests/{ref}/response/answers/{position}/tables", VERSION),
          entry(
              "POST /officer/requests/{ref}/response/answers/{position}/tables/{table}/remove",
              VERSION),
          entry(
              "POST /officer/requests/{ref}/response/answers/{position}/tables/{table}/note",
              VERSION),
          entry("POST /officer/requests/{ref}/response/questions/{number}/citations", VERSION),
          entry(
              "POST /officer/requests/{ref}/response/questions/{number}/citations/{position}/remove",
              VERSION),
          entry("POST /officer/requests/{ref}/response/citations", VERSION),
          entry("POST /officer/requests/{ref}/response/citations/{position}/remove", VERSION),
          entry("POST /officer/requests/{ref}/response/cost", VERSION),
          entry("POST /officer/requests/{ref}/response/attachments", VERSION),
          entry("POST /officer/requests/{ref}/response/attachments/{number}/releasable", VERSION),
          entry("POST /officer/requests/{ref}/response/release-check/not-personal", VERSION),
          entry("POST /officer/requests/{ref}/response/notice", VERSION),
          entry("POST /officer/requests/{ref}/response/licence", VERSION),
          entry("POST /officer/requests/{ref}/response/send", VERSION),
          entry("POST /officer/requests/{ref}/response/publish", VERSION),
          entry("POST /officer/requests/{ref}/response/withhold", VERSION),
          entry("POST /officer/requests/{ref}/response/corrections", VERSION),
          entry("POST /officer/requests/{ref}/response/review", VERSION),
          entry("POST /officer/requests/{ref}/response/review/decision", VERSION),
          // e-mail, imports, settings
          entry("POST /officer/inbox/{mail}/confirm", VERSION),
          entry("POST /officer/inbox/{mail}/discard", VERSION),
          entry("POST /officer/outbox/{outbox}/retry", SAME_STATE),
          // one acknowledgement e-mail per request; the form carries the version too
          entry("POST /officer/requests/{ref}/acknowledgement-email", VERSION),
          entry("POST /officer/imports", NO_WRITE),
          entry("POST /officer/imports/{id}/confirm", STATE),
          entry("POST /officer/imports/{id}/abandon", STATE),
          entry("POST /officer/settings", SAME_STATE),
          // auditor
          entry("POST /audit/refusals/marks", SAME_STATE));

  /**
   * Forms this test does not reach from the pages it plants, and why; each is repeated by the test
   * named.
   */
  static final Map<String, String> REACHED_ELSEWHERE =
      Map.ofEntries(
          entry("POST /sign-out", "SignOutTest: ends the session, writes nothing"),
          entry("POST /check-a-refusal", "NoticeCheckPageTest: nothing stored"),
          entry("POST /status", "StatusCheckTest: reads a request's status"),
          entry(
              "POST /officer/outbox/{outbox}/retry",
              "MailTest: needs an e-mail that failed; sets the next attempt to now"),
          entry("POST /officer/imports", "ImportsConfirmTest: reads a letter, stores nothing"),
          entry("POST /officer/imports/{id}/confirm", "ImportsConfirmTest"),
          entry("POST /officer/imports/{id}/abandon", "ImportsConfirmTest"),
          entry("POST /officer/batches", "CompareBatchTest: a title taken is refused"),
          entry("POST /officer/batches/{batch}/members", "CompareBatchTest: a duplicate refused"),
          entry(
              "POST /officer/batches/{batch}/members/remove",
              "CompareBatchTest: a case not in the batch is refused"),
          entry(
              "POST /officer/batches/{batch}/labels",
              "CompareBatchTest sets one; Batches.map refuses a mapping already set"),
          entry(
              "POST /officer/batches/{batch}/labels/remove",
              "CompareBatchTest; Batches.unmap refuses a mapping not set"));

  private static final String CSRF = "csrf-token";

  /** Route templates as patterns over concrete paths. */
  private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

  static {
    for (String route : FORMS.keySet()) {
      String path = route.substring("POST ".length());
      StringBuilder regex = new StringBuilder();
      for (String part : path.split("/", -1)) {
        if (!regex.isEmpty() || !part.isEmpty()) {
          regex.append('/');
        }
        regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
      }
      PATTERNS.put(route, Pattern.compile(regex.toString()));
    }
  }

  /** Values a person would type where the page's own values would be refused. */
  private final Map<String, Map<String, String>> overrides = new LinkedHashMap<>();

  private void overrides(String other) {
    // between the day the planted requests were received and their clock events
    LocalDate day = LocalDate.now().minusDays(2);
    Map<String, String> noPublicInterest =
        Map.of(
            "provision", "FOIA-1-1-a",
            "publicInterestFor", "",
            "publicInterestAgainst", "",
            "publicInterestConclusion", "",
            "precedents", "");
    overrides.put(
        "POST /officer/requests/new",
        Map.of(
            "action", "save",
            "regime", "FOIA",
            "channel", "EMAIL",
            "requestText", "1. How many bins were emptied?",
            "questionNumber", "1",
            "questionText", "How many bins were emptied?"));
    overrides.put("POST /officer/requests/{ref}/links", Map.of("otherReference", other));
    overrides.put("POST /officer/requests/{ref}/response/citations", noPublicInterest);
    overrides.put(
        "POST /officer/requests/{ref}/response/questions/{number}/citations", noPublicInterest);
    overrides.put(
        "POST /officer/requests/{ref}/events/{event}/correction",
        Map.of(
            "date-day", String.valueOf(day.getDayOfMonth()),
            "date-month", String.valueOf(day.getMonthValue()),
            "date-year", String.valueOf(day.getYear())));
    overrides.put("POST /officer/settings", Map.of("symbolKey", "<5 = fewer than five"));
    overrides.put(
        "POST /officer/requests/{ref}/response/answers/{position}/tables",
        Map.of(
            "cells", "Year\tCount\n2023\t12\n2024\t15\n",
            "caption", "Counts by year",
            "headerRows", "1",
            "totalRows", "",
            "totalColumns", "",
            "action", "save"));
  }

  @Test
  void everyWritingFormIsClassified() {
    Set<String> served = new TreeSet<>();
    for (String e : Routes.jaxRsEndpoints()) {
      if (e.startsWith("POST ") && !e.startsWith("POST /api/")) {
        served.add(e);
      }
    }
    Set<String> unclassified = new TreeSet<>(served);
    unclassified.removeAll(FORMS.keySet());
    assertThat(unclassified)
        .as("forms that write and have no guard in FORMS: classify them and repeat them here")
        .isEmpty();
    Set<String> gone = new TreeSet<>(FORMS.keySet());
    gone.removeAll(served);
    assertThat(gone).as("forms in FORMS that the app no longer serves").isEmpty();
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void everyFormIsRepeatedOnce() {
    Map<String, List<String>> outcomes = new TreeMap<>();
    String open = log("Bus shelters " + System.nanoTime(), 3);
    String ready = answered(log("Park benches " + System.nanoTime(), 2));
    String sent = answered(log("Street lights " + System.nanoTime(), 2));
    send(sent);
    String published = answered(log("Grit bins " + System.nanoTime(), 3));
    table(published);
    cite(published);
    send(published);
    publish(published);
    // sent, for its "withhold from the disclosure log" (the walk publishes the others first)
    String withheld = answered(log("Road gritting " + System.nanoTime(), 1));
    send(withheld);
    // a suppressed cell that can be worked out from the total: the release check's hit, which
    // the officer marks not personal
    String hit = answered(log("Salt barns " + System.nanoTime(), 1));
    Map<String, Object> derivable = new LinkedHashMap<>();
    derivable.put("caption", "Exclusions by year");
    derivable.put(
        "cells", "Year\tFixed term\tPermanent\tManaged move\tTotal\n2023\t4\t<5\t5\t12\n");
    json(derivable).post("/api/responses/" + hit + "/answers/1/tables").then().statusCode(200);
    // a citation of the request and one of a question, each with its "remove" form
    citeBoth(ready);
    long draft = InboxFixtures.draft();
    long discarded = InboxFixtures.draft();
    clockEvent(open);
    link(ready, open);
    table(ready);
    overrides(published);

    // the note under a table first: the walk below removes the table before it reaches the note
    repeatAll(
        "/officer/requests/" + ready + "/response/answers",
        ready,
        outcomes,
        r -> r.endsWith("/note"));
    // one citation removed from the request's list first: below, removing each question's
    // citations takes the request's with them
    AtomicBoolean once = new AtomicBoolean();
    repeatAll(
        "/officer/requests/" + ready + "/response/citations",
        ready,
        outcomes,
        r ->
            r.equals("POST /officer/requests/{ref}/response/citations/{position}/remove")
                && once.compareAndSet(false, true));

    for (String ref : List.of(open, ready, sent, published)) {
      for (String page : pagesOf(ref)) {
        repeatAll(page, ref, outcomes);
      }
    }
    repeatAll("/officer/inbox/" + draft, null, outcomes);
    repeatAll("/officer/inbox/" + discarded, null, outcomes, r -> r.endsWith("/discard"));
    for (String ref : List.of(open, published)) {
      // the last clock event first: it is withdrawn; the rest are then corrected
      List<String> events =
          new ArrayList<>(pagesOf(ref).stream().filter(p -> p.contains("/events/")).toList());
      Collections.reverse(events);
      for (String page : events) {
        repeatAll(page, ref, outcomes, r -> r.endsWith("/withdrawal"));
      }
      for (String page : events) {
        repeatAll(page, ref, outcomes, r -> r.endsWith("/correction"));
      }
    }
    repeatAll("/officer/requests/new", null, outcomes);
    repeatAll("/officer/settings", null, outcomes);
    repeatAll(
        "/officer/requests/" + withheld + "/response/publish",
        withheld,
        outcomes,
        r -> r.endsWith("/withhold"));
    repeatAll(
        "/officer/requests/" + hit + "/response/send?check=release",
        hit,
        outcomes,
        r -> r.endsWith("/not-personal"));
    // forms that appear only once another form has done its action (an attachment's
    // "releasable", a citation's "remove", the review's decision): a second walk posts those
    for (String ref : List.of(open, ready, sent, published)) {
      for (String page : pagesOf(ref)) {
        repeatAll(page, ref, outcomes, r -> !done(outcomes, r));
      }
    }

    Set<String> notReached = new TreeSet<>(FORMS.keySet());
    notReached.removeAll(REACHED_ELSEWHERE.keySet());
    notReached.remove("POST /audit/refusals/marks"); // the auditor's test below
    for (Map.Entry<String, List<String>> e : outcomes.entrySet()) {
      if (e.getValue().stream().anyMatch(s -> s.startsWith("done"))) {
        notReached.remove(e.getKey());
      }
    }
    System.out.println("Forms repeated: " + outcomes);
    System.out.println(
        "WRITING FORMS not yet repeated here (" + notReached.size() + "): " + notReached);
    assertThat(notReached)
        .as(
            "forms never posted with success and repeated: reach them from a page planted here,"
                + " or name the test that repeats them in REACHED_ELSEWHERE")
        .isEmpty();
  }

  private static boolean done(Map<String, List<String>> outcomes, String route) {
    return outcomes.getOrDefault(route, List.of()).stream().anyMatch(o -> o.startsWith("done"));
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void theAuditorsMarkIsRecordedOnce() {
    Map<String, List<String>> outcomes = new TreeMap<>();
    repeatAll("/audit/refusals", null, outcomes);
    System.out.println("Auditor's forms repeated: " + outcomes);
    assertThat(outcomes.getOrDefault("POST /audit/refusals/marks", List.of()))
        .as("the auditor's mark was posted and repeated")
        .anyMatch(s -> s.startsWith("done"));
  }

  /** The pages of a request that hold its forms. */
  private static List<String> pagesOf(String ref) {
    String r = "/officer/requests/" + ref;
    List<String> pages = new ArrayList<>(List.of(r, r + "/corrections"));
    for (String section :
        List.of(
            "questions",
            "answers",
            "citations",
            "cost",
            "notice",
            "letter",
            "send",
            "publish",
            "review")) {
      pages.add(r + "/response/" + section);
    }
    pages.add(r + "/response/answers/1/tables/new");
    Document page = get(r);
    for (Element a : page.select("a[href]")) {
      String href = a.attr("href").replaceAll("#.*$", "");
      if (href.startsWith(r + "/") && !pages.contains(href) && !href.endsWith(".pdf")) {
        pages.add(href);
      }
    }
    return pages;
  }

  /**
   * Posts each form of the page in turn (the page read afresh before each), then refreshes and
   * posts it again, and checks nothing was done twice.
   */
  private void repeatAll(String page, String ref, Map<String, List<String>> outcomes) {
    repeatAll(page, ref, outcomes, r -> true);
  }

  private void repeatAll(
      String page, String ref, Map<String, List<String>> outcomes, Predicate<String> only) {
    Response first = given().redirects().follow(false).get(page);
    if (first.statusCode() != 200) {
      return;
    }
    List<String> actions = new ArrayList<>();
    for (Element form : Jsoup.parse(first.asString()).select("form[method=post]")) {
      actions.add(form.attr("action"));
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String action : actions) {
      int index = seen.merge(action, 1, Integer::sum) - 1;
      String route = route(action);
      if (route == null || FORMS.get(route) == NO_WRITE || !only.test(route)) {
        assertThat(route)
            .as("form on " + page + " posts to " + action + ": classify it")
            .isNotNull();
        continue;
      }
      Response again = given().redirects().follow(false).get(page);
      if (again.statusCode() != 200) {
        continue;
      }
      List<Element> forms =
          Jsoup.parse(again.asString()).select("form[method=post]").stream()
              .filter(f -> f.attr("action").equals(action))
              .toList();
      if (forms.size() <= index) {
        continue;
      }
      String csrf = again.getCookie(CSRF);
      String outcome = repeat(forms.get(index), csrf, route, ref);
      outcomes.computeIfAbsent(route, k -> new ArrayList<>()).add(outcome + " on " + page);
    }
  }

  private static String route(String action) {
    String path = action.replaceAll("[?#].*$", "");
    for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
      if (e.getValue().matcher(path).matches()) {
        return e.getKey();
      }
    }
    return null;
  }

  /** One form: post, refresh, post again. Returns what happened, for the report. */
  private String repeat(Element form, String csrf, String route, String ref) {
    String action = form.attr("action");
    Guard guard = FORMS.get(route);
    if (guard == VERSION) {
      assertThat(form.select("input[name=version]"))
          .as(route + " carries the version it was read at")
          .isNotEmpty();
    }
    if (guard == TOKEN) {
      assertThat(form.select("input[name=formToken]"))
          .as(route + " carries a one-time token")
          .isNotEmpty();
    }
    Filled filled = fill(form);
    overrides
        .getOrDefault(route, Map.of())
        .forEach((k, v) -> filled.fields().put(k, new ArrayList<>(List.of(v))));
    if (route.endsWith("/questions/numbers")) {
      // renumber every question: 1, 2, 3 become 10, 20, 30
      filled
          .fields()
          .put("number", filled.fields().get("number").stream().map(n -> n + "0").toList());
    }
    if (!form.select("[name=reason]").isEmpty()) {
      // a correction: change what the form shows, as the officer would
      for (Element area : form.select("textarea[name]")) {
        if (!area.attr("name").equals("reason") && !area.text().isEmpty()) {
          filled
              .fields()
              .put(area.attr("name"), new ArrayList<>(List.of(area.wholeText() + " Corrected.")));
        }
      }
    }
    if (route.endsWith("/tables")) {
      // the cells are pasted: a file would replace them
      filled.files().clear();
    }
    if (filled.fields().containsKey("provision")
        && ref != null
        && "EIR".equals(given().get("/api/requests/" + ref).jsonPath().getString("regime"))) {
      // another form moved the request to the EIR: information not held is reg 12(4)(a) there,
      // and every EIR exception is weighed in the public interest (reg 12(1)(b))
      filled.fields().put("provision", new ArrayList<>(List.of("EIR-12-4-a")));
      filled.fields().put("publicInterestFor", new ArrayList<>(List.of("Openness about spending")));
      filled
          .fields()
          .put("publicInterestAgainst", new ArrayList<>(List.of("Nothing is held to weigh")));
      filled
          .fields()
          .put("publicInterestConclusion", new ArrayList<>(List.of("The exception is maintained")));
    }
    String before = state(ref);
    Response r1 = post(action, csrf, filled);
    assertThat(r1.statusCode()).as("first post to " + action).isLessThan(500);
    String after = state(ref);
    if (r1.statusCode() != 303) {
      assertThat(after)
          .as(route + " refused (" + r1.statusCode() + ") and saved nothing half-way")
          .isEqualTo(before);
      return "refused "
          + r1.statusCode()
          + " "
          + Jsoup.parse(r1.asString())
              .select(".govuk-error-summary__list, .govuk-error-summary__body, h1")
              .text();
    }
    String location = r1.header("Location");
    Response refresh = given().redirects().follow(false).get(location);
    assertThat(refresh.statusCode()).as("refresh of " + location).isLessThan(500);
    assertThat(state(ref)).as("refreshing " + location + " after " + route).isEqualTo(after);
    Response r2 = post(action, csrf, filled);
    assertThat(r2.statusCode()).as("second post to " + action).isLessThan(500);
    assertThat(state(ref)).as("posting " + route + " again did it again").isEqualTo(after);
    if (guard == TOKEN) {
      assertThat(r2.header("Location")).isEqualTo(location);
    }
    return "done, then " + r2.statusCode();
  }

  /** The values a person would send: what the form holds, and a plausible value where empty. */
  record Filled(Map<String, List<String>> fields, Map<String, String> files, boolean multipart) {}

  private static Filled fill(Element form) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    LocalDate today = LocalDate.now();
    Set<String> radios = new LinkedHashSet<>();
    for (Element in : form.select("input[name], textarea[name], select[name]")) {
      String name = in.attr("name");
      String type = in.attr("type").toLowerCase();
      if (in.hasAttr("disabled") || type.equals("submit") || type.equals("button")) {
        continue;
      }
      String value;
      switch (in.tagName()) {
        case "textarea" -> value = in.text().isEmpty() ? text(name) : in.wholeText();
        case "select" -> {
          Element chosen = in.selectFirst("option[selected]");
          if (chosen == null) {
            chosen =
                in.select("option").stream()
                    .filter(o -> !o.attr("value").isEmpty())
                    .findFirst()
                    .orElse(null);
          }
          value = chosen == null ? "" : chosen.attr("value");
        }
        default -> {
          if (type.equals("file")) {
            if (!name.equals("logo")) {
              files.put(name, "1. How many bins were emptied in 2024?\n");
            }
            continue;
          }
          if (type.equals("radio")) {
            if (in.hasAttr("checked")) {
              fields.put(name, new ArrayList<>(List.of(in.attr("value"))));
              radios.add(name);
            } else if (!radios.contains(name) && !fields.containsKey(name)) {
              fields.put(name, new ArrayList<>(List.of(in.attr("value"))));
            }
            continue;
          }
          if (type.equals("checkbox")) {
            boolean noneChecked =
                form.select("input[type=checkbox][name=" + name + "][checked]").isEmpty();
            if (in.hasAttr("checked")
                || (name.equals("questions") && noneChecked)
                || name.contains("onfirm")) {
              fields.computeIfAbsent(name, k -> new ArrayList<>()).add(in.attr("value"));
            }
            continue;
          }
          value = in.attr("value");
          if (value.isEmpty() && !type.equals("hidden")) {
            value = value(name, today);
          }
        }
      }
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    Element button =
        form.select("button[name], input[type=submit][name]").stream()
            .filter(b -> !b.hasClass("govuk-button--secondary"))
            .findFirst()
            .orElse(null);
    if (button != null) {
      fields.put(button.attr("name"), List.of(button.attr("value")));
    }
    boolean multipart = form.attr("enctype").contains("multipart");
    return new Filled(fields, files, multipart);
  }

  private static String value(String name, LocalDate day) {
    String n = name.toLowerCase();
    if (n.endsWith("-day")) {
      return String.valueOf(day.getDayOfMonth());
    }
    if (n.endsWith("-month")) {
      return String.valueOf(day.getMonthValue());
    }
    if (n.endsWith("-year")) {
      return String.valueOf(day.getYear());
    }
    if (n.contains("slug")) {
      return "repeat-" + System.nanoTime();
    }
    if (n.contains("reference")) {
      return "R" + (System.nanoTime() % 100000);
    }
    if (n.contains("hours")
        || n.contains("minutes")
        || n.contains("units")
        || n.equals("row")
        || n.equals("column")) {
      return "1";
    }
    if (n.contains("value")) {
      return "7";
    }
    return text(name);
  }

  private static String text(String name) {
    String n = name.toLowerCase();
    if (n.contains("cells")) {
      return "Year\tCount\n2023\t12\n2024\t15\n";
    }
    if (n.contains("reason")) {
      return "A typing error in the letter as sent";
    }
    return "Written by the repeat test " + name;
  }

  private static Response post(String action, String csrf, Filled filled) {
    RequestSpecification spec = given().redirects().follow(false).cookie(CSRF, csrf);
    if (filled.multipart()) {
      spec.contentType("multipart/form-data");
      for (Map.Entry<String, List<String>> f : filled.fields().entrySet()) {
        for (String v : f.getValue()) {
          spec.multiPart(f.getKey(), v);
        }
      }
      for (Map.Entry<String, String> f : filled.files().entrySet()) {
        spec.multiPart(
            f.getKey(), "letter.txt", f.getValue().getBytes(StandardCharsets.UTF_8), "text/plain");
      }
    } else {
      spec.contentType("application/x-www-form-urlencoded");
      for (Map.Entry<String, List<String>> f : filled.fields().entrySet()) {
        spec.formParam(f.getKey(), f.getValue().toArray());
      }
    }
    return spec.post(action);
  }

  /**
   * What a repeat must not change: the number of audit events (every change a person makes is one),
   * and the request and its response as the API reads them.
   */
  private static String state(String ref) {
    long events =
        QuarkusTransaction.requiringNew()
            .call(() -> AuditEvent.count("actor in ('olive', 'adam')"));
    if (ref == null) {
      return "events " + events;
    }
    return "events "
        + events
        + "\n"
        + given().get("/api/requests/" + ref).asString()
        + "\n"
        + given().get("/api/responses/" + ref).asString();
  }

  private static Document get(String path) {
    return Jsoup.parse(given().redirects().follow(false).get(path).asString());
  }

  // ---- planting requests in each state, through the API ----

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static String log(String title, int questions) {
    List<Map<String, Object>> numbered = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= questions; i++) {
      String q = "How many were counted in part " + i + "?";
      numbered.add(Map.of("number", i, "text", q));
      text.append(i).append(". ").append(q).append("\n");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(5).toString());
    body.put("channel", "EMAIL");
    body.put("summary", title);
    body.put("requesterName", Planted.NAME);
    body.put("requesterContact", Planted.CONTACT);
    body.put("requestText", text.toString().strip());
    body.put("questions", numbered);
    return json(body).post("/api/requests").then().statusCode(201).extract().path("reference");
  }

  /** Every question answered (one answer each) and provided in full. */
  private static String answered(String ref) {
    String base = "/api/responses/" + ref;
    int n = given().get("/api/requests/" + ref).jsonPath().getList("questions").size();
    for (int i = 1; i <= n; i++) {
      json(Map.of("questions", List.of(i), "paragraphs", List.of("The count was " + (10 + i))))
          .post(base + "/answers")
          .then()
          .statusCode(200);
      json(Map.of("outcome", "PROVIDED_IN_FULL"))
          .put(base + "/questions/" + i + "/outcome")
          .then()
          .statusCode(204);
    }
    return ref;
  }

  private static void table(String ref) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("caption", "Counts by year");
    table.put("headerRows", 1);
    table.put("cells", "Year\tCount\n2023\t12\n2024\t15\n");
    table.put("notHeldConfirmed", true);
    json(table).post("/api/responses/" + ref + "/answers/1/tables").then().statusCode(200);
  }

  private static void cite(String ref) {
    json(Map.of("outcome", "NOT_HELD")).put("/api/responses/" + ref + "/questions/3/outcome");
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("provision", "FOIA-1-1-a");
    cite.put("questions", List.of(3));
    cite.put("reasons", "The council does not hold this information.");
    json(cite)
        .post("/api/responses/" + ref + "/citations")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
  }

  private static void citeBoth(String ref) {
    String base = "/api/responses/" + ref;
    for (int q = 1; q <= 2; q++) {
      json(Map.of("outcome", "NOT_HELD"))
          .put(base + "/questions/" + q + "/outcome")
          .then()
          .statusCode(204);
    }
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("provision", "FOIA-1-1-a");
    cite.put("questions", List.of(1));
    cite.put("reasons", "The council does not hold this information.");
    json(cite).post(base + "/citations").then().log().ifValidationFails().statusCode(200);
    json(Map.of("provision", "FOIA-1-1-a", "reasons", "Not held either."))
        .post(base + "/questions/2/citations")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
  }

  private static long version(String ref) {
    return given().get("/api/requests/" + ref).jsonPath().getLong("version");
  }

  private static void clockEvent(String ref) {
    json(Map.of(
            "kind",
            "CLARIFICATION_REQUESTED",
            "date",
            LocalDate.now().minusDays(1).toString(),
            "version",
            version(ref)))
        .post("/api/requests/" + ref + "/clock-events")
        .then()
        .statusCode(200);
  }

  private static void link(String ref, String other) {
    json(Map.of("version", version(ref), "otherReference", other, "kind", "REFINED", "note", "x"))
        .post("/api/requests/" + ref + "/links")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(lessThan(300));
  }

  private static void send(String ref) {
    json(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post("/api/responses/" + ref + "/send")
        .then()
        .statusCode(200);
  }

  private static void publish(String ref) {
    json(Map.of("slug", "repeat-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "-")))
        .post("/api/responses/" + ref + "/publish")
        .then()
        .statusCode(200);
  }
}
