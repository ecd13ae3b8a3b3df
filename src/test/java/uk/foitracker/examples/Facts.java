package uk.foitracker.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import uk.foitracker.examples.Example.Answer;
import uk.foitracker.examples.Example.BlankMeaning;
import uk.foitracker.examples.Example.Citation;
import uk.foitracker.examples.Example.CostLine;
import uk.foitracker.examples.Example.Question;
import uk.foitracker.examples.Example.Reference;
import uk.foitracker.examples.Example.Review;
import uk.foitracker.examples.Example.Row;
import uk.foitracker.examples.Example.Table;
import uk.foitracker.examples.ScreenEntry.Published;
import uk.foitracker.web.Dates;

/**
 * Every fact a letter states, each with the check that finds it on the published case: in the JSON
 * of {@code /api/cases/{slug}} and, where a reader would look for it, on the public page. The
 * checks of facts today's model cannot hold look for the value under a plausible key anywhere in
 * the JSON, so that they need no change when the feature lands under a reasonable name.
 */
final class Facts {
  /** One fact and the check that finds it. */
  record Fact(Group group, String what, Predicate<Published> found) {}

  /** Today's catalogue reference of each code the examples cite. */
  private static final Map<String, String> TODAY =
      Map.of(
          "FOIA-21", "s.21",
          "FOIA-12", "s.12",
          "FOIA-16", "s.16",
          "FOIA-14-1", "s.14(1)",
          "FOIA-43", "s.43",
          "EIR-12-5-e", "reg 12(5)(e)");

  private Facts() {}

  static List<Fact> of(Example e) {
    List<Fact> f = new ArrayList<>();
    questions(e, f);
    answers(e, f);
    citations(e, f);
    cost(e, f);
    dates(e, f);
    rest(e, f);
    return f;
  }

  private static void questions(Example e, List<Fact> f) {
    for (int i = 0; i < e.questions().size(); i++) {
      final int n = i + 1;
      Question q = e.questions().get(i);
      f.add(
          new Fact(
              Group.QUESTIONS,
              "question " + n + " as written",
              p ->
                  norm(q(p, n).get("text")).equals(Letter.normalise(q.text()))
                      && p.pageText().contains(Letter.normalise(q.text()))));
      f.add(
          new Fact(
              Group.OUTCOMES,
              "question " + n + " outcome " + q.outcome(),
              p -> q.outcome().name().equals(q(p, n).get("outcome"))));
      if (q.label() != null) {
        f.add(
            new Fact(
                Group.QUESTION_LABELS,
                "question " + n + " numbered \"" + q.label() + "\"",
                p -> valueUnder(p.json(), "(?i).*label.*", q.label())));
      }
      if (q.heading() != null
          && (i == 0 || !q.heading().equals(e.questions().get(i - 1).heading()))) {
        String heading = Letter.normalise(q.heading());
        f.add(
            new Fact(
                Group.QUESTION_LABELS,
                "heading \"" + heading + "\"",
                p -> strings(p.json()).contains(heading) && p.pageText().contains(heading)));
      }
    }
  }

  private static void answers(Example e, List<Fact> f) {
    for (Answer a : e.answers()) {
      boolean later = a.instalment() > 1;
      for (String para : a.paragraphs()) {
        String text = Letter.normalise(para);
        f.add(
            new Fact(
                Group.ANSWERS,
                "answer to " + a.questions() + ": " + clip(text),
                p ->
                    a.questions().stream()
                            .allMatch(n -> norm(answerParagraphs(p, n)).contains(text))
                        && p.pageText().contains(text)));
      }
      if (later) {
        f.add(
            new Fact(
                Group.INSTALMENTS,
                "answer to " + a.questions() + " in instalment " + a.instalment(),
                p -> valueUnder(p.json(), "(?i).*instalment.*", String.valueOf(a.instalment()))));
      }
      for (Table t : a.tables()) {
        tableFacts(a, t, f);
      }
    }
  }

