package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for messages and text matching. */
final class Wording {
  private Wording() {}

  static String questions(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "The whole response";
    }
    if (numbers.size() == 1) {
      return "Question " + numbers.get(0);
    }
    return "Questions " + list(numbers.stream().map(String::valueOf).toList());
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean mentions(String text, Pattern pattern) {
    return text != null && pattern.matcher(text).find();
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.UK);
  }
}
