package uk.foitracker.rules.release;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a text to the form {@link PersonalDataScan} compares: Unicode NFKC (full-width letters,
 * ligatures and no-break spaces become their plain forms), letters that look like Latin ones in
 * Cyrillic and Greek mapped to them (the "confusables" of Unicode TS #39 that matter for English
 * names), invisible format characters removed (zero-width spaces and joiners, soft hyphens,
 * byte-order marks, direction marks), dashes made one hyphen, case folded and diacritics dropped.
 * Each character of the folded text remembers where it came from in the original, so that a hit is
 * reported at its place in what the officer wrote.
 */
public final class Normaliser {
  private static final Map<Integer, String> CONFUSABLE =
      Map.ofEntries(
          // Cyrillic capitals
          Map.entry(0x0410, "a"),
          Map.entry(0x0412, "b"),
          Map.entry(0x0415, "e"),
          Map.entry(0x041A, "k"),
          Map.entry(0x041C, "m"),
          Map.entry(0x041D, "h"),
          Map.entry(0x041E, "o"),
          Map.entry(0x0420, "p"),
          Map.entry(0x0421, "c"),
          Map.entry(0x0422, "t"),
          Map.entry(0x0423, "y"),
          Map.entry(0x0425, "x"),
          Map.entry(0x0406, "i"),
          Map.entry(0x0408, "j"),
          Map.entry(0x0405, "s"),
          Map.entry(0x0417, "3"),
          // Cyrillic small letters
          Map.entry(0x0430, "a"),
          Map.entry(0x0432, "b"),
          Map.entry(0x0435, "e"),
          Map.entry(0x043A, "k"),
          Map.entry(0x043C, "m"),
          Map.entry(0x043D, "h"),
          Map.entry(0x043E, "o"),
          Map.entry(0x0440, "p"),
          Map.entry(0x0441, "c"),
          Map.entry(0x0442, "t"),
          Map.entry(0x0443, "y"),
          Map.entry(0x0445, "x"),
          Map.entry(0x0456, "i"),
          Map.entry(0x0458, "j"),
          Map.entry(0x0455, "s"),
          Map.entry(0x0501, "d"),
          Map.entry(0x04BB, "h"),
          Map.entry(0x04CF, "l"),
          Map.entry(0x051B, "q"),
          Map.entry(0x051D, "w"),
          Map.entry(0x0457, "i"),
          Map.entry(0x0451, "e"),
          // Greek capitals
          Map.entry(0x0391, "a"),
          Map.entry(0x0392, "b"),
          Map.entry(0x0395, "e"),
          Map.entry(0x0396, "z"),
          Map.entry(0x0397, "h"),
          Map.entry(0x0399, "i"),
          Map.entry(0x039A, "k"),
          Map.entry(0x039C, "m"),
          Map.entry(0x039D, "n"),
          Map.entry(0x039F, "o"),
          Map.entry(0x03A1, "p"),
          Map.entry(0x03A4, "t"),
          Map.entry(0x03A5, "y"),
          Map.entry(0x03A7, "x"),
          // Greek small letters
          Map.entry(0x03B1, "a"),
          Map.entry(0x03B5, "e"),
          Map.entry(0x03B9, "i"),
          Map.entry(0x03BA, "k"),
          Map.entry(0x03BD, "v"),
          Map.entry(0x03BF, "o"),
          Map.entry(0x03C1, "p"),
          Map.entry(0x03C4, "t"),
          Map.entry(0x03C5, "u"),
          Map.entry(0x03C7, "x"),
          // Latin letters NFKD leaves whole
          Map.entry(0x00DF, "ss"),
          Map.entry(0x00F8, "o"),
          Map.entry(0x00D8, "o"),
          Map.entry(0x00E6, "ae"),
          Map.entry(0x00C6, "ae"),
          Map.entry(0x0153, "oe"),
          Map.entry(0x0152, "oe"),
          Map.entry(0x0111, "d"),
          Map.entry(0x0110, "d"),
          Map.entry(0x0142, "l"),
          Map.entry(0x0141, "l"),
          Map.entry(0x0131, "i"),
          Map.entry(0x00F0, "d"),
          Map.entry(0x00FE, "th"),
          // apostrophes
          Map.entry(0x2018, "'"),
          Map.entry(0x2019, "'"),
          Map.entry(0x02BC, "'"),
          Map.entry(0x0060, "'"),
          Map.entry(0x00B4, "'"));

  private Normaliser() {}

  /**
   * A folded text with, for each of its characters, the offset of the character of the original it
   * came from.
   */
  public record Folded(String text, int[] origin, String original) {
    /** The offset in the original of the folded character at {@code index}. */
    public int originalStart(int index) {
      return index < origin.length ? origin[index] : original.length();
    }

    /** The offset in the original just after the folded range ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
      if (end <= 0) {
        return 0;
      }
      int last = origin[Math.min(end, origin.length) - 1];
      return last + Character.charCount(original.codePointAt(last));
    }
  }

  /** {@code text} folded: see the class comment. */
  public static String fold(String text) {
    return foldWithOrigins(text).text();
  }

  /** {@code text} folded, remembering where each character came from. */
  public static Folded foldWithOrigins(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() * 2 + 4];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String folded = foldCodePoint(cp);
      for (int k = 0; k < folded.length(); k++) {
        if (n == origin.length) {
          origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[n++] = i;
        out.append(folded.charAt(k));
      }
      i += Character.charCount(cp);
    }
    return new Folded(out.toString(), Arrays.copyOf(origin, n), text);
  }

  private static String foldCodePoint(int cp) {
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return ""; // zero-width space, joiners, soft hyphen, BOM, direction marks
    }
    if (type == Character.DASH_PUNCTUATION || cp == 0x2212) {
      return "-";
    }
    String mapped = CONFUSABLE.get(cp);
    if (mapped != null) {
      return mapped;
    }
    if (cp < 0x80) {
      return String.valueOf((char) Character.toLowerCase(cp));
    }
    String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    s = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK
          || t == Character.ENCLOSING_MARK
          || t == Character.COMBINING_SPACING_MARK
          || t == Character.FORMAT) {
        continue; // diacritics
      }
      String m = CONFUSABLE.get(c);
      if (m != null) {
        b.append(m);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        b.append(' ');
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }
}
