package uk.foitracker.rules.checks;

import java.util.List;

/** Something a check saw that is not a failing but is worth telling the auditor. */
public record Note(String ruleId, List<Integer> questionNumbers, String message) {
  public Note {
    questionNumbers = questionNumbers.stream().distinct().sorted().toList();
  }

  /** "Questions 4 and 5", "The whole response". */
  public String questionsLabel() {
    return Wording.questions(questionNumbers);
  }
}
