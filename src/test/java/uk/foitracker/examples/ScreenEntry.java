package uk.foitracker.examples;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import uk.foitracker.examples.Example.Answer;
import uk.foitracker.examples.Example.Citation;
import uk.foitracker.examples.Example.CostLine;
import uk.foitracker.examples.Example.Question;
import uk.foitracker.examples.Example.Review;
import uk.foitracker.examples.Example.Row;
import uk.foitracker.examples.Example.Table;

/**
 * Enters an example as an officer does, through the HTML forms of the officer screens (with the
 * page's CSRF cookie and token): logs the request, composes the response, sends and publishes it.
 * What today's screens cannot take is left out here, and the fact groups that need it are disabled
 * in {@link ExampleCaseTest}; {@link Features} says which.
 */
final class ScreenEntry {
  static final String CSRF = "csrf-token";

  /** A name that appears nowhere in the letters: the publish check must keep it off the case. */
  static final String REQUESTER = "Ottoline Brackenbury";

  static final String CONTACT = "ottoline@example.org";

  private ScreenEntry() {}

  /** A page's CSRF cookie and form token. */
  record Page(String cookie, String token, Document doc) {
    static Page open(String path) {
      Response r = given().redirects().follow(false).get(path);
      if (r.statusCode() != 200) {
        throw new AssertionError("GET " + path + " gave " + r.statusCode());
      }
      Document doc = Jsoup.parse(r.asString());
      return new Page(r.getCookie(CSRF), doc.select("input[name=" + CSRF + "]").first().val(), doc);
    }

    RequestSpecification form() {
      return given()
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded; charset=UTF-8")
          .cookie(CSRF, cookie)
          .formParam(CSRF, token);
    }

    RequestSpecification multipart() {
      return given().redirects().follow(false).cookie(CSRF, cookie).multiPart(CSRF, token);
    }

    /** A text part in UTF-8 (RestAssured's default charset for parts would mangle "’" or "–"). */
    static MultiPartSpecification part(String name, String value) {
      return new MultiPartSpecBuilder(value).controlName(name).charset("UTF-8").build();
    }
  }

  /** What was entered and where it was published. */
  record Entered(String reference, String slug, List<String> skipped) {}

  static Entered enter(Example e) {
    return enter(e, true);
  }