  private static void tableFacts(Answer a, Table t, List<Fact> f) {
    Group cells = t.hasBlankCells() ? Group.BLANK_CELLS : Group.TABLE_CELLS;
    String name = t.caption();
    f.add(
        new Fact(
            cells,
            "table " + name + " caption",
            p -> table(p, t) != null && pageTable(p, t) != null));
    f.add(
        new Fact(
            cells,
            "table " + name + " corner \"" + t.corner() + "\"",
            p -> table(p, t) != null && t.corner().equals(table(p, t).get("cornerLabel"))));
    for (int c = 0; c < t.columns().size(); c++) {
      final int col = c;
      String label = t.columns().get(c);
      f.add(
          new Fact(
              cells,
              "table " + name + " column \"" + label + "\"",
              p -> table(p, t) != null && label.equals(columnLabel(table(p, t), col))));
    }
    for (int r = 0; r < t.rows().size(); r++) {
      final int row = r;
      Row rowT = t.rows().get(r);
      f.add(
          new Fact(
              cells,
              "table " + name + " row \"" + clip(rowT.label()) + "\"",
              p ->
                  table(p, t) != null
                      && rowT.label().equals(rowMap(table(p, t), row).get("header"))
                      && p.pageText().contains(Letter.normalise(rowT.label()))));
      for (int c = 0; c < rowT.cells().size(); c++) {
        final int col = c;
        String cell = rowT.cells().get(c);
        String where = "table " + name + " row " + (r + 1) + " column " + (c + 1);
        f.add(
            new Fact(
                cells,
                where + " reads \"" + cell + "\"",
                p ->
                    table(p, t) != null
                        && cell.equals(norm(cell(p, t, row, col).get("text")))
                        && cell.equals(pageCell(p, t, row, col))));
        if (cell.isEmpty() || cell.equals("-")) {
          f.add(
              new Fact(
                  Group.BLANK_CELLS,
                  where + " \"" + cell + "\" means " + t.blank() + ", not \"not held\"",
                  p ->
                      table(p, t) != null
                          && !"NOT_HELD".equals(cell(p, t, row, col).get("state"))
                          && (t.blank() != BlankMeaning.ZERO
                              || "0".equals(String.valueOf(cell(p, t, row, col).get("value")))
                              || "NIL".equals(cell(p, t, row, col).get("state")))));
        } else {
          f.add(
              new Fact(
                  cells,
                  where + " is the value " + cell,
                  p ->
                      table(p, t) != null
                          && "VALUE".equals(cell(p, t, row, col).get("state"))
                          && cell.replace(",", "")
                              .equals(String.valueOf(cell(p, t, row, col).get("value")))));
        }
      }
      if (rowT.total()) {
        f.add(
            new Fact(
                Group.TOTALS,
                "table " + name + " row \"" + rowT.label() + "\" is a total",
                p -> table(p, t) != null && marksTotal(rowMap(table(p, t), row))));
      }
    }
    if (t.lastColumnTotal()) {
      f.add(
          new Fact(
              Group.TOTALS,
              "table " + name + " last column is a total",
              p ->
                  table(p, t) != null
                      && marksTotal(columnMap(table(p, t), t.columns().size() - 1))));
    }
    if (t.note() != null) {
      String note = Letter.normalise(t.note());
      f.add(
          new Fact(
              Group.TABLE_NOTES,
              "note under table " + name,
              p ->
                  table(p, t) != null
                      && strings(table(p, t)).contains(note)
                      && p.pageText().contains(note)));
    }
  }

