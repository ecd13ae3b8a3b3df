package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * The EIR have no cost limit: FOIA s.12 and the Fees Regulations 2004 do not apply to environmental
 * information (FOIA s.39 sends it to the EIR). A request too costly to answer may be refused only
 * as "manifestly unreasonable" under EIR reg 12(4)(b), subject to the public interest test of reg
 * 12(1)(b) and the presumption in favour of disclosure of reg 12(2).
 *
 * <p>Found when an EIR response cites s.12 (or another cost limit that is not reg 12(4)(b)), or
 * refuses on cost without citing reg 12(4)(b).
 */
public final class EirS12 implements Rule {
  public static final String ID = "EIR_S12";

  static final String MANIFESTLY_UNREASONABLE = "EIR-12-4-b";

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
    for (QuestionFacts q : facts.questions()) {
      boolean reg12_4_b =
          q.citations().stream().anyMatch(c -> c.code().equals(MANIFESTLY_UNREASONABLE));
      boolean s12 =
          q.citations().stream()
              .anyMatch(
                  c ->
                      c.code().equals("FOIA-12")
                          || c.code().startsWith("FOIA-12-")
                          || (c.role() == CitationRole.COST_LIMIT
                              && !c.code().equals(MANIFESTLY_UNREASONABLE)));
      if (s12 || (q.outcomeIs(Outcome.REFUSED_COST_LIMIT) && !reg12_4_b)) {
        numbers.add(q.number());
      }
    }
    if (numbers.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "reg 12(4)(b)",
            numbers,
            Severity.HIGH,
            "The request is refused on cost under FOIA s.12, which does not apply to"
                + " environmental information: under the EIR a request can be refused on cost"
                + " only as manifestly unreasonable (reg 12(4)(b)), with a public interest test"
                + " and the presumption in favour of disclosure (reg 12(2))."));
  }
}
