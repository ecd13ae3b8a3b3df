package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.16(1): "It shall be the duty of each public authority to provide advice and assistance, so
 * far as it would be reasonable to expect the authority to do so, to persons who propose to make,
 * or have made, requests for information to it." With a s.12 refusal the s.45 Code of Practice
 * (2018) para 6.9 expects advice on how the request could be refined to come within the limit. EIR
 * reg 9(1) is the same duty.
 *
 * <p>Applies to a refusal on cost: advice must be recorded with the cost assessment, cited as s.16,
 * or found in the authority's words (an offer to help refine, narrow or reduce the request). When
 * advice is offered but s.16 is not cited, that is a note, not a finding.
 *
 * <p>Also applies, with lower severities, where the duty is owed but its extent is a judgement:
 *
 * <ul>
 *   <li>a refusal under s.14 (vexatious or repeated requests): the ICO's guidance on s.14 expects
 *       the authority to consider whether advice could help the requester make a request that is
 *       not vexatious (for example by narrowing a burdensome one), though it may not be reasonable
 *       to expect any for an abusive one. LOW, when the authority's words offer none.
 *   <li>a request the authority says it found unclear or ambiguous: the s.45 Code of Practice
 *       (2018) para 2.9 expects the authority to ask for clarification and to help the requester
 *       frame it, and s.1(3) lets it wait for the clarification. MEDIUM, when the response says the
 *       request was unclear and neither asks for clarification nor offers help.
 * </ul>
 */
public final class S16Advice implements Rule {
  public static final String ID = "S16_ADVICE";

  static final Pattern ADVICE =
      Pattern.compile(
          "refin|narrow|reduc\\w*\\s+(the\\s+)?scope|within\\s+the\\s+(cost\\s+|appropriate\\s+)?limit"
              + "|advice\\s+and\\s+assistance|help\\s+(you\\s+)?(to\\s+)?(re)?(frame|phrase|word)",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  private static boolean cited(ResponseFacts facts) {
    return facts.questions().stream()
        .flatMap(q -> q.citations().stream())
        .anyMatch(c -> c.role() == CitationRole.ADVICE || c.type() == ProvisionKind.ADVICE);
  }

  private static boolean offered(ResponseFacts facts) {
    return facts.cost().map(c -> !Wording.blank(c.advice())).orElse(false)
        || Wording.mentions(
            facts.questions().stream()
                .filter(q -> S12ItemisedEstimate.costRefused(facts).contains(q.number()))
                .map(QuestionFacts::answerText)
                .reduce("", (a, b) -> a + "\n" + b),
            ADVICE);
  }

  /** The authority says it found the request unclear. */
  static final Pattern UNCLEAR =
      Pattern.compile(
          "(?:request|question|wording)\\s+(?:is|was|seems|appears)\\s+(?:\\w+\\s+)?"
              + "(?:unclear|ambiguous|not\\s+clear|vague|open\\s+to\\s+interpretation)"
              + "|(?:unable|not\\s+able|cannot|can\\s*not)\\s+to\\s+(?:identify|determine|"
              + "understand|establish|ascertain)\\s+(?:exactly\\s+)?what\\s+(?:information\\s+)?"
              + "(?:you|is\\s+being)"
              + "|not\\s+clear\\s+(?:what|which)\\s+(?:information|you|records)",
          Pattern.CASE_INSENSITIVE);

  /** Help of any kind: a request to clarify, an offer to help, a pointer to a new request. */
  static final Pattern ANY_HELP =
      Pattern.compile(
          "clarif|please\\s+(?:let\\s+us\\s+know|contact|confirm|specify|explain|tell)"
              + "|if\\s+you\\s+(?:could|can|would|wish|were\\s+to)|new\\s+request"
              + "|resubmit|re-submit|contact\\s+(?:us|me|the)|we\\s+(?:can|could|would)\\s+"
              + "(?:help|assist|consider)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Advice after a s.14 refusal: how a request could be made that would not be refused (a new,
   * narrower or more focused one), not a general offer to answer queries.
   */
  static final Pattern S14_HELP =
      Pattern.compile(
          "new\\s+request|resubmit|re-submit|submit\\s+(?:a|another)\\s+(?:\\w+\\s+)?request"
              + "|(?:narrower|more\\s+focused|more\\s+specific|smaller)\\s+request",
          Pattern.CASE_INSENSITIVE);

  private static boolean helped(String words) {
    return Wording.mentions(words, ADVICE) || Wording.mentions(words, ANY_HELP);
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Finding> findings = new ArrayList<>(costFindings(facts));
    String provision = facts.regime() == Regime.FOIA ? "s.16(1)" : "reg 9(1)";
    boolean cited = cited(facts);
    if (facts.regime() == Regime.FOIA && !cited) {
      List<QuestionFacts> vexatious =
          facts.questions().stream().filter(LawyerWording::citesS14).toList();
      String about = LawyerWording.wordsAbout(facts, vexatious, true);
      if (!vexatious.isEmpty()
          && !Wording.mentions(about, ADVICE)
          && !Wording.mentions(about, S14_HELP)) {
        findings.add(
            new Finding(
                ID,
                provision,
                vexatious.stream().map(QuestionFacts::number).toList(),
                Severity.LOW,
                "Refused under s.14 with no advice and assistance: nothing says how the"
                    + " requester could make a request the authority would not refuse (for"
                    + " example a narrower one)."));
      }
    }
    if (!cited) {
      List<QuestionFacts> unclear =
          facts.questions().stream()
              .filter(q -> Wording.mentions(q.answerText(), UNCLEAR))
              .toList();
      String words = LawyerWording.wordsAbout(facts, unclear, true);
      if (!unclear.isEmpty() && !helped(words)) {
        findings.add(
            new Finding(
                ID,
                provision,
                unclear.stream().map(QuestionFacts::number).toList(),
                Severity.MEDIUM,
                "The response says the request was unclear ("
                    + LawyerWording.quote(words, UNCLEAR)
                    + ") but neither asks the requester to clarify it nor offers help to do so."));
      }
    }
    return findings;
  }

  private List<Finding> costFindings(ResponseFacts facts) {
    List<Integer> refused = S12ItemisedEstimate.costRefused(facts);
    if (facts.regime() == Regime.EIR) {
      return eirBurdenFindings(facts, refused);
    }
    if (refused.isEmpty() || cited(facts) || offered(facts)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "s.16(1)",
            refused,
            Severity.HIGH,
            "Refused on cost with no advice and assistance on how the request could be brought"
                + " within the limit."));
  }