  private static void citations(Example e, List<Fact> f) {
    for (Citation c : e.citations()) {
      String reasons = Letter.normalise(String.join(" ", c.reasons()));
      for (int n : c.questions()) {
        f.add(
            new Fact(
                Group.CITATIONS,
                c.provision() + " on question " + n + " with its reasons",
                p ->
                    provisions(p, n).stream()
                        .anyMatch(
                            m ->
                                c.code().equals(m.get("code"))
                                    && norm(m.get("reasons")).contains(reasons))));
      }
      f.add(
          new Fact(
              Group.REASONS_ON_PAGE,
              c.provision() + " reasons on the public page",
              p -> p.pageText().contains(reasons)));
      Group level =
          c.provision().equals(TODAY.get(c.code())) ? Group.CITATIONS : Group.PROVISION_SUBSECTIONS;
      f.add(
          new Fact(
              level,
              c.provision() + " cited as \"" + c.provision() + "\"",
              p ->
                  valueUnder(p.json(), "reference", c.provision())
                      && p.pageText().contains(c.provision())));
      for (String also : c.alsoCites()) {
        f.add(
            new Fact(
                also.startsWith("SI ") ? Group.INSTRUMENTS : Group.PROVISION_SUBSECTIONS,
                c.provision() + " also cites " + also,
                p -> valueUnder(p.json(), "(?i).*(reference|provision|code).*", also)));
      }
      if (c.questions().size() > 1) {
        f.add(
            new Fact(
                Group.CITATION_GROUPS,
                c.provision() + " cited once for questions " + c.questions(),
                p -> citedOnce(p.json(), c, reasons)));
      }
      for (List<String> part :
          List.of(c.publicInterestFor(), c.publicInterestAgainst(), c.publicInterestConclusion())) {
        for (String para : part) {
          String text = Letter.normalise(para);
          f.add(
              new Fact(
                  Group.PUBLIC_INTEREST,
                  c.provision() + " public interest: " + clip(text),
                  p -> strings(p.json()).contains(text) && p.pageText().contains(text)));
        }
      }
    }
  }

  private static void cost(Example e, List<Fact> f) {
    if (e.cost() == null) return;
    f.add(
        new Fact(
            Group.COST_LINES,
            "cost assessment for questions " + e.cost().questions(),
            p ->
                cost(p) != null
                    && e.cost().questions().equals(ints(cost(p).get("questionNumbers")))));
    for (int i = 0; i < e.cost().lines().size(); i++) {
      final int k = i;
      CostLine l = e.cost().lines().get(i);
      String basis = Letter.normalise(l.basis());
      f.add(
          new Fact(
              Group.COST_LINES,
              "cost line " + (i + 1) + ": " + clip(basis),
              p ->
                  cost(p) != null
                      && norm(line(p, k).get("basis")).equals(basis)
                      && l.activity().equals(line(p, k).get("activity"))
                      && p.pageText().contains(basis)));
      if (l.minutes() != null) {
        f.add(
            new Fact(
                Group.COST_LINES,
                "cost line " + (i + 1) + " takes " + l.minutes() + " minutes",
                p ->
                    cost(p) != null
                        && String.valueOf(l.minutes())
                            .equals(String.valueOf(line(p, k).get("minutes")))));
      }
      if (l.units() != null) {
        f.add(
            new Fact(
                Group.COST_UNITS,
                "cost line " + (i + 1) + " counts " + l.units() + " units",
                p -> valueUnder(p.json(), "(?i).*units?.*", String.valueOf(l.units()))));
      }
      if (l.minutesEach() != null) {
        f.add(
            new Fact(
                Group.COST_UNITS,
                "cost line " + (i + 1) + " takes " + l.minutesEach() + " minutes each",
                p -> valueUnder(p.json(), "(?i).*(each|per).*", l.minutesEach())));
      }
    }
    if (e.cost().statedHours() != null) {
      String hours = e.cost().statedHours().replace(" hours", "");
      f.add(
          new Fact(
              Group.COST_UNITS,
              "the authority's stated " + e.cost().statedHours(),
              p ->
                  valueUnder(p.json(), "(?i).*stated.*", hours)
                      || valueUnder(p.json(), "(?i).*stated.*", hours + " hours")));
    }
    for (String text : List.of(e.cost().statement(), e.cost().advice())) {
      String t = Letter.normalise(text);
      f.add(
          new Fact(
              Group.COST_LINES,
              "cost text: " + clip(t),
              p -> cost(p) != null && strings(cost(p)).contains(t) && p.pageText().contains(t)));
    }
  }

