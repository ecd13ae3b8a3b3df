package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.foitracker.examples.HandTables;
import uk.foitracker.examples.HandTables.HandLetter;
import uk.foitracker.examples.HandTables.HandRow;
import uk.foitracker.examples.HandTables.HandTable;
import uk.foitracker.reading.TableReader.ReadCell;
import uk.foitracker.reading.TableReader.ReadRow;
import uk.foitracker.reading.TableReader.ReadTable;

/**
 * The table reader against the real letters (every cell and its state compared with the tables
 * written by hand) and against one small case per layout.
 */
class TableReaderTest {

  // ---------------------------------------------------------------------------------------------
  // The real letters

  /** Cells read right and cells expected, over one letter. */
  record Score(
      String file, int right, int expected, int invented, int extra, List<String> misses) {}

  @Test
  void readsTheRealLettersTables() throws IOException {
    List<Score> scores = new ArrayList<>();
    for (HandLetter letter : HandTables.examples()) {
      String text = Letters.example(letter.file());
      scores.add(score(letter.file(), text, letter.tables()));
    }
    scores.add(score("leicester-cse-cce-response.txt", Letters.leicester(), leicester()));
    int right = 0;
    int expected = 0;
    int invented = 0;
    for (Score s : scores) {
      right += s.right();
      expected += s.expected();
      invented += s.invented();
      System.out.printf(
          Locale.ROOT,
          "%-52s %4d/%4d cells right (%5.1f%%), %d invented, %d cells in tables not written by"
              + " hand%n",
          s.file(),
          s.right(),
          s.expected(),
          s.expected() == 0 ? 100.0 : 100.0 * s.right() / s.expected(),
          s.invented(),
          s.extra());
      s.misses().stream().limit(8).forEach(m -> System.out.println("    " + m));
    }
    double share = (double) right / expected;
    System.out.printf(
        Locale.ROOT, "Over the set: %d/%d cells right (%.1f%%)%n", right, expected, 100 * share);
    assertThat(invented).as("cells, headers or captions not in the letter").isZero();
    assertThat(share).isGreaterThanOrEqualTo(0.9);
  }

  private static Score score(String file, String text, List<HandTable> hand) {
    List<ReadTable> read = TableReader.read(text);
    String flat = squash(text);
    int invented = 0;
    List<String> misses = new ArrayList<>();
    for (ReadTable t : read) {
      List<String> texts = new ArrayList<>();
      if (t.caption() != null) {
        texts.add(t.caption());
      }
      t.columnHeaders().forEach(texts::addAll);
      for (ReadRow r : t.rows()) {
        texts.addAll(r.header());
        r.cells().forEach(c -> texts.add(c.text()));
      }
      for (String s : texts) {
        if (!inLetter(flat, s)) {
          invented++;
          misses.add("invented: \"" + s + "\"");
        }
      }
    }
    int right = 0;
    int expected = 0;
    Set<ReadTable> matched = new HashSet<>();
    for (HandTable h : hand) {
      ReadTable best = null;
      int bestRows = 0;
      for (ReadTable t : read) {
        if (matched.contains(t)) {
          continue;
        }
        int rows = 0;
        for (HandRow hr : h.rows()) {
          if (row(t, hr.label()) != null) {
            rows++;
          }
        }
        if (rows > bestRows) {
          best = t;
          bestRows = rows;
        }
      }
      int cells = h.rows().stream().mapToInt(r -> r.cells().size()).sum();
      expected += cells;
      if (best == null) {
        misses.add("table not read: " + h.caption());
        continue;
      }
      matched.add(best);
      for (int c = 0; c < h.columns().size(); c++) {
        List<String> want = h.columns().get(c);
        List<String> got =
            c < best.columnHeaders().size() ? best.columnHeaders().get(c) : List.of();
        boolean same =
            want.size() == 1
                ? !got.isEmpty() && squash(got.get(got.size() - 1)).equals(squash(want.get(0)))
                : got.stream()
                    .map(TableReaderTest::squash)
                    .toList()
                    .equals(want.stream().map(TableReaderTest::squash).toList());
        if (!same) {
          misses.add(h.caption() + ": column " + c + " " + want + " read " + got);
        }
      }
      for (int r = 0; r < h.rows().size(); r++) {
        HandRow hr = h.rows().get(r);
        ReadRow rr = row(best, hr.label());
        if (rr == null) {
          misses.add(h.caption() + ": row not read: " + hr.label());
          continue;
        }
        int index = best.rows().indexOf(rr);
        if (hr.total() != best.totalRows().contains(index)) {
          misses.add(h.caption() + ": total row? " + hr.label());
        }
        for (int c = 0; c < hr.cells().size(); c++) {
          ReadCell cell = c < rr.cells().size() ? rr.cells().get(c) : null;
          if (cell != null
              && cell.text().equals(hr.cells().get(c))
              && cell.state().equals(hr.states().get(c))) {
            right++;
          } else {
            misses.add(
                h.caption()
                    + ": "
                    + hr.label()
                    + " ["
                    + c
                    + "] want "
                    + hr.cells().get(c)
                    + "/"
                    + hr.states().get(c)
                    + " read "
                    + cell);
          }
        }
      }
    }
    int extra = 0;
    for (ReadTable t : read) {
      if (!matched.contains(t)) {
        extra += t.rows().stream().mapToInt(r -> r.cells().size()).sum();
        misses.add("table not written by hand: " + t.caption() + " " + t.rows());
      }
    }
    return new Score(file, right, expected, invented, extra, misses);
  }

  private static ReadRow row(ReadTable t, String label) {
    String want = squash(label).toLowerCase(Locale.ROOT);
    for (ReadRow r : t.rows()) {
      if (squash(String.join(" ", r.header())).toLowerCase(Locale.ROOT).equals(want)) {
        return r;
      }
    }
    return null;
  }

  /** Every word of a read text is in the letter (a blank cell is the absence of one). */
  private static boolean inLetter(String flat, String s) {
    for (String w : squash(s).split(" ")) {
      if (!w.isEmpty() && !flat.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String squash(String s) {
    return String.join(" ", s.strip().split("\\s+"));
  }

  /** Leicester's tables from the seed's data file; its "-" cells are read as not held there. */
  private static List<HandTable> leicester() throws IOException {
    JsonNode doc =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    Path.of("src/main/resources/seed/leicester-cse-cce-2015-2024.json")));
    List<HandTable> tables = new ArrayList<>();
    for (JsonNode a : doc.get("answers")) {
      for (JsonNode t : a.get("tables")) {
        List<List<String>> columns = new ArrayList<>();
        for (JsonNode c : t.get("columns")) {
          List<String> levels = new ArrayList<>();
          if (c.hasNonNull("group")) {
            levels.add(c.get("group").asText());
          }
          levels.add(c.get("label").asText());
          columns.add(levels);
        }
        List<HandRow> rows = new ArrayList<>();
        for (JsonNode r : t.get("rows")) {
          List<String> cells = new ArrayList<>();
          r.get("cells").forEach(c -> cells.add(c.asText()));
          List<String> states =
              cells.stream()
                  .map(c -> c.equals("-") ? "NOT_HELD" : HandTables.state(c, null))
                  .toList();
          rows.add(new HandRow(r.get("header").asText(), cells, states, false));
        }
        tables.add(new HandTable(t.get("caption").asText(), columns, rows));
      }
    }
    return tables;
  }
}
