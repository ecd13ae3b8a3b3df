package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.1(1)(b): the applicant is entitled to the information "of the description specified in the
 * request" (s.1(1)(a)). EIR reg 5(1) the same.
 *
 * <p>The heuristic: an acronym (two to six capitals or digits, starting with a capital, a plural
 * "s" ignored) that the question uses and its answer never does, while the answer uses another
 * acronym one edit away (a letter dropped, added or changed) that the question does not use. "CCE"
 * asked and "CE" answered is found; "CSE" asked and answered is not; an answer that simply never
 * names the term is not (it may spell it out). Whole tokens only, case-sensitive, so ordinary words
 * and mixed-case words are ignored.
 */
public final class TermRenamed implements Rule {
  public static final String ID = "TERM_RENAMED";

  private static final Pattern ACRONYM =
      Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z][A-Z0-9]{1,5})s?(?![\\p{L}\\p{N}])");

  @Override
  public String id() {
    return ID;
  }

  /** The acronyms a text uses, in order of first use. */
  static Set<String> acronyms(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = ACRONYM.matcher(text == null ? "" : text);
    while (m.find()) {
      String token = m.group(1);
      if (token.chars().filter(Character::isUpperCase).count() >= 2) {
        found.add(token);
      }
    }
    return found;
  }

  /** Levenshtein distance, for short tokens. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** For one question and answer: each asked term that the answer replaces, with its variants. */
  static Map<String, List<String>> renamed(String question, String answer) {
    Set<String> asked = acronyms(question);
    Set<String> answered = acronyms(answer);
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (String term : asked) {
      if (answered.contains(term)) {
        continue;
      }
      List<String> variants =
          answered.stream()
              .filter(a -> !asked.contains(a))
              .filter(a -> distance(term, a) == 1)
              .toList();
      if (!variants.isEmpty()) {
        result.put(term, variants);
      }
    }
    return result;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    Map<String, List<Integer>> questionsByRenaming = new LinkedHashMap<>();
    for (QuestionFacts q : facts.questions()) {
      if (q.answerKey() == null) {
        continue;
      }
      renamed(q.text(), q.answerWords())
          .forEach(
              (term, variants) ->
                  questionsByRenaming
                      .computeIfAbsent(
                          term + "\u0000" + String.join("\u0000", variants), k -> new ArrayList<>())
                      .add(q.number()));
    }
    List<Finding> findings = new ArrayList<>();
    questionsByRenaming.forEach(
        (key, numbers) -> {
          String[] parts = key.split("\u0000");
          String term = parts[0];
          List<String> variants = List.of(parts).subList(1, parts.length);
          String quoted = Wording.list(variants.stream().map(v -> "\"" + v + "\"").toList());
          findings.add(
              new Finding(
                  ID,
                  facts.regime() == Regime.FOIA ? "s.1(1)(b)" : "reg 5(1)",
                  numbers,
                  Severity.LOW,
                  (numbers.size() == 1 ? "The question asks" : "The questions ask")
                      + " about \""
                      + term
                      + "\" but the answer never uses that term; it reports "
                      + quoted
                      + " instead. Check that the figures count what was asked."));
        });
    return findings;
  }
}
