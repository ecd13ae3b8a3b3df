package uk.foitracker.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.reading.Span;

/**
 * The authority's references in a letter, word for word: after a label ("Our ref: FOI 12345", "My
 * Reference: FOI 1306/25", "Reference – FOI / 1596", "reference number 1406745") or standing as an
 * FOI number ("FOI/2023/123", "FOI 934961"). A reference is a number, possibly with a short prefix
 * of capitals; words after a label ("can be found above") are not one. Each once, in order.
 */
final class AuthorityReferences {
  /** A reference read, and where. {@code labelled} when a label introduced it. */
  record Found(String text, Span span, boolean labelled, boolean yours) {}

  private static final String VALUE =
      "((?:[A-Z]{2,5}(?:\\s?[/-]\\s?|\\s))?\\d[0-9A-Za-z]*(?:\\s?[/-]\\s?[0-9A-Za-z]*\\d[0-9A-Za-z]*)*)";

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i:\\b(my|our|your)?\\s*ref(?:erence)?\\.?(?:\\s+(?:no\\.?|number))?)"
              + "[ \\t]*(?:[:–—-][ \\t]*)?"
              + VALUE);

  private static final Pattern STANDING =
      Pattern.compile("\\b((?:FOI|EIR|FOIR|IR)(?:\\s?/\\s?|[ -])\\d[0-9A-Za-z]*(?:[/-]\\d+)*)");

  private AuthorityReferences() {}

  static List<Found> read(String text) {
    Map<String, Found> found = new LinkedHashMap<>();
    List<Found> all = new ArrayList<>();
    Matcher m = LABELLED.matcher(text);
    while (m.find()) {
      String v = m.group(2).strip();
      boolean yours = "your".equalsIgnoreCase(m.group(1));
      if (plausible(v)) {
        all.add(new Found(v, new Span(m.start(2), m.start(2) + v.length()), true, yours));
      }
    }
    Matcher s = STANDING.matcher(text);
    while (s.find()) {
      String v = s.group(1).strip();
      if (plausible(v)) {
        all.add(new Found(v, new Span(s.start(1), s.start(1) + v.length()), false, false));
      }
    }
    all.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    for (Found f : all) {
      found.putIfAbsent(f.text(), f);
    }
    // The authority's own first, the requester's ("Your reference") after.
    List<Found> ordered = new ArrayList<>(found.values());
    ordered.sort((a, b) -> Boolean.compare(a.yours(), b.yours()));
    return List.copyOf(ordered);
  }

  /** A reference has a digit and is not a bare year or a one- or two-digit number. */
  private static boolean plausible(String v) {
    String digits = v.replaceAll("\\D", "");
    if (digits.length() < 3) {
      return false;
    }
    return !v.matches("(19|20)\\d\\d");
  }
}
