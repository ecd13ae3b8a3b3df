package uk.foitracker.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV injection (OWASP "CSV Injection"): a cell that begins with {@code = + - @}, a tab or a
 * carriage return is read by spreadsheet programs as a formula ({@code =HYPERLINK(...)}), so every
 * CSV the service writes for download passes its cells through here and such a cell is prefixed
 * with a single quote, which spreadsheets show as text and do not evaluate.
 *
 * <p>One exception: a cell that is nothing but a plain number ({@code -5}, {@code -12.5}, {@code
 * +3}) is left alone. It cannot carry a formula (there is nothing after the sign but digits), and a
 * quote would turn a real negative figure (a change on last year, a balance) into text in every
 * spreadsheet and every program re-using the open data. Anything else after the sign, even {@code
 * -1+1}, is quoted. A lone dash (the usual mark for "none" in FOI tables) is kept too: nothing
 * follows it to evaluate.
 */
public final class CsvCells {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?|-");

  private CsvCells() {}

  /** The cell as a spreadsheet will show it, never as a formula. */
  public static String safe(Object cell) {
    if (cell == null) {
      return null;
    }
    String text = cell.toString();
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean trigger =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (!trigger || PLAIN_NUMBER.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }

  /** Prints one record, every cell made safe. */
  public static void print(CSVPrinter printer, Iterable<?> cells) throws IOException {
    List<String> safe = new ArrayList<>();
    for (Object cell : cells) {
      safe.add(safe(cell));
    }
    printer.printRecord(safe);
  }
}