  /** EIR reg 12(4)(b), manifestly unreasonable, as the catalogue codes it. */
  static final String EIR_MANIFESTLY_UNREASONABLE = "EIR-12-4-b";

  /**
   * EIR reg 9(1): the same duty "so far as it would be reasonable to expect the authority to do
   * so". A request refused as too burdensome (reg 12(4)(b), or on cost in words the Regulations do
   * not have) with no advice on how it could be narrowed is a finding. MEDIUM: the Fees Regulations
   * and the s.45 Code's para 6.9 are FOIA's; under the EIR what advice is reasonable is a judgement
   * (the ICO's guidance on reg 12(4)(b) and on reg 9).
   */
  private static List<Finding> eirBurdenFindings(ResponseFacts facts, List<Integer> costRefused) {
    List<QuestionFacts> refused =
        facts.questions().stream()
            .filter(
                q ->
                    costRefused.contains(q.number())
                        || q.citations().stream()
                            .anyMatch(c -> c.code().equals(EIR_MANIFESTLY_UNREASONABLE)))
            .toList();
    if (refused.isEmpty()
        || cited(facts)
        || facts.cost().map(c -> !Wording.blank(c.advice())).orElse(false)
        || Wording.mentions(LawyerWording.wordsAbout(facts, refused, true), ADVICE)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "reg 9(1)",
            refused.stream().map(QuestionFacts::number).toList(),
            Severity.MEDIUM,
            "Refused as too burdensome with no advice and assistance on how the request could be"
                + " narrowed so that it could be answered."));
  }

  @Override
  public List<Note> notes(ResponseFacts facts) {
    List<Integer> refused = S12ItemisedEstimate.costRefused(facts);
    if (refused.isEmpty() || cited(facts) || !offered(facts)) {
      return List.of();
    }
    return List.of(
        new Note(
            ID,
            refused,
            "Advice and assistance on refining the request was offered, though s.16 is not"
                + " cited."));
  }
}
