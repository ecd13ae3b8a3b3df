package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(7): "A notice under subsection (1), (3) or (5) must— (a) contain particulars of any
 * procedure provided by the public authority for dealing with complaints about the handling of
 * requests for information or state that the authority does not provide such a procedure, and (b)
 * contain particulars of the right conferred by section 50." EIR reg 14(5): the refusal "shall
 * inform the applicant— (a) that he may make representations to the public authority under
 * regulation 11; and (b) of the enforcement and appeal provisions of the Act applied by regulation
 * 18".
 *
 * <p>Applies when the response gives a refusal notice for any question. The authority's words are
 * searched for an internal review (or complaints procedure, or a statement that there is none) and
 * for the Information Commissioner (or the ICO, or section 50).
 */
public final class S17_7Rights implements Rule {
  public static final String ID = "S17_7_RIGHTS";

  static final Pattern REVIEW =
      Pattern.compile(
          "internal review|(ask|request|apply)\\w*\\s+(us\\s+)?(for\\s+)?(a|an)\\s+review"
              + "|review\\s+(of\\s+)?(our|the|this)\\s+(decision|response)|complaints?\\s+procedure"
              + "|reconsider|representations",
          Pattern.CASE_INSENSITIVE);

  static final Pattern COMMISSIONER =
      Pattern.compile(
          "information\\s+commissioner|\\bICO\\b|section\\s+50\\b|s\\.\\s?50\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (!facts.givesRefusalNotice()) {
      return List.of();
    }
    String text = facts.letterText();
    List<String> missing = new ArrayList<>();
    boolean foia = facts.regime() == Regime.FOIA;
    if (!Wording.mentions(text, REVIEW)) {
      missing.add(
          foia
              ? "the procedure for an internal review (or a statement that there is none)"
              : "the right to make representations under regulation 11");
    }
    if (!Wording.mentions(text, COMMISSIONER)) {
      missing.add(
          foia
              ? "the right to complain to the Information Commissioner under section 50"
              : "the right to complain to the Information Commissioner (regulation 18)");
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<Integer> numbers =
        facts.questions().stream()
            .filter(QuestionFacts::givesRefusalNotice)
            .map(QuestionFacts::number)
            .toList();
    return List.of(
        new Finding(
            ID,
            foia ? "s.17(7)" : "reg 14(5)",
            numbers,
            Severity.HIGH,
            "The refusal notice does not give "
                + Wording.list(missing)
                + ": the response never mentions "
                + (missing.size() == 2
                    ? "an internal review or the Information Commissioner."
                    : (Wording.mentions(text, REVIEW)
                        ? "the Information Commissioner."
                        : "an internal review."))));
  }
}
