package uk.foitracker.compare;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a row or column label is matched by: case, spacing and punctuation do not count, "&" is
 * "and", and a financial year is one form whichever way it is written (2019/20, 2019-20, 2019/2020,
 * 2019 to 2020, 2019–20 are all "2019/20"). Nothing else is merged: "Total" and "Grand Total" stay
 * apart unless a label mapping says they are the same ({@link LabelMap}).
 */
final class LabelKeys {
  private LabelKeys() {}

  /** A year range: 4 digits, a separator (/ - en or em dash, "to"), 2 or 4 digits. */
  private static final Pattern YEARS =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d{2})\\s*(?:/|-|\u2013|\u2014|to)\\s*(\\d{4}|\\d{2})(?!\\d)");

  /** A word, or a year range already written in its one form. */
  private static final Pattern TOKEN =
      Pattern.compile("\\d{4}/\\d{4}|\\d{4}/\\d{2}|[\\p{L}\\p{N}]+");

  /** The matching key of a label; "" for a blank or missing label. */
  static String key(String label) {
    if (label == null) {
      return "";
    }
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace("&", " and ");
    s = years(s);
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(m.group());
    }
    return out.toString();
  }

  /**
   * Writes each year range as "yyyy/yy". A range whose second year is not the next one (2019/21)
   * keeps its own digits, so it never matches a different range.
   */
  private static String years(String s) {
    Matcher m = YEARS.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String first = m.group(1);
      String second = m.group(2);
      String end = second;
      if (second.length() == 4 && Integer.parseInt(second) == Integer.parseInt(first) + 1) {
        end = second.substring(2); // 2019/2020 is 2019/20; 1999/2005 stays written in full
      }
      m.appendReplacement(out, Matcher.quoteReplacement(" " + first + "/" + end + " "));
    }
    m.appendTail(out);
    return out.toString();
  }
}
