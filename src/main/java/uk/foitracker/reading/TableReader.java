package uk.foitracker.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.foitracker.rules.CellState;

/**
 * Reads the tables of a letter given as text: tables laid out with spaces (as {@code pdftotext
 * -layout} gives them), tables whose cells are separated by tabs or pipes, tables copied from a
 * word processor with one cell a line (rows separated by blank lines), tables split across PDF
 * pages ({@code [page break]} lines or form feeds, with the header row repeated or not), grouped
 * column headers, row headers wrapped over several lines (with the figures on the first, a middle
 * or the last line), and total rows.
 *
 * <p>Nothing is invented: every cell text is a token of the letter, as written ("" for a blank).
 * Where the reading depends on a guess (figures placed by their position after a page break, a
 * meaning of "-" taken from the letter's prose), the table is marked not sure.
 *
 * <p>No regular expressions: the text is scanned by hand, in time linear in its length (letters can
 * be 200,000 characters).
 */
public final class TableReader {
  private TableReader() {}

  /**
   * A table as read. {@code columnHeaders} has one entry per data column (the row-header column is
   * not one): the header texts of that column from top to bottom, a group header first (e.g.
   * ["CSE", "10-14"]); a header wrapped over several lines is one text. {@code totalRows} are the
   * indices (from 0) in {@code rows} of the rows labelled "Total" or "Grand total". {@code
   * questions} are the numbers of the questions the table sits under, when they were given. {@code
   * cornerLabel} is the text the table's header gives over its row headers ("Age"), or null.
   */
  public record ReadTable(
      String caption,
      List<Integer> questions,
      List<List<String>> columnHeaders,
      List<ReadRow> rows,
      List<Integer> totalRows,
      Span span,
      boolean sure,
      String cornerLabel) {
    /** A table without a corner label. */
    public ReadTable(
        String caption,
        List<Integer> questions,
        List<List<String>> columnHeaders,
        List<ReadRow> rows,
        List<Integer> totalRows,
        Span span,
        boolean sure) {
      this(caption, questions, columnHeaders, rows, totalRows, span, sure, null);
    }

    public ReadTable {
      questions = List.copyOf(questions);
      columnHeaders = columnHeaders.stream().map(List::copyOf).toList();
      rows = List.copyOf(rows);
      totalRows = List.copyOf(totalRows);
      Objects.requireNonNull(span, "span");
    }
  }

