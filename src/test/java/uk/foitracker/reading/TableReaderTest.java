package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import uk.foitracker.rules.CellState;

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
    scores.add(
        score("leicester-cse-cce-response.txt", Letters.leicester(), HandTables.leicester()));
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
      if (h.caption() != null
          && flat.contains(squash(h.caption()))
          && !squash(h.caption()).equals(best.caption() == null ? "" : squash(best.caption()))) {
        misses.add("caption " + h.caption() + " read " + best.caption());
      }
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

  // ---------------------------------------------------------------------------------------------
  // One case per layout

  private static ReadTable only(String text) {
    List<ReadTable> tables = TableReader.read(text);
    assertThat(tables).hasSize(1);
    return tables.get(0);
  }

  private static List<String> texts(ReadRow r) {
    return r.cells().stream().map(ReadCell::text).toList();
  }

  private static List<String> states(ReadRow r) {
    return r.cells().stream().map(ReadCell::state).toList();
  }

  @Test
  void readsATableLaidOutWithSpacesWithItsTotalRow() {
    ReadTable t =
        only(
            """
            Thank you for your request. The figures are below.

            Table 3. Complaints by year
              Year        Received    Upheld
              2022            14         3
              2023             9         0
              Total           23         3

            Yours sincerely
            """);
    assertThat(t.caption()).isEqualTo("Table 3. Complaints by year");
    assertThat(t.columnHeaders()).containsExactly(List.of("Received"), List.of("Upheld"));
    assertThat(t.rows())
        .extracting(r -> r.header().get(0))
        .containsExactly("2022", "2023", "Total");
    assertThat(texts(t.rows().get(1))).containsExactly("9", "0");
    assertThat(states(t.rows().get(1))).containsExactly("VALUE", "ZERO");
    assertThat(t.totalRows()).containsExactly(2);
    assertThat(t.sure()).isTrue();
  }

  @Test
  void readsAPipeTable() {
    ReadTable t =
        only(
            """
            | Department | 2023 | 2024 |
            |------------|------|------|
            | Housing    | 12   | <5   |
            | Planning   | *    | [c]  |
            | Grand total| 15   | 7    |
            """);
    assertThat(t.columnHeaders()).containsExactly(List.of("2023"), List.of("2024"));
    assertThat(states(t.rows().get(0))).containsExactly("VALUE", "SUPPRESSED");
    assertThat(states(t.rows().get(1))).containsExactly("SUPPRESSED", "SUPPRESSED");
    assertThat(t.totalRows()).containsExactly(2);
  }

  @Test
  void readsATabSeparatedTableWithNotHeldAndNotApplicable() {
    ReadTable t =
        only(
            "Service\tStaff\tAgency\n"
                + "Parks\t12\tnot held\n"
                + "Libraries\t7\tn/a\n"
                + "Museums\t0\t3\n");
    assertThat(states(t.rows().get(0))).containsExactly("VALUE", "NOT_HELD");
    assertThat(texts(t.rows().get(1))).containsExactly("7", "n/a");
    assertThat(states(t.rows().get(1))).containsExactly("VALUE", "BLANK");
    assertThat(states(t.rows().get(2))).containsExactly("ZERO", "VALUE");
  }

  @Test
  void readsATableSplitAcrossPagesWithItsHeaderRepeated() {
    ReadTable t =
        only(
            """
             Ward               2022    2023
             Central              4       6
             East                 2       1
            [page break]
             Ward               2022    2023
             North                7       3
             South                1       5
            """);
    assertThat(t.rows())
        .extracting(r -> r.header().get(0))
        .containsExactly("Central", "East", "North", "South");
    assertThat(texts(t.rows().get(3))).containsExactly("1", "5");
    assertThat(t.columnHeaders()).containsExactly(List.of("2022"), List.of("2023"));
  }

  @Test
  void readsGroupedColumnHeaders() {
    ReadTable t =
        only(
            """
                                  Adults              Children
             Area            Male    Female       Male    Female
             North            10       12           3        4
             South             8        9           2        1
            """);
    assertThat(t.columnHeaders())
        .containsExactly(
            List.of("Adults", "Male"),
            List.of("Adults", "Female"),
            List.of("Children", "Male"),
            List.of("Children", "Female"));
  }

  @Test
  void readsRowHeadersThatWrapWithTheFiguresOnTheLastLine() {
    ReadTable t =
        only(
            """
             Offence                                   2022   2023
             Theft                                       4      5
             Racially Or Religiously Aggravated Public
             Fear, Alarm Or Distress                     8     15
             Criminal Damage                            69     48
            """);
    assertThat(t.rows())
        .extracting(r -> r.header().get(0))
        .containsExactly(
            "Theft",
            "Racially Or Religiously Aggravated Public Fear, Alarm Or Distress",
            "Criminal Damage");
  }

  @Test
  void readsRowHeadersThatWrapAroundTheirFigures() {
    ReadTable t =
        only(
            """
               Outcome / Year          2022    2023
               Charged or Summonsed      28      42
            Named Suspect Identified -
                                         24      34
               Too Ill to Prosecute
               Cautioned - Youth          -       3
            """);
    assertThat(t.rows())
        .extracting(r -> r.header().get(0))
        .containsExactly(
            "Charged or Summonsed",
            "Named Suspect Identified - Too Ill to Prosecute",
            "Cautioned - Youth");
    // no total and no key: a dash is not assumed to be anything
    assertThat(states(t.rows().get(2))).containsExactly("BLANK", "VALUE");
  }

  @Test
  void readsBlanksAsZeroOnlyWhereTheTotalsAddUp() {
    String layout =
        """
         Type            2022    2023    Total
         Arson              2               %s
         Burglary                   3        3
         Total              2       3        5
        """;
    ReadTable adds = only(layout.formatted("2"));
    assertThat(adds.rows().get(0).cells().get(1)).isEqualTo(new ReadCell("", "ZERO"));
    ReadTable doesNot = only(layout.formatted("4"));
    assertThat(doesNot.rows().get(0).cells().get(1)).isEqualTo(new ReadCell("", "BLANK"));
  }

  @Test
  void readsADashByTheLettersKey() {
    ReadTable t =
        only(
            """
            In the table below "-" means not held.

             School            2022    2023
             Ashfield             5       -
             Beeches              -       7
            """);
    assertThat(states(t.rows().get(0))).containsExactly("VALUE", "NOT_HELD");
  }

  @Test
  void readsATableCopiedFromAWordProcessorOneCellALine() {
    ReadTable t =
        only(
            "Breakdown below.\n\n\t \n\tCSE\n\tCSE\n\n\tAge\n\t10-14\n\t15-19\n\n"
                + "\t2015\n\t19\n\t20\n\n\t2016\n\t53\n\t<5\n\n");
    assertThat(t.columnHeaders()).containsExactly(List.of("CSE", "10-14"), List.of("CSE", "15-19"));
    assertThat(states(t.rows().get(1))).containsExactly("VALUE", "SUPPRESSED");
  }

  @Test
  void readsNoTableInRunningText() {
    assertThat(
            TableReader.read(
                """
                Question 2
                What machinery do you use for pothole repairs, patching works and resurfacing works?
                Question 3
                Please contact me on 0114 2734567.
                Tel : 0114 20 53478
                """))
        .isEmpty();
  }

  @Test
  void attributesATableToTheQuestionItSitsUnder() {
    String text =
        """
        1. How many complaints?

         Year     Count
         2022        4
         2023        6
        """;
    ReadQuestion q =
        new ReadQuestion(
            1,
            "1",
            "How many complaints?",
            new Span(0, 23),
            "q1",
            "",
            new Span(23, text.length()),
            java.util.Optional.empty(),
            true);
    assertThat(TableReader.read(text, List.of(q)).get(0).questions()).containsExactly(1);
  }

  @Test
  void readsALongTextQuickly() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 200_000) {
      b.append("Please note ").append("- ".repeat(40)).append("1 2 3 4 5 6 7 8 9 ".repeat(3));
      b.append("\n Area     2022   2023\n North      1      2\n South      3      -\n\n");
      b.append("|".repeat(50)).append("\t".repeat(30)).append("\n");
    }
    long start = System.nanoTime();
    List<ReadTable> tables = TableReader.read(b.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(tables).isNotEmpty();
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void readsALongTableAcrossManyPagesQuickly() {
    StringBuilder b = new StringBuilder(" Ward               2022    2023\n");
    int rows = 0;
    while (b.length() < 200_000) {
      b.append(" Ward ").append(rows).append("             4       -\n");
      if (++rows % 3 == 0) {
        b.append("[page break]\n");
      }
    }
    StringBuilder lines = new StringBuilder();
    while (lines.length() < 200_000) {
      lines.append("Item 12\n");
    }
    long start = System.nanoTime();
    List<ReadTable> tables = TableReader.read(b.toString());
    TableReader.read(lines.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows()).hasSize(rows);
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void readsFiguresAsWritten() {
    assertThat(TableReader.stateOf("1,234")).isEqualTo("VALUE");
    assertThat(TableReader.stateOf("£1,200.50")).isEqualTo("VALUE");
    assertThat(TableReader.stateOf("0")).isEqualTo("ZERO");
    assertThat(TableReader.stateOf("< 5")).isEqualTo("SUPPRESSED");
    assertThat(TableReader.stateOf("Not held")).isEqualTo("NOT_HELD");
    assertThat(TableReader.isCell("1,2345")).isFalse();
    assertThat(TableReader.isCell("12,34")).isFalse();
    assertThat(TableReader.isCell("2019/20")).isFalse();
    assertThat(TableReader.cellState("ZERO")).isEqualTo(CellState.NIL);
    assertThat(TableReader.cellState("BLANK")).isEqualTo(CellState.NOT_STATED);
  }

  @Test
  void keepsTheMarkOfASuppressedFigure() {
    ReadTable t =
        only(
            """
             Ward               2022    2023
             Central             < 5      6
             East                 2     < 5
            """);
    assertThat(texts(t.rows().get(0))).containsExactly("< 5", "6");
    assertThat(states(t.rows().get(1))).containsExactly("VALUE", "SUPPRESSED");
  }
}