  private static void dates(Example e, List<Fact> f) {
    if (e.received() != null) {
      f.add(dateFact(Group.DATES, "received", "receivedOn", e.received()));
    } else {
      f.add(
          new Fact(
              Group.RECEIVED_NOT_STATED,
              "received: not stated",
              p -> p.json().get("receivedOn") == null));
    }
    // the response is sent when its last instalment completes it; each instalment's own date is
    // an INSTALMENTS fact below
    f.add(dateFact(Group.DATES, "sent", "sentOn", e.instalments().getLast().sentOn()));
    if (e.statedDue() != null) {
      f.add(
          new Fact(
              Group.STATED_DUE,
              "stated due " + e.statedDue(),
              p -> valueUnder(p.json(), "(?i).*stated.*", e.statedDue().toString())));
    }
    if (e.acknowledged() != null) {
      f.add(
          new Fact(
              Group.CORRESPONDENCE,
              "acknowledged " + e.acknowledged(),
              p -> valueUnder(p.json(), "(?i).*acknowledg.*", e.acknowledged().toString())));
    }
    for (LocalDate h : e.holdingEmails()) {
      f.add(
          new Fact(
              Group.CORRESPONDENCE,
              "holding e-mail " + h,
              p ->
                  valueUnder(p.json(), "(?i).*(holding|letter|correspondence|sent).*", h.toString())
                      && !h.toString().equals(p.json().get("sentOn"))));
    }
    if (e.instalments().size() > 1) {
      for (var i : e.instalments()) {
        f.add(
            new Fact(
                Group.INSTALMENTS,
                "instalment sent " + i.sentOn(),
                p ->
                    valueUnder(p.json(), "(?i).*sent.*", i.sentOn().toString())
                        && p.pageText().contains(Dates.display(i.sentOn()))));
      }
    }
  }

  private static Fact dateFact(Group g, String what, String key, LocalDate d) {
    return new Fact(
        g,
        what + " " + d,
        p -> d.toString().equals(p.json().get(key)) && p.pageText().contains(Dates.display(d)));
  }

  private static void rest(Example e, List<Fact> f) {
    f.add(
        new Fact(
            Group.REGIME, "regime " + e.regime(), p -> e.regime().equals(p.json().get("regime"))));
    if (!e.regime().equals(e.regimeAsRequested())) {
      f.add(
          new Fact(
              Group.REGIME_CHANGE,
              "requested under " + e.regimeAsRequested() + ", handled under " + e.regime(),
              p ->
                  anyMap(
                      p.json(),
                      m -> m.containsValue(e.regimeAsRequested()) && m.containsValue(e.regime()))));
    }
    f.add(
        new Fact(
            Group.AUTHORITY,
            "authority " + e.authority(),
            p ->
                e.authority().equals(p.json().get("authority"))
                    && p.pageText().contains(e.authority())));
    for (Reference r : e.references()) {
      f.add(
          new Fact(
              Group.REFERENCES,
              "reference \"" + r.text() + "\"" + (r.leads() ? " (leads)" : ""),
              p ->
                  (r.leads()
                      ? r.text().equals(p.json().get("authorityReference"))
                          && p.pageText().contains(r.text())
                      : strings(p.json()).contains(r.text()))));
    }
    if (e.rights() != null) {
      for (String text : List.of(e.rights().reviewProcedure(), e.rights().complaintRights())) {
        String t = Letter.normalise(text);
        f.add(
            new Fact(
                Group.RIGHTS,
                "rights: " + clip(t),
                p -> strings(p.json()).contains(t) && p.pageText().contains(t)));
      }
    }
    if (e.licence() != null) {
      f.add(
          new Fact(
              Group.LICENCE,
              "licence " + e.licence().name(),
              p ->
                  norm(p.json().get("licence")).contains(e.licence().name())
                      || norm(p.json().get("licence")).contains("OGL-UK-3.0")));
      String statement = Letter.normalise(e.licence().statement());
      f.add(
          new Fact(
              Group.LICENCE,
              "re-use statement",
              p -> strings(p.json()).contains(statement) && p.pageText().contains(statement)));
      String attribution = Letter.normalise(e.licence().attribution());
      f.add(
          new Fact(
              Group.LICENCE,
              "attribution statement",
              p -> strings(p.json()).contains(attribution) && p.pageText().contains(attribution)));
    }
    for (Review r : e.reviews()) {
      f.add(
          new Fact(
              Group.REVIEWS,
              "internal review " + r.outcome(),
              p -> valueUnder(p.json(), "(?i).*(outcome|decision).*", r.outcome())));
      f.add(
          new Fact(
              Group.REVIEWER,
              "internal review by " + r.reviewer(),
              p -> strings(p.json()).contains(r.reviewer())));
      f.add(
          new Fact(
              Group.REVIEWS,
              "internal review decided " + r.decided(),
              p -> valueUnder(p.json(), "(?i).*decided.*", r.decided().toString())));
      f.add(
          new Fact(
              Group.REVIEWS,
              "internal review stated due " + r.statedDue(),
              p -> valueUnder(p.json(), "(?i).*stated.*", r.statedDue().toString())));
      for (String para : r.decision()) {
        String t = Letter.normalise(para);
        f.add(
            new Fact(
                Group.REVIEWS,
                "review decision: " + clip(t),
                p -> strings(p.json()).contains(t) && p.pageText().contains(t)));
      }
    }
    for (var a : e.attachments()) {
      f.add(
          new Fact(
              Group.ATTACHMENTS,
              "attachment " + a.name() + " (" + a.size() + ")",
              p -> strings(p.json()).contains(a.name())));
    }
    for (var r : e.related()) {
      f.add(
          new Fact(
              Group.RELATED,
              "related request: " + r.kind(),
              p ->
                  anyMap(
                      p.json(),
                      m ->
                          m.keySet().stream()
                              .anyMatch(
                                  k ->
                                      k.toLowerCase().contains("related")
                                          && m.get(k) instanceof Collection<?> c
                                          && !c.isEmpty()))));
    }
  }

