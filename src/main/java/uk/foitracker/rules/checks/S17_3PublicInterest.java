package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.ClockEvent;
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
 * <p>The recorded public interest test is judged, not words in the reasons: each qualified
 * exemption relied on needs the arguments for disclosure, the arguments for maintaining it, and a
 * conclusion. None recorded is HIGH; a test missing one of its parts is MEDIUM. EIR reg 12(4)(a)
 * (not held) is left out: there is nothing to weigh when nothing is held.
 *
 * <p>While a FOIA s.10(3) extension runs and no response has gone, nothing is judged: s.17(2) lets
 * the notice say no decision on the public interest has yet been reached, and s.17(3) lets the
 * balance be stated "in a separate notice given within such time as is reasonable"; a response that
 * never comes is TIMELINESS's finding (s.10(1)), not a missing public interest test.
 */
public final class S17_3PublicInterest implements Rule {
  public static final String ID = "S17_3_PUBLIC_INTEREST";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (awaitingDecision(facts)) {
      return List.of();
    }
    List<Integer> none = new ArrayList<>();
    List<String> noneRefs = new ArrayList<>();
    List<Integer> partial = new ArrayList<>();
    List<String> partialParts = new ArrayList<>();
    List<String> partialRefs = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      for (CitationFacts c : q.citations()) {
        if (!PublicInterestTests.needsTest(c)) {
          continue;
        }
        if (c.publicInterest().isEmpty() || blank(c.publicInterest().get())) {
          none.add(q.number());
          addOnce(noneRefs, c.reference());
        } else if (!c.publicInterest().get().isComplete()) {
          PublicInterestFacts pi = c.publicInterest().get();
          partial.add(q.number());
          addOnce(partialRefs, c.reference());
          if (pi.argumentsFor().isBlank()) {
            addOnce(partialParts, "the arguments for disclosure");
          }
          if (pi.argumentsAgainst().isBlank()) {
            addOnce(partialParts, "the arguments for maintaining the exemption");
          }
          if (pi.conclusion().isBlank()) {
            addOnce(partialParts, "a conclusion on where the balance lies");
          }
        }
      }
    }
    boolean foia = facts.regime() == Regime.FOIA;
    String provision = foia ? "s.17(3)" : "reg 14(3)(b)";
    List<Finding> findings = new ArrayList<>();
    if (!none.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              provision,
              none,
              Severity.HIGH,
              "The response relies on the qualified "
                  + (foia ? "exemption" : "exception")
                  + (noneRefs.size() == 1 ? " " : "s ")
                  + Wording.list(noneRefs)
                  + " with no public interest test: it does not weigh the public interest in"
                  + " maintaining "
                  + (noneRefs.size() == 1 ? "it" : "them")
                  + " against the public interest in disclosure"
                  + (foia ? "." : ", with the presumption in favour of disclosure (reg 12(2)).")));
    }
    if (!partial.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              provision,
              partial,
              Severity.MEDIUM,
              "The public interest test for "
                  + Wording.list(partialRefs)
                  + " is incomplete: it does not give "
                  + Wording.list(partialParts)
                  + "."));
    }
    return findings;
  }

  /** A s.10(3) extension given and no response sent yet: the balance is still to be stated. */
  static boolean awaitingDecision(ResponseFacts facts) {
    return facts.regime() == Regime.FOIA
        && !facts.responded()
        && facts.clockEvents().stream()
            .anyMatch(e -> e instanceof ClockEvent.PublicInterestExtension);
  }

  private static boolean blank(PublicInterestFacts pi) {
    return pi.argumentsFor().isBlank()
        && pi.argumentsAgainst().isBlank()
        && pi.conclusion().isBlank();
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
