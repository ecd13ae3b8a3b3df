package uk.foitracker.examples;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.foitracker.examples.Example.Citation;
import uk.foitracker.examples.Example.CostLine;
import uk.foitracker.examples.Example.Reference;
import uk.foitracker.seed.CaseDocument;

/**
 * {@code POST /api/imports} on every letter in {@code ../shared/examples/} and the Leicester seed:
 * the proposal compared with the structure transcribed by hand (questions, outcomes, citations with
 * their questions, cost lines, dates, references), the share of elements read right printed, and
 * nothing invented: every question, reference, provision, cost figure and date proposed is in the
 * letter. Tables are counted apart (the table reader lands at merge).
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ImportsApiTest {
  static final Path LEICESTER = Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt");

  /** Per letter and group: elements read right, and in all. */
  private static final Map<String, int[]> TALLY = new LinkedHashMap<>();

  /**
   * The share measured over the set, 903/939 (issue 19 asks for 0.90); it stops going backwards.
   */
  static final double SHARE = 0.96;

  @Inject ObjectMapper json;

  /** The letter as an officer pastes it: without the transcriber's header above "---". */
  static String pasted(String raw) {
    int rule = raw.indexOf("\n---\n");
    return rule < 0 ? raw : raw.substring(rule + 5);
  }

  static JsonPath propose(String text) {
    Response r =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", text))
            .post("/api/imports")
            .then()
            .statusCode(201)
            .extract()
            .response();
    JsonPath j = r.jsonPath();
    assertThat(r.header("Location")).isEqualTo(r.header("Location").replaceAll("\\s", ""));
    assertThat(r.header("Location")).endsWith("/api/imports/" + j.getString("id"));
    return j;
  }

  private static void count(String letter, String group, boolean right) {
    int[] t = TALLY.computeIfAbsent(letter + " " + group, k -> new int[2]);
    if (right) t[0]++;
    t[1]++;
  }

  @Test
  void everyExampleLetter() {
    for (Example e : Examples.all()) {
      String text = pasted(Letter.raw(e.file()));
      JsonPath p = propose(text);
      check(e, text, p);
    }
  }

  private void check(Example e, String text, JsonPath p) {
    String letter = Letter.normalise(text);
    String key = e.key();
    List<Map<String, Object>> questions = p.getList("proposal.questions");
    List<Integer> numbers = new ArrayList<>();
    questions.forEach(q -> numbers.add((Integer) q.get("number")));
    // questions, by position; no question proposed that the letter does not hold
    for (int i = 0; i < e.questions().size(); i++) {
      boolean right =
          i < questions.size()
              && Letter.normalise((String) questions.get(i).get("text"))
                  .equals(Letter.normalise(e.questions().get(i).text()));
      count(key, "questions", right);
    }
    for (Map<String, Object> q : questions) {
      assertThat(letter)
          .as(key + " question invented")
          .contains(Letter.normalise((String) q.get("text")));
    }
    // outcomes
    Map<Integer, String> outcomes = new HashMap<>();
    for (Map<String, Object> o : p.<Map<String, Object>>getList("proposal.outcomes")) {
      outcomes.put((Integer) o.get("question"), (String) o.get("outcome"));
    }
    for (int i = 0; i < e.questions().size(); i++) {
      String got = i < numbers.size() ? outcomes.get(numbers.get(i)) : null;
      count(key, "outcomes", e.questions().get(i).outcome().name().equals(got));
    }
    // citations with their questions: each (provision, question) pair
    Set<String> proposed = new HashSet<>();
    for (Map<String, Object> c : p.<Map<String, Object>>getList("proposal.citations")) {
      String provision = (String) c.get("provision");
      assertThat(letter)
          .as(key + " provision invented: " + provision)
          .containsPattern("\\b" + Pattern.quote(section(provision)) + "\\b");
      for (Object n : (List<?>) c.get("questions")) {
        int position = numbers.indexOf(n) + 1;
        proposed.add(provision + "#" + position);
      }
    }
    for (Citation c : e.citations()) {
      for (int q : c.questions()) {
        count(key, "citations", proposed.contains(c.provision() + "#" + q));
      }
    }
    // cost lines, and the hours stated
    List<Map<String, Object>> costs = p.getList("proposal.costs");
    for (Map<String, Object> c : costs) {
      if (c.get("units") != null) {
        assertThat(letter).as(key + " units invented").contains(c.get("units").toString());
      }
    }
    if (e.cost() != null) {
      for (CostLine line : e.cost().lines()) {
        count(key, "costs", costs.stream().anyMatch(c -> sameLine(line, c)));
      }
      if (e.cost().statedHours() != null) {
        Object stated = p.get("proposal.statedHours");
        count(
            key,
            "costs",
            stated != null
                && new BigDecimal(stated.toString()).compareTo(firstNumber(e.cost().statedHours()))
                    == 0);
      }
    }
    // dates
    date(key, "received", e.received(), p.getString("proposal.received"), letter);
    date(key, "statedDue", e.statedDue(), p.getString("proposal.statedDue"), letter);
    date(
        key,
        "sent",
        e.instalments().isEmpty() ? null : e.sentOn(),
        p.getString("proposal.sent"),
        letter);
    // references stated in the body
    List<String> refs = p.getList("proposal.references");
    for (String r : refs) {
      assertThat(letter).as(key + " reference invented").contains(Letter.normalise(r));
    }
    for (Reference r : e.references()) {
      if (r.inBody()) {
        count(key, "references", refs.contains(r.text()));
      }
    }
    // tables: every cell written by hand, its text and its state
    tables(
        key,
        HandTables.examples().stream()
            .filter(h -> h.file().equals(e.file()))
            .findFirst()
            .orElseThrow()
            .tables(),
        p,
        letter);
  }

  /**
   * Compares the proposal's tables with those written by hand: each hand table is matched to the
   * proposed table sharing most row labels, then each cell counts when its text and its state are
   * both right. A proposed cell whose text is not in the letter fails the test.
   */
  private static void tables(
      String key, List<HandTables.HandTable> hand, JsonPath p, String letter) {
    List<Map<String, Object>> proposed = p.getList("proposal.tables");
    String flat = Letter.normalise(letter);
    for (Map<String, Object> t : proposed) {
      for (Map<String, Object> r : rows(t)) {
        for (Map<String, Object> c : cells(r)) {
          String text = (String) c.get("text");
          assertThat(text.isBlank() || flat.contains(Letter.normalise(text)))
              .as(key + " table cell invented: " + text)
              .isTrue();
        }
      }
    }
    Set<Map<String, Object>> matched = new HashSet<>();
    for (HandTables.HandTable h : hand) {
      Map<String, Object> best = null;
      int bestRows = 0;
      for (Map<String, Object> t : proposed) {
        if (matched.contains(t)) {
          continue;
        }
        int n = 0;
        for (HandTables.HandRow hr : h.rows()) {
          n += row(t, hr.label()) == null ? 0 : 1;
        }
        if (n > bestRows) {
          best = t;
          bestRows = n;
        }
      }
      if (best != null) {
        matched.add(best);
      }
      for (HandTables.HandRow hr : h.rows()) {
        Map<String, Object> got = best == null ? null : row(best, hr.label());
        List<Map<String, Object>> cells = got == null ? List.of() : cells(got);
        for (int i = 0; i < hr.cells().size(); i++) {
          boolean right =
              i < cells.size()
                  && Letter.normalise(hr.cells().get(i))
                      .equals(Letter.normalise((String) cells.get(i).get("text")))
                  && hr.states().get(i).equals(cells.get(i).get("state"));
          count(key, "table cells", right);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> table) {
    return (List<Map<String, Object>>) table.get("rows");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cells(Map<String, Object> row) {
    return (List<Map<String, Object>>) row.get("cells");
  }

  private static Map<String, Object> row(Map<String, Object> table, String label) {
    String want = Letter.normalise(label);
    for (Map<String, Object> r : rows(table)) {
      List<?> header = (List<?>) r.get("header");
      String got =
          Letter.normalise(String.join(" ", header.stream().map(Object::toString).toList()));
      if (got.equals(want)) {
        return r;
      }
    }
    return null;
  }

  private static void date(String key, String what, LocalDate expected, String got, String letter) {
    if (got != null) {
      assertThat(letter).as(key + " " + what + " invented").contains(got.substring(0, 4));
    }
    if (expected != null) {
      count(key, "dates", expected.toString().equals(got));
    }
  }

  private static boolean sameLine(CostLine line, Map<String, Object> c) {
    if (line.units() != null && !line.units().equals(c.get("units"))) {
      return false;
    }
    if (line.minutesEach() != null) {
      Object each = c.get("minutesEach");
      if (each == null
          || new BigDecimal(each.toString()).compareTo(new BigDecimal(line.minutesEach())) != 0) {
        return false;
      }
    }
    if (line.minutes() != null) {
      Object hours = c.get("hours");
      return hours != null
          && new BigDecimal(hours.toString())
                  .subtract(
                      BigDecimal.valueOf(line.minutes())
                          .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP))
                  .abs()
                  .compareTo(new BigDecimal("0.1"))
              < 0;
    }
    return true;
  }

  private static BigDecimal firstNumber(String s) {
    Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(s);
    return m.find() ? new BigDecimal(m.group()) : BigDecimal.valueOf(-1);
  }

  /** The section or regulation number of a provision: "43" of "s.43(2)", "12" of "reg 12(5)(e)". */
  private static String section(String provision) {
    Matcher m = Pattern.compile("\\d+[A-Z]?").matcher(provision);
    return m.find() ? m.group() : provision;
  }

  @Test
  void leicesterSeed() throws IOException {
    String text = Files.readString(LEICESTER, StandardCharsets.UTF_8);
    CaseDocument doc;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("seed/leicester-cse-cce-2015-2024.json")) {
      doc = json.readValue(in, CaseDocument.class);
    }
    JsonPath p = propose(text);
    String letter = Letter.normalise(text);
    List<Map<String, Object>> questions = p.getList("proposal.questions");
    for (int i = 0; i < doc.questions().size(); i++) {
      CaseDocument.QuestionDoc q = doc.questions().get(i);
      count(
          "leicester",
          "questions",
          i < questions.size()
              && Letter.normalise((String) questions.get(i).get("text"))
                  .equals(Letter.normalise(q.text())));
    }
    for (Map<String, Object> q : questions) {
      assertThat(letter).contains(Letter.normalise((String) q.get("text")));
    }
    Map<Integer, String> outcomes = new HashMap<>();
    for (Map<String, Object> o : p.<Map<String, Object>>getList("proposal.outcomes")) {
      outcomes.put((Integer) o.get("question"), (String) o.get("outcome"));
    }
    Set<String> proposed = new HashSet<>();
    for (Map<String, Object> c : p.<Map<String, Object>>getList("proposal.citations")) {
      for (Object n : (List<?>) c.get("questions")) {
        proposed.add(c.get("code") + "#" + n);
      }
    }
    for (CaseDocument.QuestionDoc q : doc.questions()) {
      count("leicester", "outcomes", q.outcome().equals(outcomes.get(q.number())));
      for (CaseDocument.CitationDoc c : q.citations()) {
        count("leicester", "citations", proposed.contains(c.provision() + "#" + q.number()));
      }
    }
    tables("leicester", HandTables.leicester(), p, text);
    // the letter states no date, no reference and no cost line: none may be proposed
    assertThat(p.getString("proposal.received")).isNull();
    assertThat(p.getString("proposal.sent")).isNull();
    assertThat(p.getList("proposal.references")).isEmpty();
    assertThat(p.getList("proposal.costs")).isEmpty();
  }

  @AfterAll
  static void report() {
    int right = 0;
    int all = 0;
    StringBuilder b = new StringBuilder("Imports: elements read right\n");
    for (Map.Entry<String, int[]> e : TALLY.entrySet()) {
      b.append(String.format("  %-40s %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
      right += e.getValue()[0];
      all += e.getValue()[1];
    }
    b.append(
        String.format(
            "  share read right (questions, outcomes, citations, costs, dates, references, table"
                + " cells): %d/%d = %.1f%%%n",
            right, all, all == 0 ? 0.0 : 100.0 * right / all));
    System.out.println(b);
    try {
      Files.writeString(Path.of("target", "imports-share.txt"), b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat((double) right / all)
        .as("share of elements read right")
        .isGreaterThanOrEqualTo(SHARE);
  }
}
