package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(3): an authority relying on a qualified exemption "must, either in the notice under
 * subsection (1) or in a separate notice given within such time as is reasonable in the
 * circumstances, state the reasons for claiming ... (b) that, in all the circumstances of the case,
 * the public interest in maintaining the exemption outweighs the public interest in disclosing the
 * information." EIR reg 14(3)(b): the refusal shall specify "the matters the public authority
 * considered in reaching its decision with respect to the public interest under regulation
 * 12(1)(b)".
 *
 * <p>Each qualified exemption cited must come with reasons that weigh the public interest. EIR reg
 * 12(4)(a) (not held) is left out: there is nothing to weigh when nothing is held.
 */
public final class S17_3PublicInterest implements Rule {
  public static final String ID = "S17_3_PUBLIC_INTEREST";

  static final Pattern PUBLIC_INTEREST =
      Pattern.compile("public\\s+interest", Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Integer> numbers = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      for (CitationFacts c : q.citations()) {
        if (c.type() == ProvisionKind.QUALIFIED
            && c.role() != CitationRole.DENIAL
            && !c.code().equals("EIR-12-4-a")
            && !Wording.mentions(c.reasons(), PUBLIC_INTEREST)) {
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
            facts.regime() == Regime.FOIA ? "s.17(3)" : "reg 14(3)(b)",
            numbers,
            Severity.HIGH,
            "The response relies on the qualified "
                + (refs.size() == 1 ? "exemption " : "exemptions ")
                + Wording.list(refs)
                + " without stating why the public interest in maintaining "
                + (refs.size() == 1 ? "it" : "them")
                + " outweighs the public interest in disclosure."));
  }
}
