package uk.foitracker.authority;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.foitracker.web.Problem.FieldError;

/** Reads, checks and stores the key for table symbols. */
final class SymbolKeys {
  /** How the form writes the blank cell's symbol. */
  static final String BLANK = "(blank)";

  static final int MAX_ENTRIES = 20;
  static final int MAX_SYMBOL = 10;
  static final int MAX_MEANING = 300;

  private SymbolKeys() {}

  /** "symbol = meaning" lines as typed on the settings page; errors go to {@code errors}. */
  static List<SymbolKey> parse(String text, String field, List<FieldError> errors) {
    List<SymbolKey> keys = new ArrayList<>();
    if (text == null) {
      return keys;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        errors.add(
            new FieldError(
                field,
                "Line "
                    + (i + 1)
                    + " of the symbol key must read symbol = meaning, for example <5 = fewer than"
                    + " five"));
        continue;
      }
      String symbol = line.substring(0, eq).strip();
      keys.add(new SymbolKey(blank(symbol) ? "" : symbol, line.substring(eq + 1).strip()));
    }
    return keys;
  }

  private static boolean blank(String symbol) {
    String s = symbol.toLowerCase(Locale.ROOT);
    return s.equals(BLANK) || s.equals("blank");
  }

  /** Checks each entry: a symbol no longer than 10 characters, a meaning, no symbol twice. */
  static void check(List<SymbolKey> keys, String field, List<FieldError> errors) {
    if (keys.size() > MAX_ENTRIES) {
      errors.add(
          new FieldError(field, "The symbol key must have " + MAX_ENTRIES + " symbols or fewer"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (SymbolKey k : keys) {
      String symbol = k.symbol() == null ? "" : k.symbol().strip();
      if (symbol.length() > MAX_SYMBOL || symbol.contains("=") || symbol.contains("\t")) {
        errors.add(
            new FieldError(
                field,
                "Each symbol must be "
                    + MAX_SYMBOL
                    + " characters or fewer, without = or tabs: "
                    + clip(symbol)));
      } else if (k.meaning() == null || k.meaning().isBlank()) {
        errors.add(
            new FieldError(
                field,
                "Say what "
                    + (symbol.isEmpty() ? "a blank cell" : symbol)
                    + " means in the symbol key"));
      } else if (k.meaning().strip().length() > MAX_MEANING) {
        errors.add(
            new FieldError(field, "Each meaning must be " + MAX_MEANING + " characters or fewer"));
      } else if (k.meaning().contains("\n") || k.meaning().contains("\r")) {
        errors.add(new FieldError(field, "Each meaning must be on one line"));
      } else if (!seen.add(symbol)) {
        errors.add(
            new FieldError(
                field,
                "The symbol key gives "
                    + (symbol.isEmpty() ? "the blank cell" : symbol)
                    + " twice: give each symbol once"));
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  static String store(List<SymbolKey> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (SymbolKey k : keys) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(k.symbol().strip()).append('\t').append(k.meaning().strip());
    }
    return text.toString();
  }

  static List<SymbolKey> load(String stored) {
    List<SymbolKey> keys = new ArrayList<>();
    if (stored == null || stored.isEmpty()) {
      return keys;
    }
    for (String line : stored.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        keys.add(new SymbolKey(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return keys;
  }
}
