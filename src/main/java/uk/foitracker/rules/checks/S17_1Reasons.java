package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(1): an authority relying on an exemption "must, within the time for complying with
 * section 1(1), give the applicant a notice which— (a) states that fact, (b) specifies the
 * exemption in question, and (c) states (if that would not otherwise be apparent) why the exemption
 * applies." EIR reg 14(3): the refusal shall specify the reasons not to disclose, including "any
 * exception relied on under regulations 12(4), 12(5) or 13".
 *
 * <p>Two findings: a question refused by exemption with no exemption cited (s.17(1)(b)), and an
 * exemption cited with no reasons (s.17(1)(c)).
 *
 * <p>Neither applies to a refusal under s.14, which is not an exemption: s.17(5) asks only for "a
 * notice stating that fact" (see {@link S14Reasons}). And s.17(4): "A public authority is not
 * obliged to make a statement under subsection (1)(c) or (3) if, or to the extent that, the
 * statement would involve the disclosure of information which would itself be exempt information":
 * no reasons are asked for when the response says that giving them would itself disclose exempt
 * information.
 */
public final class S17_1Reasons implements Rule {
  public static final String ID = "S17_1_REASONS";

  /** The response relies on s.17(4): reasons would themselves disclose exempt information. */
  static final Pattern S17_4 =
      Pattern.compile(
          "(?:section|s\\.?)\\s?17\\s?\\(\\s?4\\s?\\)"
              + "|(?:reasons?|explanation|explaining|explain|statement)[^.]{0,80}?would\\s+(?:itself\\s+)?"
              + "(?:involve\\s+the\\s+)?(?:disclos|reveal)\\w*[^.]{0,40}?exempt",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    boolean foia = facts.regime() == Regime.FOIA;
    List<Finding> findings = new ArrayList<>();
    List<Integer> unspecified = new ArrayList<>();
    List<Integer> unreasoned = new ArrayList<>();
    List<String> unreasonedRefs = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      List<CitationFacts> exemptions =
          q.citations().stream()
              .filter(c -> c.role() == CitationRole.EXEMPTION || c.type().isExemption())
              .filter(c -> c.type() != ProvisionKind.DENIAL)
              .filter(c -> !LawyerWording.isS14(c))
              .toList();
      if ((q.outcomeIs(Outcome.REFUSED_EXEMPTION) || q.outcomeIs(Outcome.NEITHER_CONFIRM_NOR_DENY))
          && exemptions.isEmpty()
          && !LawyerWording.citesS14(q)) {
        unspecified.add(q.number());
      }
      for (CitationFacts c : exemptions) {
        if (Wording.blank(c.reasons())) {
          unreasoned.add(q.number());
          if (!unreasonedRefs.contains(c.reference())) {
            unreasonedRefs.add(c.reference());
          }
        }
      }
    }
    if (!unspecified.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              foia ? "s.17(1)(b)" : "reg 14(3)",
              unspecified,
              Severity.HIGH,
              Wording.questions(unspecified)
                  + (unspecified.size() == 1 ? " is" : " are")
                  + " refused under an exemption, but no exemption is specified."));
    }
    if (!unreasoned.isEmpty() && !Wording.mentions(LawyerWording.allWords(facts), S17_4)) {
      findings.add(
          new Finding(
              ID,
              foia ? "s.17(1)(c)" : "reg 14(3)",
              unreasoned,
              Severity.MEDIUM,
              "The response cites "
                  + Wording.list(unreasonedRefs)
                  + " but does not say why "
                  + (unreasonedRefs.size() == 1 ? "it applies" : "they apply")
                  + " (required unless that is otherwise apparent)."));
    }
    return findings;
  }
}
