package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.Regime;

/**
 * EIR reg 12(2): "A public authority shall apply a presumption in favour of disclosure." Reg
 * 12(1)(b): information may be withheld under an exception of reg 12(4) or 12(5) only if "in all
 * the circumstances of the case, the public interest in maintaining the exception outweighs the
 * public interest in disclosing the information". A public interest test that maintains an EIR
 * exception without applying the presumption weighs the balance as if it were level.
 *
 * <p>Found when a recorded test for an EIR exception (reg 12(4)(a), not held, aside) says nothing
 * of the presumption in its conclusion; a test not recorded at all is S17_3's finding.
 */
public final class EirPresumption implements Rule {
  public static final String ID = "EIR_PRESUMPTION";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.EIR) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      for (CitationFacts c : q.citations()) {
        if (!PublicInterestTests.eirException(c) || c.publicInterest().isEmpty()) {
          continue;
        }
        PublicInterestFacts pi = c.publicInterest().get();
        boolean recorded =
            !pi.argumentsFor().isBlank()
                || !pi.argumentsAgainst().isBlank()
                || !pi.conclusion().isBlank();
        if (recorded && !Wording.mentions(pi.conclusion(), PublicInterestTests.PRESUMPTION)) {
          numbers.add(q.number());
          if (!refs.contains(c.reference())) {
            refs.add(c.reference());
          }
        }
      }
    }
    if (numbers.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "reg 12(2)",
            numbers,
            Severity.MEDIUM,
            "The public interest test for "
                + Wording.list(refs)
                + " concludes without applying the presumption in favour of disclosure that"
                + " reg 12(2) requires."));
  }
}