  /**
   * Enters the example; without {@code sendAndPublish} it stops before the send, leaving a draft
   * (slug null) with its answers, tables, citations, cost, notice, licence and attachments.
   */
  static Entered enter(Example e, boolean sendAndPublish) {
    List<String> skipped = new ArrayList<>();
    String ref = log(e, skipped);
    if (!e.regime().equals(e.regimeAsRequested())) {
      changeRegime(e, ref);
    }
    correspondence(e, ref);
    String base = "/officer/requests/" + ref + "/response";
    Page p = Page.open(base);

    // answers, in the order the letter gives them; without instalments (one answer per question)
    // a later instalment's text for an answered question is added to that question's answer
    List<Answer> answers = new ArrayList<>();
    for (Answer a : e.answers()) {
      Answer earlier =
          answers.stream()
              .filter(x -> x.questions().equals(a.questions()))
              .findFirst()
              .orElse(null);
      if (Features.INSTALMENTS && a.instalment() > 1) {
        continue; // posted after the first instalment is sent
      }
      if (earlier != null) {
        List<String> merged = new ArrayList<>(earlier.paragraphs());
        merged.addAll(a.paragraphs());
        answers.set(
            answers.indexOf(earlier),
            new Answer(earlier.questions(), merged, earlier.tables(), earlier.instalment()));
        skipped.add("instalment " + a.instalment() + " entered into the first answer");
      } else {
        answers.add(a);
      }
    }
    // today every question needs an answer: a question only refused gets its refusal reasons
    // as its answer, one answer for the questions that share the same grounds
    if (!Features.REFUSAL_IS_THE_ANSWER) {
      java.util.Map<List<String>, List<Integer>> byReasons = new java.util.LinkedHashMap<>();
      for (int n = 1; n <= e.questions().size(); n++) {
        final int q = n;
        if (answers.stream().anyMatch(a -> a.questions().contains(q))) continue;
        List<String> reasons = new ArrayList<>();
        e.citations().stream()
            .filter(c -> c.questions().contains(q))
            .forEach(c -> reasons.addAll(c.reasons()));
        byReasons.computeIfAbsent(reasons, k -> new ArrayList<>()).add(q);
      }
      byReasons.forEach(
          (reasons, qs) -> {
            answers.add(new Answer(qs, reasons, List.of(), 1));
            skipped.add("questions " + qs + ": refusal reasons entered as the answer");
          });
    }
    for (Answer a : answers) {
      expect(
          p.form()
              .formParam("questions", a.questions().stream().map(String::valueOf).toList())
              .formParam("paragraphs", String.join("\n\n", a.paragraphs()))
              .post(base + "/answers"),
          303,
          "answer for questions " + a.questions());
    }
    for (int position = 1; position <= answers.size(); position++) {
      for (Table t : answers.get(position - 1).tables()) {
        if (t.hasBlankCells() && !Features.TABLES_AS_WRITTEN) {
          skipped.add("table " + t.caption() + " (blank cells)");
          continue;
        }
        addTable(base, position, t);
      }
    }
    for (int n = 1; n <= e.questions().size(); n++) {
      Question q = e.questions().get(n - 1);
      expect(
          p.form()
              .formParam("outcome", q.outcome().name())
              .post(base + "/questions/" + n + "/outcome"),
          303,
          "outcome of question " + n);
    }
    for (Citation c : e.citations()) {
      if (Features.CITATION_SETS) {
        expect(
            citationForm(p, c)
                .formParam("questions", c.questions().stream().map(String::valueOf).toList())
                .formParam("provision", codeAtLevel(c))
                .post(base + "/citations"),
            303,
            c.provision() + " on questions " + c.questions());
        for (String also : c.alsoCites()) {
          // the provisions the reasons invoke (reg 12(1)(b), 12(2), s.17(1)) are cited on the
          // same questions, each with the letter's paragraphs that invoke it as its reasons
          String code = ALSO_CITED.get(also);
          if (code == null) {
            skipped.add(also + " (not a provision of the catalogue) not cited");
            continue;
          }
          String number = also.replaceAll("^(reg |s\\.)", "");
          List<String> invoking = c.reasons().stream().filter(r -> r.contains(number)).toList();
          expect(
              p.form()
                  .formParam("questions", c.questions().stream().map(String::valueOf).toList())
                  .formParam("provision", code)
                  .formParam(
                      "reasons", String.join("\n\n", invoking.isEmpty() ? c.reasons() : invoking))
                  .post(base + "/citations"),
              303,
              also + " on questions " + c.questions());
        }
        continue;
      }
      for (int n : c.questions()) {
        expect(
            citationForm(p, c)
                .formParam("provision", c.code())
                .post(base + "/questions/" + n + "/citations"),
            303,
            c.provision() + " on question " + n);
      }
    }
    if (e.cost() != null) {
      List<String> activity = new ArrayList<>();
      List<String> basis = new ArrayList<>();
      List<String> minutes = new ArrayList<>();
      List<String> units = new ArrayList<>();
      List<String> eachMin = new ArrayList<>();
      List<String> eachMax = new ArrayList<>();
      for (CostLine l : e.cost().lines()) {
        activity.add(l.activity());
        basis.add(l.basis());
        // units and minutes each as stated; the line's minutes only when the letter states them
        // or they cannot be worked out from units x minutes each
        String[] each = l.minutesEach() == null ? new String[0] : l.minutesEach().split("[-–]");
        boolean derived = l.units() != null && each.length > 0;
        // minutes each with the number of units not stated: the line's time is not stated either
        minutes.add(
            derived || each.length > 0
                ? (l.minutes() == null ? "" : String.valueOf(l.minutes()))
                : minutesOf(l));
        units.add(l.units() == null ? "" : String.valueOf(l.units()));
        eachMin.add(each.length > 0 ? each[0].strip() : "");
        eachMax.add(each.length > 1 ? each[1].strip() : "");
      }
      expect(
          p.form()
              .formParam("questions", e.cost().questions().stream().map(String::valueOf).toList())
              .formParam("activity", activity)
              .formParam("basis", basis)
              .formParam("minutes", minutes)
              .formParam("units", units)
              .formParam("minutesEachMin", eachMin)
              .formParam("minutesEachMax", eachMax)
              .formParam(
                  "statedHours",
                  e.cost().statedHours() == null
                      ? ""
                      : e.cost().statedHours().replace(" hours", ""))
              .formParam("statement", e.cost().statement())
              .formParam("advice", e.cost().advice())
              .post(base + "/cost"),
          303,
          "cost assessment");
    }
    if (e.rights() != null) {
      expect(
          p.form()
              .formParam("reviewProcedure", e.rights().reviewProcedure())
              .formParam("complaintRights", e.rights().complaintRights())
              .post(base + "/notice"),
          303,
          "notice");
    }
    if (Features.LICENCE_FORM && e.licence() != null) {
      expect(
          p.form()
              .formParam("licenceStatement", e.licence().statement())
              .formParam("attributionStatement", e.licence().attribution())
              .post(base + "/licence"),
          303,
          "licence");
    }
    attach(e, base, 1);
    if (!sendAndPublish) {
      return new Entered(ref, null, skipped);
    }
    LocalDate sent = e.sentOn();
    boolean more = Features.INSTALMENTS && e.instalments().size() > 1;
    RequestSpecification send = p.form();
    if (more) {
      send.formParam("moreToFollow", "yes");
    }
    expect(
        send.formParam("sentOn-day", sent.getDayOfMonth())
            .formParam("sentOn-month", sent.getMonthValue())
            .formParam("sentOn-year", sent.getYear())
            .post(base + "/send"),
        303,
        "send");
    if (more) {
      sendLaterInstalments(e, base);
    }
    for (Review r : e.reviews()) {
      Page after = Page.open(base);
      LocalDate asked = r.receivedByAuthority() != null ? r.receivedByAuthority() : r.requested();
      RequestSpecification review =
          after
              .form()
              .formParam("requestedOn-day", asked.getDayOfMonth())
              .formParam("requestedOn-month", asked.getMonthValue())
              .formParam("requestedOn-year", asked.getYear());
      if (Features.REVIEW_DETAILS) {
        date(review, "acknowledgedOn", r.acknowledged());
        date(review, "statedDueOn", r.statedDue());
      }
      expect(review.post(base + "/review"), 303, "internal review");
      expect(
          after
              .form()
              .formParam("reviewer", r.reviewer())
              .formParam("outcome", r.outcome())
              .formParam("decisionQuestion", reviewed(e))
              .formParam("decisionOutcome", reviewed(e).stream().map(x -> r.outcome()).toList())
              .formParam("reasons", String.join("\n\n", r.decision()))
              .formParam("decidedOn-day", r.decided().getDayOfMonth())
              .formParam("decidedOn-month", r.decided().getMonthValue())
              .formParam("decidedOn-year", r.decided().getYear())
              .post(base + "/review/decision"),
          303,
          "internal review decision");
    }
    String slug = e.key() + "-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    expect(Page.open(base).form().formParam("slug", slug).post(base + "/publish"), 303, "publish");
    return new Entered(ref, slug, skipped);
  }

