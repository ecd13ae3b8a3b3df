package uk.foitracker.reading;

import java.util.ArrayList;
import java.util.List;

/** Lines, sentences and folded text with their offsets in the text read. */
final class TextParts {
  private TextParts() {}

  /** A line without its line break. */
  record Line(int start, int end, String text) {
    boolean blank() {
      return text.isBlank();
    }

    String stripped() {
      return text.strip();
    }
  }

  static List<Line> lines(String text, int from, int to) {
    List<Line> lines = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(new Line(start, end, text.substring(start, end)));
        start = i + 1;
      }
    }
    if (start < to) {
      lines.add(new Line(start, to, text.substring(start, to)));
    }
    return lines;
  }

  /** A sentence, or a paragraph that has no full stop, with its offsets. */
  record Sentence(int start, int end, String text) {}

  /**
   * The sentences between {@code from} and {@code to}: ended by ".", "!" or "?" before a space, or
   * by a blank line, a bullet or a line that is all "=" (a thread's message header).
   */
  static List<Sentence> sentences(String text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int endAt = i + 1;
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))) {
        // "s.12" or "No. 3244" are not ends: a full stop ends a sentence only before a space.
        end = !abbreviation(text, i);
      } else if (c == '\n') {
        int j = i + 1;
        while (j < to
            && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        if (j >= to
            || text.charAt(j) == '\n'
            || text.charAt(j) == '•'
            || text.startsWith("===", j)) {
          end = true;
          endAt = i;
        }
      }
      if (end) {
        add(out, text, start, endAt);
        start = endAt;
      }
    }
    add(out, text, start, to);
    return out;
  }

  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase();
    return List.of(
            "s", "no", "reg", "regs", "e.g", "i.e", "ie", "eg", "mr", "mrs", "ms", "dr", "st")
        .contains(word);
  }

  private static void add(List<Sentence> out, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e, text.substring(s, e)));
    }
  }

  /**
   * The paragraphs of {@code text} between {@code from} and {@code to}, with their offsets: a
   * paragraph ends at a blank line, and at a line break after a line that closes a sentence (".",
   * "!", "?", ":") when the next line starts one (a capital, a digit, a bullet, a quotation mark).
   * A line that ends mid-sentence is a wrapped line of the same paragraph.
   */
  static List<Sentence> paragraphs(String text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    List<Line> lines = lines(text, from, to);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        if (start >= 0) {
          add(out, text, start, end);
          start = -1;
        }
        continue;
      }
      if (start >= 0 && closesSentence(lines.get(i - 1).stripped()) && opens(l.stripped())) {
        add(out, text, start, end);
        start = -1;
      }
      if (start < 0) {
        start = l.start();
      }
      end = l.end();
    }
    if (start >= 0) {
      add(out, text, start, end);
    }
    return out;
  }

  private static boolean closesSentence(String line) {
    String l = line.replace('\u00a0', ' ').strip();
    return !l.isEmpty() && ".!?:".indexOf(l.charAt(l.length() - 1)) >= 0;
  }

  private static boolean opens(String line) {
    String l = line.replace('\u00a0', ' ').strip();
    if (l.isEmpty()) {
      return false;
    }
    char c = l.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "•◦▪●·-–*\"“‘'([".indexOf(c) >= 0;
  }

  /** The text as lower-case letters and digits only, each mapped back to its offset. */
  record Folded(String chars, int[] offsets) {
    static Folded of(String text, int from, int to) {
      StringBuilder b = new StringBuilder();
      int[] map = new int[Math.max(0, to - from)];
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          b.append(Character.toLowerCase(c));
          map[n++] = i;
        }
      }
      int[] offsets = new int[n];
      System.arraycopy(map, 0, offsets, 0, n);
      return new Folded(b.toString(), offsets);
    }

    static String fold(String s) {
      StringBuilder b = new StringBuilder();
      for (char c : s.toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          b.append(Character.toLowerCase(c));
        }
      }
      return b.toString();
    }
  }

  /** The text with runs of white space made one space, stripped. */
  static String squash(String s) {
    return s.replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
  }
}
