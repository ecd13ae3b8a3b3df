package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(5), (6) and (4), as the Act words them.
 *
 * <ul>
 *   <li>s.17(5): "A public authority which, in relation to any request for information, is relying
 *       on a claim that section 12 or 14 applies must, within the time for complying with section
 *       1(1), give the applicant a notice stating that fact." A s.14 refusal needs only a notice
 *       stating that s.14 is relied on: no reasons (the ICO's guidance on s.14 recommends giving
 *       them, but the Act does not require them), no public interest test (s.14 is not in Part II),
 *       and no s.17(1) notice.
 *   <li>s.17(6): "Subsection (5) does not apply where— (a) the public authority is relying on a
 *       claim that section 14 applies, (b) the authority has given the applicant a notice, in
 *       relation to a previous request for information, stating that it is relying on such a claim,
 *       and (c) it would in all the circumstances be unreasonable to expect the authority to serve
 *       a further notice under subsection (5) in relation to the current request."
 *   <li>s.17(4): "A public authority is not obliged to make a statement under subsection (1)(c) or
 *       (3) if, or to the extent that, the statement would involve the disclosure of information
 *       which would itself be exempt information." (Applied in {@link S17_1Reasons}.)
 * </ul>
 *
 * <p>So no rule asks a s.14 refusal for reasons. This rule finds: a request refused as vexatious or
 * repeated in words, with no provision cited, so that the notice does not clearly state that s.14
 * is relied on (LOW); s.17(6) invoked for a refusal that is not under s.14, which it cannot excuse
 * (MEDIUM); and s.14 of the Act relied on for environmental information, where the EIR ground is
 * reg 12(4)(b) "manifestly unreasonable", with its public interest test (MEDIUM). A s.14 citation
 * with no reasons is a note, not a finding.
 */
public final class S14Reasons implements Rule {
  public static final String ID = "S14_REASONS";

  static final Pattern VEXATIOUS =
      Pattern.compile(
          "vexatious|repeated\\s+request|substantially\\s+similar|identical\\s+or\\s+substantially",
          Pattern.CASE_INSENSITIVE);

  /** Names s.14: "section 14", "s.14(1)", never "section 140". */
  static final Pattern S14_WORDS =
      Pattern.compile("(?<![\\p{L}])(?:section|s\\.?)\\s?14(?![0-9])", Pattern.CASE_INSENSITIVE);

  static final Pattern S17_6 =
      Pattern.compile("(?:section|s\\.?)\\s?17\\s?\\(\\s?6\\s?\\)", Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Finding> findings = new ArrayList<>();
    List<Integer> s14 =
        facts.questions().stream()
            .filter(LawyerWording::citesS14)
            .map(QuestionFacts::number)
            .toList();
    if (facts.regime() == Regime.EIR) {
      if (!s14.isEmpty()) {
        findings.add(
            new Finding(
                ID,
                "reg 12(4)(b)",
                s14,
                Severity.MEDIUM,
                "The request is refused under section 14 of the Freedom of Information Act, but it"
                    + " is handled under the Environmental Information Regulations, which have no"
                    + " section 14: a vexatious request for environmental information is refused"
                    + " as manifestly unreasonable under reg 12(4)(b), with a public interest"
                    + " test (reg 12(1)(b)) and reasons (reg 14(3))."));
      }
      return findings;
    }
    List<Integer> unnamed = new ArrayList<>();
    String quoted = null;
    for (QuestionFacts q : facts.questions()) {
      boolean refusing =
          q.outcome().isEmpty()
              || q.outcomeIs(Outcome.REFUSED_EXEMPTION)
              || q.outcomeIs(Outcome.PROVIDED_IN_PART);
      boolean anyGround = q.citations().stream().anyMatch(c -> c.role().refuses());
      if (refusing && !anyGround && !LawyerWording.citesS14(q)) {
        String found = LawyerWording.quote(q.answerText(), VEXATIOUS);
        if (found != null
            && !Wording.mentions(LawyerWording.wordsAbout(facts, List.of(q), false), S14_WORDS)) {
          unnamed.add(q.number());
          quoted = quoted == null ? found : quoted;
        }
      }
    }
    if (!unnamed.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              "s.17(5)",
              unnamed,
              Severity.LOW,
              "The request is refused as vexatious or repeated ("
                  + quoted
                  + ") without saying that section 14 is relied on. A s.14 refusal needs only a"
                  + " notice stating that fact, but the notice must state it."));
    }
    String words = LawyerWording.allWords(facts);
    if (s14.isEmpty()
        && Wording.mentions(words, S17_6)
        && !Wording.mentions(words, S14_WORDS)
        && facts.givesRefusalNotice()) {
      findings.add(
          new Finding(
              ID,
              "s.17(6)",
              facts.refusedQuestions().stream().map(QuestionFacts::number).toList(),
              Severity.MEDIUM,
              "The response relies on s.17(6) ("
                  + LawyerWording.quote(words, S17_6)
                  + "), but s.17(6) only excuses a further notice for a request refused under"
                  + " section 14 after an earlier s.14 notice; nothing here is refused under"
                  + " section 14."));
    }
    return findings;
  }

  @Override
  public List<Note> notes(ResponseFacts facts) {
    if (facts.regime() != Regime.FOIA) {
      return List.of();
    }
    List<Integer> unreasoned = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      boolean bare =
          q.citations().stream()
              .filter(LawyerWording::isS14)
              .allMatch(c -> Wording.blank(c.reasons()));
      if (LawyerWording.citesS14(q) && bare) {
        unreasoned.add(q.number());
      }
    }
    if (unreasoned.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Note(
            ID,
            unreasoned,
            "Refused under s.14 without reasons. The Act requires only a notice stating that s.14"
                + " is relied on (s.17(5)); the ICO recommends explaining why, which helps if"
                + " the refusal is reviewed."));
  }
}
