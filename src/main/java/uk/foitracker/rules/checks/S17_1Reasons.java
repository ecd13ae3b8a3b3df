package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    if (!foia) {
      notHeldUnspecified(facts).ifPresent(findings::add);
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

  /** EIR reg 12(4)(a) as the catalogue codes it and as a letter writes it. */
  static final String EIR_NOT_HELD = "EIR-12-4-a";

  static final Pattern REG_12_4_A =
      Pattern.compile("12\\s?\\(\\s?4\\s?\\)\\s?\\(\\s?a\\s?\\)", Pattern.CASE_INSENSITIVE);

  /**
   * EIR: information not held is refused under the exception in reg 12(4)(a), and reg 14(3) asks
   * the refusal to specify "any exception relied on under regulations 12(4), 12(5) or 13" (ICO
   * guidance on reg 12(4)(a): a not-held answer is a refusal notice under reg 14). A not-held
   * answer that names no reg 12(4)(a) anywhere in the response is a LOW finding: the requester
   * learns the fact, but not the exception to ask a review of. An answer given in part whose words
   * say the rest is not held ("No solutions were piloted") is refused in part under reg 12(4)(a) in
   * the same way.
   */
  private static Optional<Finding> notHeldUnspecified(ResponseFacts facts) {
    boolean cited =
        facts.questions().stream()
                .flatMap(q -> q.citations().stream())
                .anyMatch(c -> c.code().equals(EIR_NOT_HELD))
            || Wording.mentions(LawyerWording.allWords(facts), REG_12_4_A);
    List<Integer> notHeld =
        facts.questions().stream()
            .filter(
                q ->
                    q.outcomeIs(Outcome.NOT_HELD)
                        || (q.outcomeIs(Outcome.PROVIDED_IN_PART)
                            && NotHeldWording.says(q.answerText())))
            .map(QuestionFacts::number)
            .toList();
    if (cited || notHeld.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            ID,
            "reg 14(3)",
            notHeld,
            Severity.LOW,
            Wording.questions(notHeld)
                + (notHeld.size() == 1 ? " is" : " are")
                + " answered as not held, which under the EIR is the exception in reg 12(4)(a);"
                + " the response does not specify it, as reg 14(3) asks."));
  }
}
