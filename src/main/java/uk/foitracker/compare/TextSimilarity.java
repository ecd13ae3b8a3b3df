package uk.foitracker.compare;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two requests' words are, to suggest the members of a batch: the Jaccard index of their
 * sets of words (the words both use, over the words either uses), with the commonest English words
 * and the words of every FOI letter ("information", "request", "please") left out, and years
 * written in one form ({@link LabelKeys}). 1 for the same words, 0 for none in common.
 */
final class TextSimilarity {
  private TextSimilarity() {}

  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "and",
          "are",
          "as",
          "at",
          "be",
          "by",
          "can",
          "could",
          "do",
          "does",
          "each",
          "for",
          "from",
          "has",
          "have",
          "i",
          "in",
          "is",
          "it",
          "its",
          "me",
          "my",
          "of",
          "on",
          "or",
          "please",
          "provide",
          "the",
          "this",
          "that",
          "to",
          "was",
          "were",
          "what",
          "which",
          "with",
          "would",
          "you",
          "your",
          "information",
          "request",
          "freedom",
          "act",
          "foi",
          "under",
          "following",
          "like",
          "these",
          "those",
          "how",
          "many",
          "number",
          "any",
          "all",
          "if",
          "been",
          "into",
          "per",
          "also");

  private static final Pattern WORD =
      Pattern.compile("\\d{4}/\\d{4}|\\d{4}/\\d{2}|[\\p{L}\\p{N}]+");

  /** The words of a text that count. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    String s =
        LabelKeys.key(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (!STOP.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
        out.add(w);
      }
    }
    return out;
  }

  /** The Jaccard index of the two texts' words; 0 when either has none. */
  static double jaccard(String a, String b) {
    return jaccard(words(a), words(b));
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return (double) both.size() / either.size();
  }
}
