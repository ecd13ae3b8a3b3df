package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.1(1)(b): the applicant is entitled "to have that information communicated to him" — the
 * information "of the description specified in the request" (s.1(1)(a)). EIR reg 5(1) the same.
 *
 * <p>Two questions that ask different things but are answered, separately, with identical tables
 * (same columns, rows and cells) suggest that at least one of them was not answered as asked.
 * Questions the authority answered together in one answer are not compared: that is open.
 */
public final class IdenticalTables implements Rule {
  public static final String ID = "IDENTICAL_TABLES";

  @Override
  public String id() {
    return ID;
  }

  static String normalise(String question) {
    return question.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    // table content -> the questions (with their answers) whose answer holds it
    Map<String, Map<Integer, QuestionFacts>> byContent = new LinkedHashMap<>();
    for (QuestionFacts q : facts.questions()) {
      if (q.answerKey() == null) {
        continue;
      }
      for (TableFacts t : q.tables()) {
        if (t.rows().isEmpty()) {
          continue;
        }
        byContent.computeIfAbsent(t.content(), k -> new LinkedHashMap<>()).put(q.number(), q);
      }
    }
    List<Finding> findings = new ArrayList<>();
    Set<List<Integer>> reported = new LinkedHashSet<>();
    for (Map<Integer, QuestionFacts> questions : byContent.values()) {
      Set<String> answers = new LinkedHashSet<>();
      Set<String> texts = new LinkedHashSet<>();
      questions.values().forEach(q -> answers.add(q.answerKey()));
      questions.values().forEach(q -> texts.add(normalise(q.text())));
      if (answers.size() < 2 || texts.size() < 2) {
        continue;
      }
      List<Integer> numbers = List.copyOf(questions.keySet());
      if (reported.add(numbers)) {
        findings.add(
            new Finding(
                ID,
                facts.regime() == Regime.FOIA ? "s.1(1)(b)" : "reg 5(1)",
                numbers,
                Severity.MEDIUM,
                Wording.questions(numbers)
                    + " ask different things but are answered with identical tables: at least"
                    + " one of them may not be answered as asked."));
      }
    }
    return findings;
  }
}
