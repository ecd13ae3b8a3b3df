package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.40(2): information is exempt if "it constitutes personal data" of someone other than the
 * applicant and disclosing it would contravene the data protection principles; EIR reg 13 the same.
 * A small count of people in a published table can identify them when combined with other
 * information, so the authority sets a threshold below which counts are suppressed.
 *
 * <p>Only tables the officer marked as counting people (children, staff, victims) are read: a count
 * of crimes, incidents or reports is not personal data however small. The threshold is the
 * authority's setting.
 *
 * <p>Every published count from 1 to one less than the threshold is found; 0 and suppressed cells
 * are not. A threshold of 0 or 1 turns the check off. Each answer is checked once, even when it
 * answers several questions.
 */
public final class SmallNumbers implements Rule {
  public static final String ID = "SMALL_NUMBERS";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    int threshold = facts.smallNumberThreshold();
    if (threshold <= 1) {
      return List.of();
    }
    Map<String, List<Integer>> questionsByAnswer = new LinkedHashMap<>();
    Map<String, QuestionFacts> firstByAnswer = new LinkedHashMap<>();
    for (QuestionFacts q : facts.questions()) {
      String key = q.answerKey() == null ? "q" + q.number() : q.answerKey();
      questionsByAnswer.computeIfAbsent(key, k -> new ArrayList<>()).add(q.number());
      firstByAnswer.putIfAbsent(key, q);
    }
    List<Finding> findings = new ArrayList<>();
    firstByAnswer.forEach(
        (key, q) -> {
          List<String> cells = new ArrayList<>();
          for (TableFacts t : q.tables()) {
            if (!t.countsPeople()) {
              continue; // counts of crimes, incidents or reports identify no one
            }
            for (TableFacts.Row r : t.rows()) {
              for (int i = 0; i < r.cells().size(); i++) {
                TableFacts.Cell c = r.cells().get(i);
                if (c.kind() == CellState.VALUE
                    && c.value() != null
                    && c.value() >= 1
                    && c.value() < threshold) {
                  String column = i < t.columns().size() ? t.columns().get(i) : "column " + (i + 1);
                  cells.add(r.header() + ", " + column + ": " + c.text());
                }
              }
            }
          }
          if (!cells.isEmpty()) {
            findings.add(
                new Finding(
                    ID,
                    facts.regime() == Regime.FOIA ? "s.40(2)" : "reg 13",
                    questionsByAnswer.get(key),
                    Severity.MEDIUM,
                    (cells.size() == 1 ? "A count" : cells.size() + " counts")
                        + " below the authority's threshold of "
                        + threshold
                        + " "
                        + (cells.size() == 1 ? "is" : "are")
                        + " published and may identify people ("
                        + String.join("; ", cells)
                        + ")."));
          }
        });
    return findings;
  }
}
