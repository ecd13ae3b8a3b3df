package uk.foitracker.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.reading.TextParts.Line;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.checks.TableFacts;

/**
 * A light reading of the figures an answer publishes, enough for the checks on small counts of
 * people (FOIA s.40(2)) and on identical tables (s.1(1)(b)); not a table reader. Two layouts are
 * read, as UK authorities' letters come out as text:
 *
 * <ul>
 *   <li>rows of a label and its figures on one line ("A1 - White British 121", "PRU 5 4 1"), three
 *       or more of them, which become a table with those rows;
 *   <li>a table pasted from a word processor one cell a line ("2015", "19", "20", "-"), eight or
 *       more lone figures, which become a table of one row holding them in order.
 * </ul>
 *
 * <p>Suppressed cells as authorities write them ("&lt;5", "*", "[c]", "fewer than 5") are read as
 * suppressed, never as a count. Whether a table counts people is read from the question: a count
 * ("how many", "number of", "break down") of children, pupils, young people, people, individuals,
 * families, victims, patients or service users, in the question or in the heading of the figures
 * ("Total number of CYP"). Staff and workers are not read as people here: the counts an authority
 * publishes of its workforce are posts and FTEs.
 */
final class AnswerFigures {
  private AnswerFigures() {}

  private static final String CELL =
      "(?:\\d[\\d,]*(?:\\.\\d+)?%?|<\\s?\\d+|\\*|\\[[cxzu]\\]|-|–|fewer\\s+than\\s+\\d+)";
  private static final Pattern ROW =
      Pattern.compile("^\\s*(.{1,60}?[\\p{L})])\\s+(" + CELL + "(?:\\s+" + CELL + ")*)\\s*$");
  private static final Pattern LONE = Pattern.compile("^\\s*(" + CELL + ")\\s*$");
  private static final Pattern CELL_TOKEN = Pattern.compile(CELL);

  /** A label that is the end of a wrapped sentence, not a row: "...received on", "... in". */
  private static final Pattern PROSE_END =
      Pattern.compile(
          "(?i)(?:\\b(?:of|by|to|the|and|on|in|is|was|were|for|from|between|at|with|than|over"
              + "|about|around|approximately|section|regulation|reg|s|page|year|years|hours"
              + "|minutes|days|£)|[.,:;])$");

  private static final Pattern COUNTING =
      Pattern.compile("(?i)how\\s+many|number|break\\s*(?:it\\s+)?down|breakdown|figures|total");
  private static final Pattern PEOPLE =
      Pattern.compile(
          "(?i)\\b(?:child(?:ren)?|pupils?|young\\s+people|young\\s+persons?|people|persons"
              + "|individuals|families|victims|patients|service\\s+users|adults|students"
              + "|learners|babies|infants|care\\s+leavers|looked\\s+after|CYP|YP"
              + "|\\d+[-\\s]years?[-\\s]olds?)\\b");

  /** The tables read from {@code answer}, the answer to {@code question}. */
  static List<TableFacts> read(String answer, String question) {
    // The question, or the heading the answer gives its figures ("Total number of CYP").
    String asked = question + "\n" + heading(answer);
    boolean people = COUNTING.matcher(asked).find() && PEOPLE.matcher(asked).find();
    List<TableFacts.Row> rows = new ArrayList<>();
    List<TableFacts.Cell> lone = new ArrayList<>();
    for (Line line : TextParts.lines(answer, 0, answer.length())) {
      String x = line.text().replace('\t', ' ');
      Matcher lm = LONE.matcher(x);
      if (lm.matches()) {
        lone.add(cell(lm.group(1)));
        continue;
      }
      Matcher m = ROW.matcher(x);
      if (m.matches() && !PROSE_END.matcher(m.group(1).strip()).find()) {
        List<TableFacts.Cell> cells = new ArrayList<>();
        Matcher c = CELL_TOKEN.matcher(m.group(2));
        while (c.find()) {
          cells.add(cell(c.group()));
        }
        rows.add(new TableFacts.Row(m.group(1).strip(), cells));
      }
    }
    List<TableFacts> tables = new ArrayList<>();
    if (rows.size() >= 3) {
      tables.add(new TableFacts("", List.of(), rows, List.of(), people));
    }
    if (lone.size() >= 8) {
      tables.add(
          new TableFacts("", List.of(), List.of(new TableFacts.Row("", lone)), List.of(), people));
    }
    return tables;
  }

  /** The answer's words before its first figure, at most 300 characters: a table's heading. */
  private static String heading(String answer) {
    Matcher digit = Pattern.compile("\\d").matcher(answer);
    int end = digit.find() ? digit.start() : answer.length();
    return answer.substring(Math.max(0, end - 300), end);
  }

  private static TableFacts.Cell cell(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.startsWith("<") || t.equals("*") || t.startsWith("[") || lower.startsWith("fewer")) {
      return new TableFacts.Cell(CellState.SUPPRESSED, null, t);
    }
    if (t.equals("-") || t.equals("–")) {
      return new TableFacts.Cell(CellState.NOT_STATED, null, t);
    }
    if (t.endsWith("%") || t.contains(".")) {
      return new TableFacts.Cell(CellState.VALUE, null, t); // a rate, not a count
    }
    try {
      return new TableFacts.Cell(CellState.VALUE, Long.parseLong(t.replace(",", "")), t);
    } catch (NumberFormatException e) {
      return new TableFacts.Cell(CellState.NOT_STATED, null, t);
    }
  }
}
