package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a rule found in a response.
 *
 * @param ruleId the rule's stable id, e.g. {@code S17_7_RIGHTS}
 * @param provision the provision the rule enforces, as written in a letter ("s.17(7)")
 * @param questionNumbers the questions concerned, ascending; empty when it concerns the whole
 *     response (e.g. its timeliness)
 * @param severity how serious it is
 * @param message what was found, in plain English
 */
public record Finding(
    String ruleId,
    String provision,
    List<Integer> questionNumbers,
    Severity severity,
    String message) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    questionNumbers = questionNumbers.stream().distinct().sorted().toList();
  }

  /** The question numbers as stored with a mark: "1,2" ("" for the whole response). */
  public String questionKey() {
    return questionKey(questionNumbers);
  }

  public static String questionKey(List<Integer> numbers) {
    return numbers.stream()
        .distinct()
        .sorted()
        .map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  /** "Questions 1 and 2", "Question 6", "The whole response". */
  public String questionsLabel() {
    return Wording.questions(questionNumbers);
  }
}
