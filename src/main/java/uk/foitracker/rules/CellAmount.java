package uk.foitracker.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as an authority writes it in a table: the number with its precision and its unit, such
 * as "£12,345", "12.5%", "3.25", "8 FTE", "£1.2m" or "-£40". The unit is kept apart from the number
 * (a prefix such as "£", a suffix such as "%" or "FTE"), so that a figure can be added up, exported
 * with its unit in its own column, and still shown exactly as it was sent.
 *
 * @param amount the number, with as many decimal places as were written
 * @param prefix the unit written before the number ("£"), or null
 * @param suffix the unit written after it ("%", "FTE"), or null
 */
public record CellAmount(BigDecimal amount, String prefix, String suffix) {
  /** At most 18 digits before the point and 10 after, so every figure fits the stored decimal. */
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<sign>-)?\\s?(?<prefix>[£$€])?\\s?(?<sign2>-)?"
              + "(?<whole>\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,18})(?<fraction>\\.\\d{1,10})?"
              + "\\s?(?<suffix>%|[A-Za-z][A-Za-z/.]{0,15})?");

  /** The figure {@code text} states, or empty when it is not a figure. */
  public static Optional<CellAmount> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FIGURE.matcher(text.strip());
    if (!m.matches() || (m.group("sign") != null && m.group("sign2") != null)) {
      return Optional.empty();
    }
    String number = m.group("whole").replace(",", "");
    if (m.group("fraction") != null) {
      number += m.group("fraction");
    }
    BigDecimal amount = new BigDecimal(number);
    if (m.group("sign") != null || m.group("sign2") != null) {
      amount = amount.negate();
    }
    return Optional.of(new CellAmount(amount, m.group("prefix"), m.group("suffix")));
  }

  /** The unit as one string ("£", "%", "FTE", "£m"), or null for a plain number. */
  public String unit() {
    if (prefix == null && suffix == null) {
      return null;
    }
    return (prefix == null ? "" : prefix) + (suffix == null ? "" : suffix);
  }

  /** A whole number written without a unit: a count. */
  public boolean count() {
    return unit() == null && amount.scale() <= 0;
  }
}