  /** A row: its header (one text; a list so that a row header of several columns fits). */
  public record ReadRow(List<String> header, List<ReadCell> cells) {
    public ReadRow {
      header = List.copyOf(header);
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell as written ({@code text}, "" for a blank) and what it means ({@code state}): one of
   * {@link #VALUE}, {@link #ZERO}, {@link #NOT_HELD}, {@link #SUPPRESSED}, {@link #BLANK}. These
   * map onto {@code rules.CellState} as VALUE, NIL, NOT_HELD, SUPPRESSED and NOT_STATED.
   */
  public record ReadCell(String text, String state) {
    public static final String VALUE = "VALUE";
    public static final String ZERO = "ZERO";
    public static final String NOT_HELD = "NOT_HELD";
    public static final String SUPPRESSED = "SUPPRESSED";
    public static final String BLANK = "BLANK";

    public ReadCell {
      Objects.requireNonNull(text, "text");
      if (!Set.of(VALUE, ZERO, NOT_HELD, SUPPRESSED, BLANK).contains(state)) {
        throw new IllegalArgumentException("Not a cell state: " + state);
      }
    }
  }

  /**
   * The state of the model ({@code rules.CellState}) a read state stands for: ZERO is NIL and BLANK
   * is NOT_STATED (a blank the letter does not explain: nothing is assumed).
   */
  public static CellState cellState(String state) {
    return switch (state) {
      case ReadCell.VALUE -> CellState.VALUE;
      case ReadCell.ZERO -> CellState.NIL;
      case ReadCell.NOT_HELD -> CellState.NOT_HELD;
      case ReadCell.SUPPRESSED -> CellState.SUPPRESSED;
      case ReadCell.BLANK -> CellState.NOT_STATED;
      default -> throw new IllegalArgumentException("Not a cell state: " + state);
    };
  }

  /** The tables of the text, in the order they appear. */
  public static List<ReadTable> read(String text) {
    return read(text, List.of());
  }

  /**
   * The tables of the text, each attributed to the question whose answer it sits in (or else the
   * last question read before it).
   */
  public static List<ReadTable> read(String text, List<ReadQuestion> questions) {
    // no-break and figure spaces are spaces, in the same place: offsets do not move
    String plain = text.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ');
    List<Line> lines = Line.split(plain);
    List<Raw> raws = new ArrayList<>();
    boolean[] used = new boolean[lines.size()];
    CellRows.find(lines, used, raws);
    Layout.find(lines, used, raws);
    raws.sort((a, b) -> Integer.compare(a.start, b.start));
    List<ReadTable> tables = new ArrayList<>();
    int previousEnd = 0;
    String key = raws.isEmpty() ? null : dashKey(plain);
    for (Raw r : raws) {
      tables.add(r.finish(plain, previousEnd, questions, key));
      previousEnd = r.end;
    }
    return tables;
  }

  // ---------------------------------------------------------------------------------------------
  // Lines and tokens

  /** One line of the text with its offset; a page break is a line of its own. */
  record Line(String text, int start, boolean pageBreak) {
    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int i = 0;
      int n = text.length();
      while (i <= n) {
        int e = text.indexOf('\n', i);
        if (e < 0) {
          e = n;
        }
        String s = text.substring(i, e);
        if (s.endsWith("\r")) {
          s = s.substring(0, s.length() - 1);
        }
        int ff = s.indexOf('\f');
        if (ff >= 0) {
          // pdftotext puts a form feed at the start of each new page
          lines.add(new Line("", i + ff, true));
          s = s.replace('\f', ' ');
        }
        String t = s.strip();
        if (t.equalsIgnoreCase("[page break]") || isPageFooter(t)) {
          lines.add(new Line("", i, true));
        } else {
          lines.add(new Line(s, i, false));
        }
        if (e == n) {
          break;
        }
        i = e + 1;
      }
      return lines;
    }

    boolean blank() {
      return !pageBreak && text.isBlank();
    }

    int end() {
      return start + text.length();
    }

    String normal() {
      return String.join(" ", text.strip().split("\\s+"));
    }
  }

  /** "Page 2", "Page 2 of 5". */
  static boolean isPageFooter(String t) {
    String[] w = t.split(" ");
    if (w.length != 2 && w.length != 4) {
      return false;
    }
    if (!w[0].equalsIgnoreCase("page") || !digits(w[1])) {
      return false;
    }
    return w.length == 2 || (w[2].equalsIgnoreCase("of") && digits(w[3]));
  }

  /** A line that names a table: "Table 1.", "Question 1b.", "Questions 1c and 1d.". */
  static boolean names(String line) {
    String low = line.toLowerCase(Locale.ROOT);
    return line.length() <= 40
        && (low.startsWith("table ")
            || low.startsWith("question ")
            || low.startsWith("questions "));
  }

  static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A word of a line and its columns (start inclusive, end exclusive, tabs as one column). */
  record Word(String text, int start, int end) {
    double centre() {
      return (start + end) / 2.0;
    }

    static List<Word> of(String line) {
      List<Word> words = new ArrayList<>();
      int i = 0;
      int n = line.length();
      while (i < n) {
        while (i < n && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i > s) {
          words.add(new Word(line.substring(s, i), s, i));
        }
      }
      // "not held" as written in a cell is one token
      List<Word> joined = new ArrayList<>();
      for (int k = 0; k < words.size(); k++) {
        Word w = words.get(k);
        boolean notHeld =
            k + 1 < words.size()
                && w.text.equalsIgnoreCase("not")
                && words.get(k + 1).text.equalsIgnoreCase("held")
                && (k + 2 == words.size() || words.get(k + 2).start > words.get(k + 1).end + 1)
                && (k == 0 || words.get(k - 1).end < w.start - 1);
        // "< 5" likewise: the mark is not dropped from the figure
        boolean fewer =
            k + 1 < words.size()
                && (w.text.equals("<") || w.text.equals(">"))
                && number(words.get(k + 1).text);
        if ((notHeld || fewer) && words.get(k + 1).start == w.end + 1) {
          joined.add(
              new Word(
                  line.substring(w.start, words.get(k + 1).end), w.start, words.get(k + 1).end));
          k++;
        } else {
          joined.add(w);
        }
      }
      return joined;
    }
  }

  /** Whether a token is what a table cell holds: a figure, a dash, a suppression mark. */
  static boolean isCell(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    String l = s.toLowerCase(Locale.ROOT);
    if (l.equals("-") || l.equals("–") || l.equals("—") || l.equals("*") || l.equals("n/a")) {
      return true;
    }
    if (l.equals("[c]") || l.equals("[x]") || l.equals("[z]") || l.equals("not held")) {
      return true;
    }
    if (l.startsWith("<") || l.startsWith(">")) {
      return number(l.substring(1).strip());
    }
    return number(l);
  }

  /** 12, 1,234, 3.5, 12%, £1,200. */
  static boolean number(String s) {
    String t = s;
    if (t.startsWith("£")) {
      t = t.substring(1);
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        continue;
      }
      if (c == ',' && !dot) {
        // a thousands separator is followed by three digits, then the end, a comma or a point
        int next = i + 4;
        if (next > t.length()
            || !digits(t.substring(i + 1, next))
            || next < t.length() && t.charAt(next) != ',' && t.charAt(next) != '.') {
          return false;
        }
        continue;
      }
      if (c == '.' && !dot && i + 1 < t.length()) {
        dot = true;
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * What a cell means, written on its own. "-" is ambiguous (zero, not held, not applicable,
   * nothing to report): it is BLANK unless the letter gives a key or the table's totals show it is
   * zero (see {@link Raw#finish}). "n/a" is BLANK: it says the cell does not apply, which is not
   * zero and not "not held", and the contract has no state for it. "<5", "*", "[c]" are SUPPRESSED
   * (small numbers withheld); "[x]"/"[z]" (not available / not applicable in the statistics code of
   * practice) are BLANK.
   */
  static String stateOf(String text) {
    String l = text.strip().toLowerCase(Locale.ROOT);
    if (l.isEmpty() || l.equals("-") || l.equals("–") || l.equals("—") || l.equals("n/a")) {
      return ReadCell.BLANK;
    }
    if (l.equals("[x]") || l.equals("[z]")) {
      return ReadCell.BLANK;
    }
    if (l.equals("not held")) {
      return ReadCell.NOT_HELD;
    }
    if (l.equals("*") || l.equals("[c]") || l.startsWith("<")) {
      return ReadCell.SUPPRESSED;
    }
    if (number(l)) {
      String digitsOnly = l.replace("£", "").replace("%", "").replace(",", "").replace(".", "");
      return digitsOnly.chars().allMatch(c -> c == '0') ? ReadCell.ZERO : ReadCell.VALUE;
    }
    return ReadCell.VALUE;
  }

  static boolean isDash(String t) {
    String s = t.strip();
    return s.equals("-") || s.equals("–") || s.equals("—");
  }

  static boolean isTotal(String header) {
    String l = header.strip().toLowerCase(Locale.ROOT);
    return l.equals("total")
        || l.equals("totals")
        || l.equals("grand total")
        || l.startsWith("total ")
        || l.startsWith("grand total ");
  }

  // ---------------------------------------------------------------------------------------------
  // A table as found, before its cells get their meaning

  static final class Raw {
    int start;
    int end;
    int headerStart;
    List<List<String>> columnHeaders = new ArrayList<>();
    List<String> rowHeaders = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    boolean sure = true;
    String cornerLabel;

    ReadTable finish(String text, int previousEnd, List<ReadQuestion> questions, String key) {
      int columns = columnHeaders.size();
      List<Integer> totals = new ArrayList<>();
      for (int r = 0; r < rowHeaders.size(); r++) {
        if (isTotal(rowHeaders.get(r))) {
          totals.add(r);
        }
      }
      boolean totalColumn = columns > 1 && isTotal(last(columnHeaders.get(columns - 1)));
      String blankMeans = ReadCell.BLANK;
      String dashMeans = ReadCell.BLANK;
      if (key != null) {
        dashMeans = key;
      } else if (addsUp(totals, totalColumn)) {
        // the table's own totals add up only if its blanks and dashes are zero
        blankMeans = ReadCell.ZERO;
        dashMeans = ReadCell.ZERO;
      } else if (hasDash() && saysNotHeld(text, previousEnd, headerStart)) {
        // the prose just above the table says some of it is not held: the dashes are read so,
        // but that is a reading, not a key
        dashMeans = ReadCell.NOT_HELD;
        sure = false;
      }
      List<ReadRow> rows = new ArrayList<>();
      for (int r = 0; r < rowHeaders.size(); r++) {
        List<ReadCell> cs = new ArrayList<>();
        for (String c : cells.get(r)) {
          String state = stateOf(c);
          if (c.isBlank()) {
            state = blankMeans;
          } else if (isDash(c)) {
            state = dashMeans;
          }
          cs.add(new ReadCell(c, state));
        }
        rows.add(new ReadRow(List.of(rowHeaders.get(r)), cs));
      }
      String caption = caption(text, Math.min(previousEnd, headerStart), headerStart);
      return new ReadTable(
          caption,
          questionsOf(questions),
          columnHeaders,
          rows,
          totals,
          new Span(Math.min(headerStart, start), end),
          sure,
          cornerLabel);
    }

    private List<Integer> questionsOf(List<ReadQuestion> questions) {
      for (ReadQuestion q : questions) {
        if (q.answerSpan() != null && q.answerSpan().contains(start)) {
          return List.of(q.number());
        }
      }
      ReadQuestion before = null;
      for (ReadQuestion q : questions) {
        if (q.span() != null && q.span().start() <= start) {
          before = q;
        }
      }
      return before == null ? List.of() : List.of(before.number());
    }

    private boolean hasDash() {
      return cells.stream().flatMap(List::stream).anyMatch(TableReader::isDash);
    }

    /** Whether every total the table states is the sum of its cells, blanks and dashes as 0. */
    private boolean addsUp(List<Integer> totals, boolean totalColumn) {
      boolean anyBlank =
          cells.stream().flatMap(List::stream).anyMatch(c -> c.isBlank() || isDash(c));
      if (!anyBlank || (totals.isEmpty() && !totalColumn)) {
        return false;
      }
      int columns = columnHeaders.size();
      int checks = 0;
      int from = 0;
      for (int t : totals) {
        for (int c = 0; c < columns; c++) {
          Long total = amount(cells.get(t).get(c));
          if (total == null) {
            return false;
          }
          long sum = 0;
          for (int r = from; r < t; r++) {
            Long v = amount(cells.get(r).get(c));
            if (v == null) {
              return false;
            }
            sum += v;
          }
          if (sum != total) {
            return false;
          }
          checks++;
        }
        from = t + 1;
      }
      if (totalColumn) {
        for (List<String> row : cells) {
          Long total = amount(row.get(columns - 1));
          if (total == null) {
            return false;
          }
          long sum = 0;
          for (int c = 0; c < columns - 1; c++) {
            Long v = amount(row.get(c));
            if (v == null) {
              return false;
            }
            sum += v;
          }
          if (sum != total) {
            return false;
          }
          checks++;
        }
      }
      return checks > 0;
    }
  }

  static String last(List<String> l) {
    return l.isEmpty() ? "" : l.get(l.size() - 1);
  }

  /** A whole number as written, blank and dash as 0; null for anything else. */
  static Long amount(String c) {
    String s = c.strip();
    if (s.isEmpty() || isDash(s)) {
      return 0L;
    }
    String d = s.replace(",", "");
    if (!digits(d) || d.length() > 15) {
      return null;
    }
    return Long.parseLong(d);
  }

  /**
   * A key the letter gives for "-": a line such as {@code "-" means not held}, {@code - = nil},
   * {@code - denotes zero}. Read from the text before the table (since the previous one) and the
   * few lines after it is not needed: keys above or in the notes are looked for in the whole text.
   */
  static String dashKey(String text) {
    int i = 0;
    while (i < text.length()) {
      int d = indexOfDash(text, i);
      if (d < 0) {
        return null;
      }
      int s = d + 1;
      if (s < text.length()
          && (text.charAt(s) == '"'
              || text.charAt(s) == '\''
              || text.charAt(s) == '”'
              || text.charAt(s) == '’')) {
        s++;
      }
      String after =
          text.substring(s, Math.min(text.length(), s + 40)).strip().toLowerCase(Locale.ROOT);
      boolean keyed =
          after.startsWith("=")
              || after.startsWith("means")
              || after.startsWith("denotes")
              || after.startsWith("indicates")
              || after.startsWith("represents")
              || after.startsWith("signifies");
      boolean before =
          d == 0
              || Character.isWhitespace(text.charAt(d - 1))
              || "\"'“‘(".indexOf(text.charAt(d - 1)) >= 0;
      if (keyed && before) {
        String rest = after.replaceFirst("^(=|means|denotes|indicates|represents|signifies)", "");
        if (rest.contains("not held")
            || rest.contains("not recorded")
            || rest.contains("no data")) {
          return ReadCell.NOT_HELD;
        }
        if (rest.contains("zero")
            || rest.contains("nil")
            || rest.contains("none")
            || rest.strip().startsWith("0")) {
          return ReadCell.ZERO;
        }
        if (rest.contains("suppress")
            || rest.contains("withheld")
            || rest.contains("fewer than")
            || rest.contains("less than")) {
          return ReadCell.SUPPRESSED;
        }
      }
      i = d + 1;
    }
    return null;
  }

  private static int indexOfDash(String text, int from) {
    int best = -1;
    for (char c : new char[] {'-', '–', '—'}) {
      int k = text.indexOf(c, from);
      if (k >= 0 && (best < 0 || k < best)) {
        best = k;
      }
    }
    return best;
  }

  /** Whether the prose between the previous table and this one says information is not held. */
  static boolean saysNotHeld(String text, int from, int to) {
    int start = Math.max(from, to - 1500);
    String prose = text.substring(start, Math.max(start, to)).toLowerCase(Locale.ROOT);
    return prose.contains("not held") || prose.contains("not recorded");
  }

  /**
   * The caption: the nearest line above the table, with nothing but blank lines or page breaks
   * between, that names a table ("Table 1.", "Question 1b.") or is a short title (no full stop,
   * under 70 characters, standing alone). Null when there is none: a caption is never made up.
   */
  static String caption(String text, int from, int to) {
    List<Line> lines = Line.split(text.substring(Math.max(from, to - 2000), to));
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < 6; i--) {
      Line l = lines.get(i);
      if (l.pageBreak() || l.blank()) {
        continue;
      }
      seen++;
      String t = l.normal();
      String low = t.toLowerCase(Locale.ROOT);
      if (names(t)) {
        return t;
      }
      boolean alone =
          (i == 0 || lines.get(i - 1).blank() || lines.get(i - 1).pageBreak())
              && (i == lines.size() - 1
                  || lines.get(i + 1).blank()
                  || lines.get(i + 1).pageBreak());
      if (alone
          && t.length() < 70
          && !t.endsWith(".")
          && !t.endsWith(":")
          && !t.endsWith(",")
          && Character.isUpperCase(t.charAt(0))
          && seen <= 2) {
        return t;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Tables whose cells are delimited: by pipes, by tabs, or one cell a line (a word processor's)

  static final class CellRows {
    private CellRows() {}

    /** A row of cells and the lines it spans. */
    record Row(List<String> cells, int start, int end) {}

    static void find(List<Line> lines, boolean[] used, List<Raw> out) {
      int i = 0;
      while (i < lines.size()) {
        List<Row> rows = new ArrayList<>();
        int headerRows = -1;
        int j = i;
        while (j < lines.size()) {
          Line l = lines.get(j);
          if (pipe(l.text()) || tabbed(l.text())) {
            if (!separator(l.text())) {
              rows.add(new Row(split(l.text()), l.start(), l.end()));
            } else if (headerRows < 0) {
              headerRows = rows.size();
            }
            j++;
            continue;
          }
          if (l.text().startsWith("\t") && !l.text().isBlank()) {
            // one cell a line: the block of tab-led lines up to a blank line is a row
            int k = j;
            List<String> cells = new ArrayList<>();
            while (k < lines.size() && lines.get(k).text().startsWith("\t")) {
              if (lines.get(k).text().isBlank() && k > j) {
                break;
              }
              cells.add(lines.get(k).text().strip());
              k++;
            }
            if (cells.size() == 1) {
              cells = splitSpaces(cells.get(0));
            }
            rows.add(new Row(cells, l.start(), lines.get(k - 1).end()));
            j = k;
            continue;
          }
          if ((l.blank() || l.pageBreak()) && !rows.isEmpty()) {
            // rows separated by blank lines; a page break continues the table
            int k = j;
            while (k < lines.size() && (lines.get(k).blank() || lines.get(k).pageBreak())) {
              k++;
            }
            if (k - j <= 3 && k < lines.size() && lines.get(k).text().startsWith("\t")) {
              j = k;
              continue;
            }
          }
          break;
        }
        if (rows.size() >= 3) {
          Raw raw = build(rows, headerRows);
          if (raw != null) {
            for (int k = i; k < j; k++) {
              used[k] = true;
            }
            out.add(raw);
          }
        }
        i = Math.max(j, i + 1);
      }
    }

    static boolean pipe(String t) {
      String s = t.strip();
      return s.length() > 2
          && s.startsWith("|")
          && s.endsWith("|")
          && s.indexOf('|', 1) < s.length() - 1;
    }

    static boolean separator(String t) {
      String s = t.strip();
      if (!s.startsWith("|")) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '+' && c != '=') {
          return false;
        }
      }
      return true;
    }

    /** Cells separated by tabs within the line (not only a leading tab). */
    static boolean tabbed(String t) {
      String s = t.strip();
      return s.indexOf('\t') > 0 && split(t).size() >= 2;
    }

    static List<String> split(String t) {
      String s = t.strip();
      if (s.startsWith("|")) {
        s = s.substring(1);
        if (s.endsWith("|")) {
          s = s.substring(0, s.length() - 1);
        }
        return Arrays.stream(s.split("\\|", -1)).map(String::strip).toList();
      }
      return Arrays.stream(s.split("\t", -1)).map(String::strip).toList();
    }

    static List<String> splitSpaces(String s) {
      List<String> cells = new ArrayList<>();
      int i = 0;
      int n = s.length();
      int start = 0;
      while (i < n) {
        if (Character.isWhitespace(s.charAt(i))
            && i + 1 < n
            && (Character.isWhitespace(s.charAt(i + 1)) || s.charAt(i) == '\t')) {
          cells.add(s.substring(start, i).strip());
          while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
          }
          start = i;
        } else {
          i++;
        }
      }
      cells.add(s.substring(start).strip());
      cells.removeIf(String::isEmpty);
      return cells;
    }

    static boolean allYears(List<String> cells) {
      if (cells.size() < 2) {
        return false;
      }
      for (String c : cells.subList(1, cells.size())) {
        if (!(digits(c)
            && c.length() == 4
            && c.compareTo("1990") >= 0
            && c.compareTo("2100") <= 0)) {
          return false;
        }
      }
      return true;
    }

    static boolean dataRow(List<String> cells) {
      for (int c = 1; c < cells.size(); c++) {
        if (isCell(cells.get(c))) {
          return true;
        }
      }
      return false;
    }

    static Raw build(List<Row> rows, int headerRows) {
      int firstData = headerRows;
      for (int r = 0; r < rows.size() && firstData < 0; r++) {
        if (dataRow(rows.get(r).cells())) {
          firstData = r;
        }
      }
      if (firstData >= 0
          && firstData + 1 < rows.size()
          && allYears(rows.get(firstData).cells())
          && !allYears(rows.get(firstData + 1).cells())) {
        firstData++; // a row of years over the columns is their header
      }
      if (firstData < 0) {
        return null;
      }
      List<Row> header = rows.subList(0, firstData);
      Set<String> headerTexts = new HashSet<>();
      header.forEach(h -> headerTexts.add(String.join("|", h.cells())));
      List<Row> data = new ArrayList<>();
      for (Row r : rows.subList(firstData, rows.size())) {
        if (!headerTexts.contains(String.join("|", r.cells()))) {
          data.add(r); // a header repeated after a page break is left out
        }
      }
      int width = data.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
      if (width < 2 || data.size() < 2) {
        return null;
      }
      Raw raw = new Raw();
      raw.headerStart = rows.get(0).start();
      raw.start = rows.get(0).start();
      raw.end = rows.get(rows.size() - 1).end();
      for (int c = 1; c < width; c++) {
        List<String> levels = new ArrayList<>();
        for (Row h : header) {
          // a header row shorter than the table sits over its last columns
          int at = c - (width - h.cells().size());
          if (at >= 0 && at < h.cells().size() && !h.cells().get(at).isBlank()) {
            levels.add(h.cells().get(at));
          }
        }
        raw.columnHeaders.add(levels);
      }
      // the words over the row headers, in the header's first cell (the lowest that has any)
      for (Row h : header) {
        if (h.cells().size() == width && !h.cells().get(0).isBlank()) {
          raw.cornerLabel = h.cells().get(0);
        }
      }
      for (Row r : data) {
        List<String> cs = new ArrayList<>(r.cells());
        if (cs.size() != width) {
          raw.sure = false;
        }
        while (cs.size() < width) {
          cs.add("");
        }
        raw.rowHeaders.add(cs.get(0));
        raw.cells.add(List.copyOf(cs.subList(1, width)));
      }
      return raw;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tables laid out with spaces

  static final class Layout {
    private Layout() {}

    /** A line of a table: its label words and its cell words. */
    static final class Parsed {
      final int index;
      final Line line;
      final List<Word> words;
      final List<Word> values;
      final List<Word> label;
      final int section;

      Parsed(int index, Line line, int section) {
        this.index = index;
        this.line = line;
        this.section = section;
        this.words = Word.of(line.text().replace('\t', ' '));
        int k = words.size();
        while (k > 0 && isCell(words.get(k - 1).text())) {
          k--;
        }
        // a dash one space after a word ends the label ("Named Suspect Identified -")
        while (k < words.size()
            && k > 0
            && isDash(words.get(k).text())
            && words.get(k).start() - words.get(k - 1).end() < 2) {
          k++;
        }
        this.values = new ArrayList<>(words.subList(k, words.size()));
        this.label = new ArrayList<>(words.subList(0, k));
      }

      boolean data() {
        return !values.isEmpty();
      }

      String labelText() {
        return String.join(" ", label.stream().map(Word::text).toList());
      }
    }

    static void find(List<Line> lines, boolean[] used, List<Raw> out) {
      int i = 0;
      while (i < lines.size()) {
        if (used[i] || !candidate(lines.get(i))) {
          i++;
          continue;
        }
        int next = table(lines, used, i, out);
        i = Math.max(next, i + 1);
      }
    }

    static boolean candidate(Line l) {
      if (l.pageBreak() || l.blank()) {
        return false;
      }
      Parsed p = new Parsed(0, l, 0);
      return p.data() && !prose(p);
    }

    /** A line of running text: long, single-spaced, or ending a sentence. */
    static boolean prose(Parsed p) {
      String t = p.line.text().strip();
      int longest = 0;
      for (String chunk : CellRows.splitSpaces(t)) {
        longest = Math.max(longest, chunk.length());
      }
      return longest > 70 || p.label.size() > 12;
    }

    /** Reads the table whose first row is line {@code first}; answers the line after it. */
    static int table(List<Line> lines, boolean[] used, int first, List<Raw> out) {
      // the header: the lines right above, up to a blank line, a page break or running text
      int h = first;
      while (h - 1 >= 0 && first - (h - 1) <= 8) {
        Line l = lines.get(h - 1);
        if (l.blank() || l.pageBreak() || used[h - 1]) {
          break;
        }
        Parsed p = new Parsed(h - 1, l, 0);
        if (prose(p) || p.data() || wordy(l) || names(l.normal())) {
          break;
        }
        h--;
      }
      List<Line> above = new ArrayList<>(lines.subList(h, first));
      Set<String> headerTexts = new HashSet<>();
      above.forEach(l -> headerTexts.add(l.normal()));
      // the body: data lines and label lines, across page breaks, up to a blank line
      List<Parsed> body = new ArrayList<>();
      int section = 0;
      int j = first;
      while (j < lines.size() && !used[j]) {
        Line l = lines.get(j);
        if (l.pageBreak()) {
          section++;
          j++;
          continue;
        }
        if (l.blank()) {
          break;
        }
        if (headerTexts.contains(l.normal()) && section > 0) {
          j++; // a header repeated after a page break
          continue;
        }
        Parsed p = new Parsed(j, l, section);
        if (prose(p)) {
          break;
        }
        body.add(p);
        j++;
      }
      List<Parsed> data = body.stream().filter(Parsed::data).toList();
      // a first line of years is the header, not a row
      if (data.size() >= 2 && years(data.get(0)) && !years(data.get(1))) {
        Parsed yearLine = data.get(0);
        above.add(yearLine.line);
        body.remove(yearLine);
        String repeated = yearLine.line.normal();
        body.removeIf(p -> p.section > 0 && p.line.normal().equals(repeated));
        data = body.stream().filter(Parsed::data).toList();
      }
      if (data.stream().filter(p -> p.values.size() >= 2).count() < 2
          && !(data.size() >= 2 && data.stream().allMatch(Layout::setApart))) {
        return Math.max(j, first + 1);
      }
      int sections = section + 1;
      double[][] centres = new double[sections][];
      int main = 0;
      int mostLines = -1;
      List<List<Parsed>> bySection = new ArrayList<>();
      for (int s = 0; s < sections; s++) {
        bySection.add(new ArrayList<>());
      }
      data.forEach(p -> bySection.get(p.section).add(p));
      for (int s = 0; s < sections; s++) {
        centres[s] = clusters(bySection.get(s));
        int n = bySection.get(s).size();
        if (n > mostLines) {
          mostLines = n;
          main = s;
        }
      }
      int width = centres[main].length;
      if (width == 0) {
        return Math.max(j, first + 1);
      }
      for (int s = 0; s < sections; s++) {
        if (centres[s].length != width || bySection.get(s).size() < 2) {
          centres[s] = centres[main];
        }
      }
      Raw raw = new Raw();
      raw.start = lines.get(first).start();
      // lines above the first row with nothing over the columns are its label, not the header
      double left = leftOf(centres[main]);
      List<Parsed> leading = new ArrayList<>();
      while (!above.isEmpty()) {
        Line l = above.get(above.size() - 1);
        boolean overColumns =
            Word.of(l.text().replace('\t', ' ')).stream().anyMatch(w -> w.end() > left);
        if (overColumns) {
          break;
        }
        leading.add(0, new Parsed(lines.indexOf(l), l, 0));
        above.remove(above.size() - 1);
      }
      body.addAll(0, leading);
      raw.headerStart = above.isEmpty() ? body.get(0).line.start() : above.get(0).start();
      List<List<String>> rowCells = new ArrayList<>();
      for (Parsed p : data) {
        double[] c = centres[p.section];
        double l0 = leftOf(c);
        // a figure left of the first column belongs to the label ("Covid 19")
        while (!p.values.isEmpty() && p.values.get(0).end() < l0 && !p.label.isEmpty()) {
          p.label.add(p.values.remove(0));
        }
        List<String> cells = new ArrayList<>();
        for (int k = 0; k < width; k++) {
          cells.add("");
        }
        if (p.values.size() == width) {
          for (int k = 0; k < width; k++) {
            cells.set(k, p.values.get(k).text());
          }
        } else {
          if (p.section != main && c == centres[main]) {
            raw.sure = false; // placed by the position of another page's columns
          }
          int prev = -1;
          for (int v = 0; v < p.values.size(); v++) {
            int best = nearest(c, p.values.get(v).centre());
            int room = width - (p.values.size() - v);
            if (best <= prev) {
              best = prev + 1;
              raw.sure = false;
            }
            if (best > room) {
              best = room;
              raw.sure = false;
            }
            cells.set(best, p.values.get(v).text());
            prev = best;
          }
        }
        rowCells.add(cells);
      }
      // row labels: the label lines around each data line
      Labels read = labels(body, data);
      List<String> labels = new ArrayList<>(read.labels());
      boolean noLabels = true;
      for (int r = 0; r < data.size(); r++) {
        boolean labelled = !labels.get(r).isBlank();
        if (labelled && !(isTotal(labels.get(r)) && rowCells.get(r).get(0).isEmpty())) {
          noLabels = false;
        }
      }
      noLabels = noLabels && labels.stream().anyMatch(String::isBlank);
      double[] headerCentres = centres[main];
      if (noLabels && width >= 2) {
        // the first column is the row header (years down the side)
        for (int r = 0; r < data.size(); r++) {
          if (labels.get(r).isBlank()) {
            labels.set(r, rowCells.get(r).get(0));
          }
          rowCells.set(r, new ArrayList<>(rowCells.get(r).subList(1, width)));
        }
        width--;
        headerCentres = Arrays.copyOfRange(headerCentres, 1, headerCentres.length);
      }
      raw.columnHeaders = headers(above, headerCentres, width);
      for (int r = 0; r < data.size(); r++) {
        raw.rowHeaders.add(labels.get(r));
        raw.cells.add(List.copyOf(rowCells.get(r)));
      }
      int lastLine = lastLineOf(body, data, read.trailing());
      raw.end = lines.get(lastLine).end();
      for (int k = h; k <= lastLine; k++) {
        used[k] = true;
      }
      out.add(raw);
      return lastLine + 1;
    }

    /** The left edge of the first column: half a column's width before its centre. */
    static double leftOf(double[] c) {
      double gap = c.length > 1 ? Math.min(c[1] - c[0], 10) : 8;
      return c[0] - gap / 2.0 - 1;
    }

    /** A single figure set apart from its label by two spaces or more. */
    static boolean setApart(Parsed p) {
      if (p.values.size() != 1) {
        return false;
      }
      if (p.label.isEmpty()) {
        return true;
      }
      return p.values.get(0).start() - p.label.get(p.label.size() - 1).end() >= 2;
    }

    /** A line of running text above a table: a phrase of seven words or more. */
    static boolean wordy(Line l) {
      int words = 0;
      int prevEnd = -10;
      for (Word w : Word.of(l.text().replace('\t', ' '))) {
        if (w.start() - prevEnd >= 2) {
          words = 0;
        }
        prevEnd = w.end();
        if (Character.isLetter(w.text().charAt(0))) {
          words++;
          if (words >= 7) {
            return true;
          }
        }
      }
      return false;
    }

    /** The columns of one page's lines: the centres of its figures, in clusters. */
    static double[] clusters(List<Parsed> data) {
      double[] xs =
          data.stream()
              .flatMap(p -> p.values.stream())
              .mapToDouble(Word::centre)
              .sorted()
              .toArray();
      List<Double> centres = new ArrayList<>();
      int from = 0;
      for (int i = 1; i <= xs.length; i++) {
        if (i == xs.length || xs[i] - xs[i - 1] > 3) {
          double sum = 0;
          for (int k = from; k < i; k++) {
            sum += xs[k];
          }
          centres.add(sum / (i - from));
          from = i;
        }
      }
      return centres.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static boolean years(Parsed p) {
      if (p.values.size() < 2 || !p.label.isEmpty() && p.label.size() > 4) {
        return false;
      }
      for (Word w : p.values) {
        if (!digits(w.text()) || w.text().length() != 4) {
          return false;
        }
        int y = Integer.parseInt(w.text());
        if (y < 1990 || y > 2100) {
          return false;
        }
      }
      return true;
    }

    static int nearest(double[] centres, double x) {
      int best = 0;
      for (int k = 1; k < centres.length; k++) {
        if (Math.abs(centres[k] - x) < Math.abs(centres[best] - x)) {
          best = k;
        }
      }
      return best;
    }

    /**
     * The label of each data line. Label lines between two data lines go to the row above while
     * they continue it (start in lower case), and otherwise to the row below, except in a table
     * whose figures sit beside the middle of their labels (some data line has no label of its own):
     * there a row takes as many lines below its figures as it has above them.
     */
    /** The label of each data line, and how many label lines after the last one are its. */
    record Labels(List<String> labels, int trailing) {}

    static Labels labels(List<Parsed> body, List<Parsed> data) {
      boolean centred = data.stream().anyMatch(p -> p.label.isEmpty());
      List<List<String>> above = new ArrayList<>();
      List<List<String>> below = new ArrayList<>();
      for (int r = 0; r < data.size(); r++) {
        above.add(new ArrayList<>());
        below.add(new ArrayList<>());
      }
      List<String> pending = new ArrayList<>();
      int r = -1;
      for (Parsed p : body) {
        if (!p.data()) {
          pending.add(p.labelText());
          continue;
        }
        // split the pending lines between row r (below it) and row r + 1 (above it)
        int give = 0;
        if (r >= 0) {
          if (centred) {
            give = Math.min(above.get(r).size(), pending.size());
          }
          while (give < pending.size() && startsLower(pending.get(give))) {
            give++;
          }
        }
        below.get(Math.max(r, 0)).addAll(r >= 0 ? pending.subList(0, give) : List.of());
        above.get(r + 1).addAll(pending.subList(give, pending.size()));
        pending.clear();
        r++;
      }
      int trailing = 0;
      if (r >= 0) {
        int give = centred ? Math.min(above.get(r).size(), pending.size()) : 0;
        while (give < pending.size() && startsLower(pending.get(give))) {
          give++;
        }
        below.get(r).addAll(pending.subList(0, give));
        trailing = give;
      }
      List<String> labels = new ArrayList<>();
      for (int k = 0; k < data.size(); k++) {
        List<String> parts = new ArrayList<>(above.get(k));
        if (!data.get(k).label.isEmpty()) {
          parts.add(data.get(k).labelText());
        }
        parts.addAll(below.get(k));
        labels.add(String.join(" ", parts).strip());
      }
      return new Labels(labels, trailing);
    }

    static boolean startsLower(String s) {
      return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /** The last line of the table: the last data line, or the last label line of its row. */
    static int lastLineOf(List<Parsed> body, List<Parsed> data, int trailing) {
      Parsed lastData = data.get(data.size() - 1);
      int last = lastData.index;
      int after = 0;
      for (Parsed p : body) {
        if (p.index > lastData.index && after < trailing) {
          last = p.index;
          after++;
        }
      }
      return last;
    }

    /**
     * The column headers from the header lines: each word goes to the column nearest its centre; a
     * phrase over several columns with fewer words than columns (set apart by two spaces or more)
     * is a group header over them. Words left of the first column are the corner label.
     */
    static List<List<String>> headers(List<Line> headerLines, double[] centres, int width) {
      List<List<String>> groups = new ArrayList<>();
      List<List<String>> labels = new ArrayList<>();
      for (int k = 0; k < width; k++) {
        groups.add(new ArrayList<>());
        labels.add(new ArrayList<>());
      }
      if (width == 0) {
        return List.of();
      }
      double left = leftOf(centres);
      double gap = width > 1 ? (centres[width - 1] - centres[0]) / (width - 1) : 8;
      for (int hl = 0; hl < headerLines.size(); hl++) {
        Line l = headerLines.get(hl);
        boolean upper = hl < headerLines.size() - 1;
        String t = l.text().replace('\t', ' ');
        List<Word> words = Word.of(t);
        // phrases: words set apart by two spaces or more
        List<List<Word>> phrases = new ArrayList<>();
        for (Word w : words) {
          if (phrases.isEmpty()) {
            phrases.add(new ArrayList<>(List.of(w)));
            continue;
          }
          List<Word> lastPhrase = phrases.get(phrases.size() - 1);
          Word prev = lastPhrase.get(lastPhrase.size() - 1);
          if (w.start() - prev.end() >= 2) {
            phrases.add(new ArrayList<>(List.of(w)));
          } else {
            lastPhrase.add(w);
          }
        }
        for (List<Word> phrase : phrases) {
          int from = phrase.get(0).start();
          int to = phrase.get(phrase.size() - 1).end();
          List<Integer> covered = new ArrayList<>();
          for (int k = 0; k < width; k++) {
            if (centres[k] >= from - 1 && centres[k] <= to + 1) {
              covered.add(k);
            }
          }
          String text = String.join(" ", phrase.stream().map(Word::text).toList());
          double middle = (from + to) / 2.0;
          List<Integer> spanned = new ArrayList<>();
          boolean between = true;
          for (int k = 0; k < width; k++) {
            if (centres[k] >= from - gap / 2 && centres[k] <= to + gap / 2) {
              spanned.add(k);
            }
            if (Math.abs(centres[k] - middle) < gap / 4) {
              between = false;
            }
          }
          if (upper
              && covered.size() < 2
              && spanned.size() >= 2
              && between
              && phrase.size() < spanned.size()) {
            // a group header centred over the columns below it
            for (int k : spanned) {
              groups.get(k).add(text);
            }
          } else if (covered.size() >= 2 && phrase.size() < covered.size()) {
            for (int k : covered) {
              groups.get(k).add(text);
            }
          } else if (covered.size() >= 2) {
            for (Word w : phrase) {
              if (w.centre() >= left) {
                labels.get(nearest(centres, w.centre())).add(w.text());
              }
            }
          } else if ((from + to) / 2.0 >= left) {
            labels.get(nearest(centres, (from + to) / 2.0)).add(text);
          }
        }
      }
      List<List<String>> headers = new ArrayList<>();
      for (int k = 0; k < width; k++) {
        List<String> levels = new ArrayList<>(groups.get(k));
        String label = String.join(" ", labels.get(k)).strip();
        if (!label.isEmpty()) {
          levels.add(label);
        }
        headers.add(levels);
      }
      return headers;
    }
  }
}
