package uk.foitracker.answer;

import java.util.regex.Pattern;
import uk.foitracker.rules.CellState;

/**
 * Reads a cell as published: "19" or "18,201" is a value; "-" is not held; "<5", "*" or "c" is
 * suppressed (a small number withheld); "0" is a value; "nil" is nil. Anything else is refused.
 */
public record CellText(CellState state, Long value, String text) {
  /** At most 18 digits, so every figure fits a long: a longer one gets the field error below. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3}){0,5}|-?\\d{1,18}");

  private static final Pattern SUPPRESSED = Pattern.compile("<\\s*\\d+|\\*|c|\\[c]|\\[x]");

  public static CellText parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    if (text.equals("-") || text.equals("–") || text.equals("—")) {
      return new CellText(CellState.NOT_HELD, null, text);
    }
    if (text.equalsIgnoreCase("nil")) {
      return new CellText(CellState.NIL, null, text);
    }
    if (SUPPRESSED.matcher(text.toLowerCase()).matches()) {
      return new CellText(CellState.SUPPRESSED, null, text);
    }
    if (NUMBER.matcher(text).matches()) {
      return new CellText(CellState.VALUE, Long.parseLong(text.replace(",", "")), text);
    }
    throw new IllegalArgumentException(
        "A cell reads \""
            + text
            + "\": expected a number, \"-\" for not held, or \"<5\" for a suppressed small number");
  }
}