  /** Logs the request on the officer's "new request" form (step 2, questions as written). */
  private static String log(Example e, List<String> skipped) {
    // a letter that does not state when the request was received: no date is entered, and the
    // box "The received date is not stated" is ticked
    LocalDate received = e.received();
    List<String> numbers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < e.questions().size(); i++) {
      numbers.add(String.valueOf(i + 1));
      texts.add(e.questions().get(i).text());
    }
    String requestText =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(e.preamble()),
                java.util.stream.Stream.concat(
                    texts.stream(), java.util.stream.Stream.of(e.postscript())))
            .filter(s -> s != null)
            .collect(Collectors.joining("\n"));
    Page form = Page.open("/officer/requests/new");
    RequestSpecification details = form.form();
    if (received == null) {
      details.formParam("receivedNotStated", "yes");
    } else {
      date(details, "receivedOn", received);
    }
    if (Features.REQUEST_DETAILS) {
      Example.Reference lead = e.leadReference();
      details.formParam("authorityReference", lead == null ? "" : lead.text());
      details.formParam(
          "otherAuthorityReferences",
          e.references().stream()
              .filter(r -> !r.leads())
              .map(Example.Reference::text)
              .collect(Collectors.joining("\n")));
      date(details, "statedDue", e.statedDue());
    }
    Response saved =
        details
            .formParam("action", "save")
            .formParam("regime", e.regimeAsRequested())
            .formParam("channel", "EMAIL")
            .formParam("summary", e.summary())
            .formParam("requesterName", REQUESTER)
            .formParam("requesterContact", CONTACT)
            .formParam("requestText", requestText)
            .formParam("preamble", e.preamble() == null ? "" : e.preamble())
            .formParam("questionNumber", numbers)
            .formParam("questionText", texts)
            .formParam("postscript", e.postscript() == null ? "" : e.postscript())
            .post("/officer/requests/new");
    expect(saved, 200, "log the request");
    String ref = Jsoup.parse(saved.asString()).select("#reference").text();
    if (ref.isBlank()) {
      throw new AssertionError("no reference after logging " + e.key() + ": " + errors(saved));
    }
    return ref;
  }

  /**
   * Logged under the regime the requester asked under, the request moves to the one the authority
   * handled it under: a clock event on the request page, dated by the letter that announced it (the
   * acknowledgement), with the letter's own words as the reason.
   */
  private static void changeRegime(Example e, String ref) {
    String path = "/officer/requests/" + ref;
    Page page = Page.open(path);
    String version = page.doc().select("#action-regime-changed input[name=version]").val();
    LocalDate on = e.acknowledged();
    expect(
        page.form()
            .formParam("version", version)
            .formParam("date-day", on.getDayOfMonth())
            .formParam("date-month", on.getMonthValue())
            .formParam("date-year", on.getYear())
            .formParam("regime", e.regime())
            .formParam("reason", REGIME_REASONS.get(e.key()))
            .post(path + "/events/regime-changed"),
        303,
        "change of regime to " + e.regime());
  }

  /**
   * The acknowledgement and holding e-mails the letters state, each recorded on the request page's
   * form as a letter sent (they do not move the clock).
   */
  private static void correspondence(Example e, String ref) {
    String path = "/officer/requests/" + ref;
    List<Map.Entry<String, LocalDate>> letters = new ArrayList<>();
    if (e.acknowledged() != null) {
      letters.add(Map.entry("ACKNOWLEDGED", e.acknowledged()));
    }
    e.holdingEmails().forEach(h -> letters.add(Map.entry("HOLDING_REPLY", h)));
    for (var letter : letters) {
      Page page = Page.open(path);
      String version = page.doc().select("#action-correspondence input[name=version]").val();
      RequestSpecification form =
          page.form()
              .formParam("version", version)
              .formParam("correspondenceKind", letter.getKey())
              .formParam("correspondenceNote", "");
      date(form, "sentOn", letter.getValue());
      expect(
          form.post(path + "/correspondence"), 303, letter.getKey() + " on " + letter.getValue());
    }
  }

  /** Why the authority moved the request to another regime, in the letter's words. */
  static final Map<String, String> REGIME_REASONS =
      Map.of(
          "sheffield-carriageway-repairs",
          "As your request is a request for information relating to the environment, this has"
              + " been logged as a request under the Environmental Information Regulations 2004"
              + " (EIR) and will be dealt with under the Regulations.");

  private static void addTable(String base, int position, Table t) {
    Page page = Page.open(base + "/answers/" + position + "/tables/new");
    StringBuilder tsv = new StringBuilder();
    tsv.append(t.corner());
    t.columns().forEach(c -> tsv.append('\t').append(c));
    tsv.append('\n');
    for (Row r : t.rows()) {
      tsv.append(r.label());
      r.cells().forEach(c -> tsv.append('\t').append(c));
      tsv.append('\n');
    }
    boolean dashes = t.rows().stream().anyMatch(r -> r.cells().contains("-"));
    RequestSpecification form =
        page.multipart()
            .multiPart(Page.part("action", "save"))
            .multiPart(Page.part("caption", t.caption() != null ? t.caption() : t.corner()))
            .multiPart(Page.part("headerRows", "1"))
            .multiPart(Page.part("cells", tsv.toString()));
    if (dashes) {
      form.multiPart(Page.part("notHeldConfirmed", "yes"));
    }
    if (Features.TABLES_AS_WRITTEN) {
      // a meaning is chosen only for what the table holds: blank cells, "-" cells
      String meaning = t.blank() == Example.BlankMeaning.ZERO ? "ZERO" : "NOT_STATED";
      if (t.hasBlankCells()) form.multiPart(Page.part("blankMeans", meaning));
      if (dashes) form.multiPart(Page.part("dashMeans", meaning));
      List<String> totals = new ArrayList<>();
      for (int r = 0; r < t.rows().size(); r++) {
        if (t.rows().get(r).total()) totals.add(String.valueOf(r + 2)); // row 1 is the header
      }
      form.multiPart(Page.part("totalRows", totals.isEmpty() ? "none" : String.join(", ", totals)));
      // the corner label is column A, so the last of n columns is letter n + 1
      form.multiPart(
          Page.part(
              "totalColumns",
              t.lastColumnTotal() ? String.valueOf((char) ('A' + t.columns().size())) : "none"));
      if (t.note() != null) {
        form.multiPart(Page.part("note", t.note()));
      }
    }
    expect(form.post(base + "/answers/" + position + "/tables"), 303, "table " + t.caption());
  }

  private static RequestSpecification citationForm(Page p, Citation c) {
    RequestSpecification form = p.form().formParam("reasons", String.join("\n\n", c.reasons()));
    if (c.hasPublicInterest()) {
      form.formParam("publicInterestFor", String.join("\n\n", c.publicInterestFor()))
          .formParam("publicInterestAgainst", String.join("\n\n", c.publicInterestAgainst()))
          .formParam("publicInterestConclusion", String.join("\n\n", c.publicInterestConclusion()));
    }
    return form;
  }

  /** The catalogue codes of the provisions a letter's reasons invoke beside the ground cited. */
  private static final Map<String, String> ALSO_CITED =
      Map.of("reg 12(1)(b)", "EIR-12-1-b", "reg 12(2)", "EIR-12-2", "s.17(1)", "FOIA-17-1");

  /** The catalogue code at the level the letter cites (s17-citations' subsection catalogue). */
  static String codeAtLevel(Citation c) {
    return switch (c.provision()) {
      case "s.43(2)" -> "FOIA-43-2";
      default -> c.code();
    };
  }

  private static void date(RequestSpecification form, String name, LocalDate d) {
    form.formParam(name + "-day", d == null ? "" : String.valueOf(d.getDayOfMonth()))
        .formParam(name + "-month", d == null ? "" : String.valueOf(d.getMonthValue()))
        .formParam(name + "-year", d == null ? "" : String.valueOf(d.getYear()));
  }

  /** The answers of each later instalment, then its send (s17-instalments). */
  private static void sendLaterInstalments(Example e, String base) {
    for (int i = 1; i < e.instalments().size(); i++) {
      final int number = i + 1;
      Page p = Page.open(base);
      for (Answer a : e.answers()) {
        if (a.instalment() != number) continue;
        expect(
            p.form()
                .formParam("questions", a.questions().stream().map(String::valueOf).toList())
                .formParam("paragraphs", String.join("\n\n", a.paragraphs()))
                .formParam("confirm", "yes")
                .post(base + "/answers"),
            303,
            "answer in instalment " + number);
      }
      attach(e, base, number);
      LocalDate sent = e.instalments().get(i).sentOn();
      RequestSpecification send = Page.open(base).form();
      if (number < e.instalments().size()) {
        send.formParam("moreToFollow", "yes");
      }
      expect(
          send.formParam("sentOn-day", sent.getDayOfMonth())
              .formParam("sentOn-month", sent.getMonthValue())
              .formParam("sentOn-year", sent.getYear())
              .post(base + "/send"),
          303,
          "send instalment " + number);
    }
  }

  /** A line's minutes: as stated, else what is entered to stand for them. */
  private static String minutesOf(CostLine l) {
    return String.valueOf(l.minutes() != null ? l.minutes() : l.minutesUsed());
  }

  /** The questions a review decides on: those refused or partly refused in the response. */
  private static List<String> reviewed(Example e) {
    List<String> numbers = new ArrayList<>();
    for (int n = 1; n <= e.questions().size(); n++) {
      final int q = n;
      if (e.citations().stream().anyMatch(c -> c.questions().contains(q))) {
        numbers.add(String.valueOf(n));
      }
    }
    return numbers;
  }

  /**
   * Uploads the attachments sent with this instalment and marks each releasable. The letters' files
   * are not in the examples: a stand-in Word document under the attachment's name is uploaded.
   */
  private static void attach(Example e, String base, int instalment) {
    for (Example.Attachment a : e.attachments()) {
      if (a.instalment() != instalment) continue;
      Page p = Page.open(base);
      expect(
          p.multipart()
              .multiPart("file", a.name(), docx(a.name()), "application/octet-stream")
              .post(base + "/attachments"),
          303,
          "attach " + a.name());
      Document after = Page.open(base + "/answers").doc();
      String number = null;
      for (var row : after.select("#attachments-table tbody tr")) {
        if (row.select("a").text().equals(a.name())) number = row.id().replace("attachment-", "");
      }
      if (number == null) throw new AssertionError("attachment " + a.name() + " not listed");
      Page q = Page.open(base);
      expect(
          q.form()
              .formParam("releasable", "yes")
              .post(base + "/attachments/" + number + "/releasable"),
          303,
          "mark " + a.name() + " releasable");
    }
  }

  /**
   * A Word document holding the attachment's title, made with Apache POI: a real .docx, which the
   * release check opens to look for hidden content (a file it cannot open is refused).
   */
  private static byte[] docx(String title) {
    try (var doc = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(title);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void expect(Response r, int status, String what) {
    if (r.statusCode() != status) {
      throw new AssertionError(what + " gave " + r.statusCode() + ": " + errors(r));
    }
  }

  private static String errors(Response r) {
    Document d = Jsoup.parse(r.asString());
    String summary = d.select(".govuk-error-summary").text();
    return summary.isBlank()
        ? r.asString().substring(0, Math.min(500, r.asString().length()))
        : summary;
  }

  /** The published case as JSON and as its public page. */
  record Published(Entered entered, Map<String, Object> json, String jsonText, Document page) {
    String pageText() {
      return Letter.normalise(page.text());
    }
  }

  static Published read(Entered entered) {
    Response api = given().get("/api/cases/" + entered.slug());
    expect(api, 200, "GET /api/cases/" + entered.slug());
    Response page = given().get("/cases/" + entered.slug());
    expect(page, 200, "GET /cases/" + entered.slug());
    return new Published(
        entered, api.jsonPath().getMap(""), api.asString(), Jsoup.parse(page.asString()));
  }
}
