package uk.foitracker.answer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.rules.CellAmount;
import uk.foitracker.rules.CellState;

/**
 * Reads a cell as published: "19" or "18,201" is a value (a count); "£12,345", "12.5%", "3.25" or
 * "8 FTE" is a value with its unit and precision ({@link CellAmount}); "-" is not held; "<5", "*",
 * "c" or "[c]" is suppressed (a small number withheld); "0" is a value; "nil" is nil. Anything else
 * is refused. A blank cell means what its table says ({@link #blank}).
 *
 * @param value the count, for a whole number written without a unit (as before)
 * @param amount the number of any value, with its precision; null when the cell is not a value
 * @param unit the unit written with the number ("£", "%", "FTE"), or null
 */
public record CellText(CellState state, Long value, String text, BigDecimal amount, String unit) {
  /** At most 18 digits, so every figure fits a long: a longer one gets the field error below. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3}){0,5}|-?\\d{1,18}");

  private static final Pattern SUPPRESSED = Pattern.compile("<\\s*\\d+|\\*|c|\\[c]|\\[x]");

  public CellText {
    if (amount == null && value != null) {
      amount = BigDecimal.valueOf(value);
    }
  }

  /** A cell with no unit: its amount is its value. */
  public CellText(CellState state, Long value, String text) {
    this(state, value, text, null, null);
  }

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
    Optional<CellAmount> figure = CellAmount.parse(text);
    if (figure.isPresent()) {
      CellAmount f = figure.get();
      Long count = f.count() ? f.amount().longValueExact() : null;
      return new CellText(CellState.VALUE, count, text, f.amount(), f.unit());
    }
    throw new IllegalArgumentException(
        "A cell reads \""
            + text
            + "\": expected a number (with its unit, such as \"£12,345\", \"12.5%\" or \"8 FTE\"),"
            + " \"-\" for not held, or \"<5\" for a suppressed small number");
  }

  /** A blank cell of a table whose blanks mean {@code meaning}: shown blank, as sent. */
  public static CellText blank(BlankMeaning meaning) {
    if (meaning == BlankMeaning.ZERO) {
      return new CellText(CellState.VALUE, 0L, "");
    }
    return new CellText(meaning.state(), null, "");
  }

  /** A "-" of a table whose dashes mean {@code meaning}: shown as "-", as sent. */
  public CellText meaning(BlankMeaning meaning) {
    if (meaning == BlankMeaning.ZERO) {
      return new CellText(CellState.VALUE, 0L, text);
    }
    return new CellText(meaning.state(), null, text);
  }
}