  // --- reading the published JSON ---

  @SuppressWarnings("unchecked")
  static Map<String, Object> q(Published p, int n) {
    List<Map<String, Object>> qs = (List<Map<String, Object>>) p.json().get("questions");
    return qs.stream().filter(m -> Objects.equals(m.get("number"), n)).findFirst().orElse(Map.of());
  }

  @SuppressWarnings("unchecked")
  private static String answerParagraphs(Published p, int n) {
    // the answer first sent, then any answer sent in a later instalment ("furtherAnswers")
    List<Object> all = new ArrayList<>();
    all.add(q(p, n).get("answer"));
    if (q(p, n).get("furtherAnswers") instanceof List<?> later) all.addAll(later);
    List<String> paragraphs = new ArrayList<>();
    for (Object a : all) {
      if (a instanceof Map<?, ?> m) {
        paragraphs.addAll((List<String>) ((Map<String, Object>) m).get("paragraphs"));
      }
    }
    return String.join(" ", paragraphs);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> provisions(Published p, int n) {
    Object v = q(p, n).get("provisions");
    return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> table(Published p, Table t) {
    List<Object> answers = new ArrayList<>();
    for (Object qo : (List<Object>) p.json().get("questions")) {
      answers.add(((Map<String, Object>) qo).get("answer"));
      if (((Map<String, Object>) qo).get("furtherAnswers") instanceof List<?> later) {
        answers.addAll(later);
      }
    }
    for (Object a : answers) {
      if (a instanceof Map<?, ?> am && am.get("tables") instanceof List<?> ts) {
        for (Object to : ts) {
          Map<String, Object> tm = (Map<String, Object>) to;
          String caption = t.caption() != null ? t.caption() : t.corner();
          if (caption.equals(tm.get("caption"))) return tm;
        }
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rowMap(Map<String, Object> table, int r) {
    List<Object> rows = (List<Object>) table.get("rows");
    return r < rows.size() ? (Map<String, Object>) rows.get(r) : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> columnMap(Map<String, Object> table, int c) {
    List<Object> cols = (List<Object>) table.get("columns");
    return c < cols.size() ? (Map<String, Object>) cols.get(c) : Map.of();
  }

  private static String columnLabel(Map<String, Object> table, int c) {
    return norm(columnMap(table, c).get("label"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cell(Published p, Table t, int r, int c) {
    Object cells = rowMap(table(p, t), r).get("cells");
    if (!(cells instanceof List<?> l) || c >= l.size()) return Map.of();
    return (Map<String, Object>) l.get(c);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cost(Published p) {
    return (Map<String, Object>) p.json().get("costAssessment");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> line(Published p, int k) {
    List<Object> lines = (List<Object>) cost(p).get("lines");
    return k < lines.size() ? (Map<String, Object>) lines.get(k) : Map.of();
  }

  private static boolean marksTotal(Map<String, Object> m) {
    return m.entrySet().stream()
        .anyMatch(
            en ->
                en.getKey().toLowerCase().contains("total") && Boolean.TRUE.equals(en.getValue())
                    || "TOTAL".equals(en.getValue()));
  }

  private static List<Integer> ints(Object o) {
    if (!(o instanceof List<?> l)) return List.of();
    return l.stream().map(x -> ((Number) x).intValue()).toList();
  }

  /** A map anywhere in the JSON citing this provision for these question numbers with reasons. */
  private static boolean citedOnce(Object json, Citation c, String reasons) {
    return anyMap(
        json,
        m ->
            m.values().stream()
                    .anyMatch(
                        v -> v instanceof List<?> l && isInts(l) && ints(l).equals(c.questions()))
                && strings(m).contains(reasons)
                && anyMap(m, x -> x.containsValue(c.code()) || x.containsValue(c.provision())));
  }

  /** The published page's table with this caption ("Table 2: caption"). */
  private static Element pageTable(Published p, Table t) {
    String caption = t.caption() != null ? t.caption() : t.corner();
    for (Element table : p.page().select("table.govuk-table")) {
      if (table.select("caption").text().endsWith(": " + caption)) return table;
    }
    return null;
  }

  /** A body cell of the page's table as a reader sees it (the visible text, not the label). */
  private static String pageCell(Published p, Table t, int r, int c) {
    Element table = pageTable(p, t);
    if (table == null) return null;
    var rows = table.select("tbody tr");
    if (r >= rows.size()) return null;
    var cells = rows.get(r).select("td");
    if (c >= cells.size()) return null;
    Element td = cells.get(c).clone();
    Element visible = td.selectFirst("span[aria-hidden=true]");
    if (visible != null) return Letter.normalise(visible.text());
    td.select(".govuk-visually-hidden").remove(); // read by a screen reader, not seen
    return Letter.normalise(td.text());
  }

  private static boolean isInts(List<?> l) {
    return !l.isEmpty() && l.stream().allMatch(x -> x instanceof Number);
  }

  /** True when some map in the JSON has a key matching {@code keyRegex} holding {@code value}. */
  static boolean valueUnder(Object json, String keyRegex, String value) {
    Pattern key = Pattern.compile(keyRegex);
    return anyMap(
        json,
        m ->
            m.entrySet().stream()
                .anyMatch(
                    en ->
                        key.matcher(en.getKey()).matches()
                            && en.getValue() != null
                            && !(en.getValue() instanceof Map)
                            && (String.valueOf(en.getValue()).equals(value)
                                || en.getValue() instanceof Collection<?> c
                                    && c.stream().anyMatch(x -> String.valueOf(x).equals(value)))));
  }

  @SuppressWarnings("unchecked")
  static boolean anyMap(Object json, Predicate<Map<String, Object>> test) {
    if (json instanceof Map<?, ?> m) {
      if (test.test((Map<String, Object>) m)) return true;
      return m.values().stream().anyMatch(v -> anyMap(v, test));
    }
    if (json instanceof Collection<?> c) {
      return c.stream().anyMatch(v -> anyMap(v, test));
    }
    return false;
  }

  /** Every string in the JSON, normalised and joined with " | ". */
  static String strings(Object json) {
    StringBuilder b = new StringBuilder();
    collect(json, b);
    return b.toString();
  }

  private static void collect(Object json, StringBuilder b) {
    if (json instanceof Map<?, ?> m) {
      m.values().forEach(v -> collect(v, b));
    } else if (json instanceof Collection<?> c) {
      c.forEach(v -> collect(v, b));
    } else if (json instanceof String s) {
      b.append(Letter.normalise(s)).append(" | ");
    }
  }

  private static String norm(Object o) {
    return o == null ? "" : Letter.normalise(String.valueOf(o));
  }

  private static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
