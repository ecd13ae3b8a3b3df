package uk.foitracker.noticecheck;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.foitracker.reading.LetterFacts;
import uk.foitracker.reading.LetterReader;
import uk.foitracker.reading.ReadCitation;
import uk.foitracker.reading.ReadCost;
import uk.foitracker.reading.ReadLetter;
import uk.foitracker.reading.ReadQuestion;
import uk.foitracker.reading.ReadThread;
import uk.foitracker.reading.Span;
import uk.foitracker.reading.TableReader;
import uk.foitracker.rules.checks.TableFacts;
import uk.foitracker.web.OwnDatabase;

/**
 * Issue 18's labelled corpus: each real notice in {@code src/test/resources/notices/} runs through
 * both paths, as text through {@code POST /api/notices/check} and entered as a case through the
 * officer API (what the reader read, as an officer would key it) and then reviewed through {@code
 * GET /api/audit/findings}. Each path's findings are scored against the findings a lawyer wrote by
 * hand: a finding counts when its rule was expected for that letter. The test prints precision and
 * recall per path and per rule (also to {@code target/notice-corpus/summary.txt}), and fails on a
 * HIGH finding a lawyer did not expect beyond those known, or when recall falls below its floor.
 */
@QuarkusTest
@TestProfile(NoticeCorpusTest.Isolated.class)
class NoticeCorpusTest {
  /**
   * An H2 database and search index of its own, also in the PostgreSQL tier: forty requests
   * received from 2012 to 2024, some open and some with no received date, would change the shared
   * database's queue and the statistics other tests compute by hand.
   */
  public static class Isolated implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return OwnDatabase.named("corpus", Map.of());
    }
  }

  @Inject CheckLimit limit;

  static final Path DIR = Path.of("src/test/resources/notices");
  static final ObjectMapper JSON = new ObjectMapper();

  record Letter(String name, String text, JsonNode expected) {
    Set<String> expectedRules() {
      Set<String> rules = new LinkedHashSet<>();
      expected.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
      return rules;
    }

    String date(String field) {
      JsonNode d = expected.path(field);
      return d.isNull() || d.isMissingNode() ? null : d.asText();
    }
  }

  record Found(String rule, String severity) {}

  /** Counts of one path. */
  static final class Score {
    int expected;
    int found;
    int truePositives;
    final List<String> highFalsePositives = new ArrayList<>();
    final Map<String, int[]> byRule = new TreeMap<>(); // expected, found, true positives
    final List<String> lines = new ArrayList<>();

    void add(Letter l, List<Found> findings) {
      Set<String> want = l.expectedRules();
      Set<String> got = new LinkedHashSet<>();
      for (Found f : findings) {
        if (!got.add(f.rule())) {
          continue;
        }
        found++;
        rule(f.rule())[1]++;
        if (want.contains(f.rule())) {
          truePositives++;
          rule(f.rule())[2]++;
        } else if ("HIGH".equals(f.severity())) {
          highFalsePositives.add(l.name() + ": " + f.rule());
        }
      }
      for (String w : want) {
        expected++;
        rule(w)[0]++;
      }
      Set<String> missed = new LinkedHashSet<>(want);
      missed.removeAll(got);
      Set<String> extra = new LinkedHashSet<>(got);
      extra.removeAll(want);
      lines.add(l.name() + ": missed " + missed + ", not expected " + extra);
    }

    private int[] rule(String r) {
      return byRule.computeIfAbsent(r, k -> new int[3]);
    }

    double recall() {
      return expected == 0 ? 1 : (double) truePositives / expected;
    }

    double precision() {
      return found == 0 ? 1 : (double) truePositives / found;
    }

    String report(String path) {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              "%s: recall %d/%d = %.1f%%, precision %d/%d = %.1f%%, HIGH false positives %d%n",
              path,
              truePositives,
              expected,
              100 * recall(),
              truePositives,
              found,
              100 * precision(),
              highFalsePositives.size()));
      byRule.forEach(
          (r, c) ->
              b.append(
                  String.format(
                      "  %-30s expected %2d, found %2d, right %2d%n", r, c[0], c[1], c[2])));
      lines.forEach(s -> b.append("  ").append(s).append('\n'));
      highFalsePositives.forEach(s -> b.append("  HIGH false positive: ").append(s).append('\n'));
      return b.toString();
    }
  }

  static List<Letter> letters() throws IOException {
    List<Letter> letters = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path json = DIR.resolve(name + ".expected.json");
        letters.add(
            new Letter(
                name, Files.readString(txt, StandardCharsets.UTF_8), JSON.readTree(json.toFile())));
      }
    }
    return letters;
  }

  @Test
  @TestSecurity(
      user = "corpus",
      roles = {"officer", "auditor"})
  void theCorpusThroughBothPaths() throws IOException {
    List<Letter> letters = letters();
    assertThat(letters).hasSizeGreaterThanOrEqualTo(25);
    Score text = new Score();
    Score cases = new Score();
    List<String> entryProblems = new ArrayList<>();
    for (Letter l : letters) {
      limit.clear(); // the corpus is one client checking 40 letters; the limit has its own test
      text.add(l, throughText(l));
      cases.add(l, throughCase(l, entryProblems));
    }
    String report =
        text.report("Text (POST /api/notices/check)")
            + cases.report("Case (entered through the API)")
            + "Entry problems: "
            + entryProblems.size()
            + "\n"
            + String.join("\n", entryProblems);
    System.out.println(report);
    Path out = Path.of("target/notice-corpus");
    Files.createDirectories(out);
    Files.writeString(out.resolve("summary.txt"), report, StandardCharsets.UTF_8);
    assertThat(text.highFalsePositives)
        .as("HIGH false positives, text path, beyond those known")
        .isSubsetOf(KNOWN_HIGH_FALSE_POSITIVES);
    assertThat(cases.highFalsePositives)
        .as("HIGH false positives, case path, beyond those known")
        .isSubsetOf(KNOWN_HIGH_FALSE_POSITIVES);
    assertThat(text.recall()).as("recall, text path").isGreaterThanOrEqualTo(TEXT_RECALL);
    assertThat(cases.recall()).as("recall, case path").isGreaterThanOrEqualTo(CASE_RECALL);
  }

  /**
   * The floors measured when the corpus was wired (2026-12-06: text 53/80, case 47/80), raised to
   * what is measured now (2026-12-07: text 75/80, case 75/80, no HIGH false positive), with the
   * case path reviewed as at the thread's last message ({@code asAt}), an undecided internal review
   * past its 40 working days judged late, a promise of the s.17(7) rights "with our final response"
   * not taken for them, and a part of a thread's response keyed with the answer its message
   * carries. Issue 18 asks for 0.90; these stop the figures going backwards.
   */
  static final double TEXT_RECALL = 0.93;

  static final double CASE_RECALL = 0.93;

  /**
   * HIGH findings a lawyer would not make that the rules still make: none. The case path once had
   * one (36, a lawful reg 7 extension to 22 April 2025, the thread ending before it with no
   * response, judged as at today and so overdue); it is now reviewed as at the thread's last
   * message ({@code asAt}), as a lawyer reads it. Any HIGH false positive fails the test.
   */
  static final Set<String> KNOWN_HIGH_FALSE_POSITIVES = Set.of();

  private static List<Found> throughText(Letter l) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", l.text());
    body.put("regime", l.expected().path("regime").asText());
    if (l.date("received") != null) {
      body.put("received", l.date("received"));
    }
    if (l.date("sent") != null) {
      body.put("sent", l.date("sent"));
    }
    JsonNode r =
        readJson(
            given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/notices/check")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<Found> found = new ArrayList<>();
    r.path("findings")
        .forEach(f -> found.add(new Found(f.path("rule").asText(), f.path("severity").asText())));
    return found;
  }

  /** Enters what the reader read as an officer would key it, then asks for the case's findings. */
  private static List<Found> throughCase(Letter l, List<String> problems) {
    ReadLetter read = LetterReader.read(l.text());
    List<ReadQuestion> questions = read.questions();
    if (questions.isEmpty()) {
      problems.add(l.name() + ": no questions read, not entered");
      return List.of();
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("regime", l.expected().path("regime").asText());
    if (l.date("received") != null) {
      request.put("receivedOn", l.date("received"));
    } else {
      request.put("receivedNotStated", true);
    }
    read.statedDue().ifPresent(d -> request.put("statedDue", d.value().toString()));
    request.put("channel", "EMAIL");
    request.put("summary", "Corpus " + l.name());
    request.put("requesterName", "Corpus Requester");
    request.put("requesterContact", "corpus.requester@example.org");
    request.put("requestText", "The request of corpus letter " + l.name());
    request.put(
        "questions",
        questions.stream()
            .map(
                q ->
                    Map.of(
                        "number",
                        q.number(),
                        "text",
                        q.text().isBlank() ? "(the question as the letter words it)" : q.text()))
            .toList());
    Response logged = given().contentType(ContentType.JSON).body(request).post("/api/requests");
    if (logged.statusCode() != 201) {
      problems.add(l.name() + ": not logged: " + logged.asString());
      return List.of();
    }
    String ref = logged.jsonPath().getString("reference");
    String base = "/api/responses/" + ref;
    Map<String, List<Integer>> byAnswer = new LinkedHashMap<>();
    Map<String, String> answerText = new HashMap<>();
    for (ReadQuestion q : questions) {
      if (q.answerKey() != null && !q.answer().isBlank()) {
        byAnswer.computeIfAbsent(q.answerKey(), k -> new ArrayList<>()).add(q.number());
        answerText.put(q.answerKey(), q.answer());
      }
    }
    Map<String, ReadQuestion> firstByAnswer = new HashMap<>();
    questions.forEach(q -> firstByAnswer.putIfAbsent(q.answerKey(), q));
    // a question the letter answers neither on its own nor with an outcome ("What were the
    // reasons?" after the question it qualifies; further parts under one cost refusal) is answered
    // with the question before it, as the letter groups them: an officer keys it in that answer
    ReadQuestion previous = null;
    for (ReadQuestion q : questions) {
      boolean own = q.answerKey() != null && !q.answer().isBlank();
      if (!own
          && q.outcome().isEmpty()
          && previous != null
          && byAnswer.containsKey(previous.answerKey())) {
        byAnswer.get(previous.answerKey()).add(q.number());
        problems.add(
            l.name()
                + ": question "
                + q.number()
                + " has no answer of its own: keyed in the answer to question "
                + previous.number());
        continue;
      }
      previous = q;
    }
    List<TableReader.ReadTable> laidOut;
    try {
      laidOut = TableReader.read(l.text(), questions);
    } catch (RuntimeException e) {
      // the importer's table reader fails on this letter: its figures are keyed as read instead
      problems.add(l.name() + ": TableReader failed (" + e + "): the reader's figures keyed");
      laidOut = List.of();
    }
    // a response the thread shows sent in parts: the answers of each earlier part are entered and
    // sent as an instalment (moreToFollow) on the part's date, as the officer sent them
    List<ReadThread.ReadInstalment> parts = read.thread().instalments();
    Set<String> entered = new LinkedHashSet<>();
    for (int p = 0; p < parts.size() - 1; p++) {
      Span message = parts.get(p).message();
      List<String> inPart =
          byAnswer.keySet().stream()
              .filter(k -> !entered.contains(k))
              .filter(
                  k -> {
                    // an answer the part's message carries, even where the reader's answer runs
                    // from an earlier message into it (08: one question, its answer read from the
                    // acknowledgement on): the officer sent it with this part
                    Span a = firstByAnswer.get(k).answerSpan();
                    return a != null && a.start() < message.end() && a.end() > message.start();
                  })
              .toList();
      if (inPart.isEmpty()) {
        continue;
      }
      for (String key : inPart) {
        enterAnswer(
            l, base, key, byAnswer, answerText, firstByAnswer, laidOut, questions, problems);
        entered.add(key);
      }
      step(
          problems,
          l,
          "instalment " + parts.get(p).number(),
          given()
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "sentOn",
                      parts.get(p).sent().value().toString(),
                      "acknowledgeIncomplete",
                      true,
                      "moreToFollow",
                      true,
                      "alreadySent",
                      true))
              .post(base + "/send"));
    }
    for (String key : byAnswer.keySet()) {
      if (!entered.contains(key)) {
        enterAnswer(
            l, base, key, byAnswer, answerText, firstByAnswer, laidOut, questions, problems);
      }
    }
    Set<Integer> outcomeKeyed = new LinkedHashSet<>();
    byAnswer.values().forEach(outcomeKeyed::addAll); // keyed with their answers
    for (ReadQuestion q : questions) {
      if (outcomeKeyed.contains(q.number())) {
        continue;
      }
      keyOutcome(l, base, q, problems);
    }
    for (ReadCitation c : read.citations()) {
      if (c.questions().isEmpty()) {
        continue;
      }
      Map<String, Object> citation = new LinkedHashMap<>();
      citation.put("provision", c.code());
      citation.put("questions", c.questions());
      citation.put("reasons", c.reasons());
      citation.put("asSent", true); // the letter as it was sent, defects and all
      c.publicInterest()
          .ifPresent(
              pi ->
                  citation.put(
                      "publicInterest",
                      Map.of(
                          "for", String.join("\n\n", pi.argumentsFor()),
                          "against", String.join("\n\n", pi.argumentsAgainst()),
                          "conclusion", pi.conclusion())));
      step(
          problems,
          l,
          "citation " + c.reference(),
          given().contentType(ContentType.JSON).body(citation).post(base + "/citations"));
    }
    keyClockEvents(
        l,
        read,
        ref,
        problems,
        problems.stream().anyMatch(p -> p.startsWith(l.name() + ": citation")));
    if (!read.costs().isEmpty() || read.statedMinutes().isPresent()) {
      Map<String, Object> cost = new LinkedHashMap<>();
      List<Integer> covered =
          read.citations().stream()
              .filter(c -> c.code().startsWith("FOIA-12") || c.code().startsWith("EIR-12-4-b"))
              .flatMap(c -> c.questions().stream())
              .distinct()
              .toList();
      cost.put("questions", covered.isEmpty() ? List.of(questions.get(0).number()) : covered);
      cost.put("statement", read.costStatement() == null ? "" : read.costStatement());
      cost.put("advice", read.advice() == null ? "" : read.advice());
      List<Map<String, Object>> lines = new ArrayList<>();
      for (ReadCost line : read.costs()) {
        if (!Set.of("DETERMINING", "LOCATING", "RETRIEVING", "EXTRACTING")
            .contains(line.activity())) {
          continue; // the API refuses activities the Fees Regulations do not count
        }
        lines.add(
            Map.of(
                "activity", line.activity(),
                "basis", line.description(),
                "minutes", line.minutes()));
      }
      cost.put("lines", lines);
      read.statedMinutes()
          .ifPresent(
              m ->
                  cost.put(
                      "statedHours",
                      BigDecimal.valueOf(m.value())
                          .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)));
      step(
          problems,
          l,
          "cost",
          given().contentType(ContentType.JSON).body(cost).put(base + "/cost-assessment"));
    }
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("reviewProcedure", read.reviewProcedure().map(r -> r.value()).orElse(""));
    notice.put("complaintRights", read.complaintRights().map(r -> r.value()).orElse(""));
    step(
        problems,
        l,
        "notice",
        given().contentType(ContentType.JSON).body(notice).put(base + "/notice"));
    if (l.date("sent") != null) {
      step(
          problems,
          l,
          "send",
          given()
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "sentOn", l.date("sent"), "acknowledgeIncomplete", true, "alreadySent", true))
              .post(base + "/send"));
    }
    keyReviews(l, read, base, problems);
    // a lawyer judges a thread as at its last message (as the text path does, see LetterFacts):
    // the case is reviewed as at that day, not as at today, else a request the thread leaves open
    // before its due date would be overdue now
    Map<String, Object> asAt = new LinkedHashMap<>();
    read.thread()
        .lastMessage()
        .map(d -> d.value().toString())
        .or(() -> Optional.ofNullable(l.date("sent")))
        .ifPresent(d -> asAt.put("asAt", d));
    JsonNode findings =
        readJson(
            given()
                .queryParam("reference", ref)
                .queryParams(asAt)
                .get("/api/audit/findings")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<Found> found = new ArrayList<>();
    findings.forEach(
        f -> found.add(new Found(f.path("ruleId").asText(), f.path("severity").asText())));
    return found;
  }

  /**
   * Keys the clock events the reader read from the thread as an officer records them (POST
   * /api/requests/{ref}/clock-events): clarification, fees, a s.10(3) extension with its new date
   * under FOIA, a reg 7 extension under the EIR; none dated before the request was received. A
   * s.10(3) extension is keyed only when the citations were entered.
   */
  private static void keyClockEvents(
      Letter l, ReadLetter read, String ref, List<String> problems, boolean citationRefused) {
    String regime = l.expected().path("regime").asText();
    String received = l.date("received");
    for (ReadThread.ReadClockEvent e : read.thread().events()) {
      String date = e.date().value().toString();
      if (received != null && date.compareTo(received) < 0) {
        continue;
      }
      if (e.kind() == ReadThread.Kind.PUBLIC_INTEREST_EXTENSION && !regime.equals("FOIA")
          || e.kind() == ReadThread.Kind.COMPLEX_VOLUMINOUS_EXTENSION && !regime.equals("EIR")) {
        continue; // the other regime has no such extension: it does not move the clock
      }
      if (e.kind() == ReadThread.Kind.PUBLIC_INTEREST_EXTENSION && citationRefused) {
        // the exemption the s.17(2) notice names could not be entered, so the case would show an
        // extension with no exemption: named, not keyed
        problems.add(
            l.name()
                + ": s.10(3) extension of "
                + date
                + " not keyed: the exemption it names was refused (see above)");
        continue;
      }
      long version =
          given()
              .get("/api/requests/" + ref)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("version");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("kind", e.kind().name());
      body.put("date", date);
      e.newDue().ifPresent(d -> body.put("newDue", d.value().toString()));
      body.put("version", version);
      // the letter records what the authority did: an extension given late or for too long is
      // confirmed as the officer would, since finding it unlawful is the review's job
      body.put("confirm", true);
      step(
          problems,
          l,
          "clock event " + e.kind() + " " + date,
          given()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/requests/" + ref + "/clock-events"));
    }
  }

  /**
   * Keys the internal reviews the reader read (POST and PUT /api/responses/{ref}/reviews), a review
   * of a failure to respond (asked for before any response) included; one decided with an outcome
   * the reader could not read is recorded as sent, with its date and outcomeNotStated.
   */
  private static void keyReviews(Letter l, ReadLetter read, String base, List<String> problems) {
    for (ReadThread.ReadReview r : read.thread().reviews()) {
      String requested = r.requested().value().toString();
      Map<String, Object> ask = new LinkedHashMap<>();
      ask.put("requestedOn", requested);
      r.acknowledged().ifPresent(d -> ask.put("acknowledgedOn", d.value().toString()));
      r.statedDue().ifPresent(d -> ask.put("statedDueOn", d.value().toString()));
      Response asked = given().contentType(ContentType.JSON).body(ask).post(base + "/reviews");
      step(problems, l, "review " + r.number(), asked);
      if (asked.statusCode() >= 300 || r.decided().isEmpty()) {
        continue;
      }
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("reviewer", "Corpus reviewer");
      // only as the letter says: a decision whose outcome the reader could not read is recorded as
      // sent, dated, with its outcome not stated (counted in no outcome's statistics)
      r.outcome()
          .ifPresentOrElse(
              o -> decision.put("outcome", o.name()), () -> decision.put("outcomeNotStated", true));
      decision.put("reasons", "The decision as the letter gives it.");
      decision.put("decidedOn", r.decided().get().value().toString());
      step(
          problems,
          l,
          "review decision " + r.number(),
          given()
              .contentType(ContentType.JSON)
              .body(decision)
              .put(base + "/reviews/" + asked.jsonPath().getInt("number")));
    }
  }

  /**
   * Enters one answer with its tables: those the importer's {@link TableReader} lays out for its
   * questions where it finds any (Leicester's one-cell-per-line tables), else those the reader's
   * figures give; then the outcomes of its questions that the reader read.
   */
  private static void enterAnswer(
      Letter l,
      String base,
      String key,
      Map<String, List<Integer>> byAnswer,
      Map<String, String> answerText,
      Map<String, ReadQuestion> firstByAnswer,
      List<TableReader.ReadTable> laidOut,
      List<ReadQuestion> questions,
      List<String> problems) {
    List<Integer> ns = byAnswer.get(key);
    Response answered =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("questions", ns, "paragraphs", List.of(answerText.get(key))))
            .post(base + "/answers");
    step(problems, l, "answer " + ns, answered);
    if (answered.statusCode() < 300) {
      List<TableFacts> figures = LetterFacts.tables(firstByAnswer.get(key));
      List<TableReader.ReadTable> mine =
          laidOut.stream()
              .filter(t -> t.questions().stream().anyMatch(ns::contains))
              .filter(t -> t.rows().size() > 1)
              .toList();
      if (!mine.isEmpty()) {
        boolean people = figures.stream().anyMatch(TableFacts::countsPeople);
        for (TableReader.ReadTable t : mine) {
          step(problems, l, "table " + ns, pasteLaidOut(base, answered, t, people));
        }
      } else {
        // the tables the reader read, as an officer would paste them and mark what they count
        for (TableFacts t : figures) {
          step(problems, l, "table " + ns, pasteTable(base, answered, t));
        }
      }
    }
    ReadQuestion first = firstByAnswer.get(key);
    for (ReadQuestion q : questions) {
      if (ns.contains(q.number())) {
        keyOutcome(l, base, q, q.outcome().isPresent() ? q : first, problems);
      }
    }
  }

  private static void keyOutcome(Letter l, String base, ReadQuestion q, List<String> problems) {
    keyOutcome(l, base, q, q, problems);
  }

  /** Keys question q's outcome as the reader read it for {@code from} (its own, or its group's). */
  private static void keyOutcome(
      Letter l, String base, ReadQuestion q, ReadQuestion from, List<String> problems) {
    from.outcome()
        .ifPresent(
            o ->
                step(
                    problems,
                    l,
                    "outcome " + q.number(),
                    given()
                        .contentType(ContentType.JSON)
                        .body(Map.of("outcome", o.name()))
                        .put(base + "/questions/" + q.number() + "/outcome")));
  }

  /** A table as {@link TableReader} laid it out, pasted with its column headers. */
  private static Response pasteLaidOut(
      String base, Response answered, TableReader.ReadTable t, boolean countsPeople) {
    int width = t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    int depth = t.columnHeaders().stream().mapToInt(List::size).max().orElse(0);
    StringBuilder cells = new StringBuilder();
    for (int h = 0; h < Math.max(1, depth); h++) {
      cells.append(h == 0 ? "Row" : "");
      for (int i = 0; i < width; i++) {
        List<String> col = i < t.columnHeaders().size() ? t.columnHeaders().get(i) : List.of();
        String text = h < col.size() ? col.get(h) : "";
        cells.append('\t').append(depth == 0 ? "Column " + (i + 1) : text);
      }
      cells.append('\n');
    }
    for (TableReader.ReadRow r : t.rows()) {
      String header = String.join(" ", r.header());
      cells.append(header.isBlank() ? "Figures" : header);
      for (int i = 0; i < width; i++) {
        cells.append('\t').append(i < r.cells().size() ? r.cells().get(i).text() : "");
      }
      cells.append('\n');
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put(
        "caption",
        t.caption() == null || t.caption().isBlank()
            ? "The figures of the answer, as the letter gives them"
            : t.caption());
    table.put("headerRows", Math.max(1, depth));
    table.put("cells", cells.toString());
    table.put("notHeldConfirmed", true);
    table.put("countsPeople", countsPeople);
    return given()
        .contentType(ContentType.JSON)
        .body(table)
        .post(base + "/answers/" + answered.jsonPath().getInt("position") + "/tables");
  }

  private static Response pasteTable(String base, Response answered, TableFacts t) {
    int width = t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    StringBuilder cells = new StringBuilder();
    for (TableFacts.Row r : t.rows()) {
      cells.append(r.header().isBlank() ? "Figures" : r.header());
      for (int i = 0; i < width; i++) {
        cells.append('\t').append(i < r.cells().size() ? r.cells().get(i).text() : "");
      }
      cells.append('\n');
    }
    StringBuilder header = new StringBuilder("Row");
    for (int i = 1; i <= width; i++) {
      header.append("\tColumn ").append(i);
    }
    cells.insert(0, header.append('\n'));
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("caption", "The figures of the answer, as the letter gives them");
    table.put("headerRows", 1);
    table.put("cells", cells.toString());
    table.put("notHeldConfirmed", true);
    table.put("countsPeople", t.countsPeople());
    return given()
        .contentType(ContentType.JSON)
        .body(table)
        .post(base + "/answers/" + answered.jsonPath().getInt("position") + "/tables");
  }

  private static void step(List<String> problems, Letter l, String what, Response r) {
    if (r.statusCode() >= 300) {
      String body = r.asString();
      problems.add(
          l.name()
              + ": "
              + what
              + " refused "
              + r.statusCode()
              + ": "
              + body.substring(0, Math.min(300, body.length())));
    }
  }

  private static JsonNode readJson(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
