package uk.foitracker.web;

import java.util.List;
import java.util.Locale;

/** Pounds as a council letter writes them: £450, £341,900, £12.50. */
public final class Money {
  private Money() {}

  public static String pounds(long pence) {
    long pounds = pence / 100;
    long rest = Math.abs(pence % 100);
    String whole = String.format(Locale.UK, "%,d", pounds);
    return rest == 0 ? "£" + whole : "£" + whole + "." + String.format("%02d", rest);
  }

  /** "4 and 5", "1, 2 and 3". */
  public static String joinNumbers(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "";
    }
    if (numbers.size() == 1) {
      return String.valueOf(numbers.get(0));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(numbers.get(i));
    }
    return out.append(" and ").append(numbers.get(numbers.size() - 1)).toString();
  }
}
