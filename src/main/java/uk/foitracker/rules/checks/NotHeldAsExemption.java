package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.1(1): "Any person making a request for information to a public authority is entitled— (a)
 * to be informed in writing by the public authority whether it holds information of the description
 * specified in the request". Saying that information is not held complies with s.1(1)(a): it is a
 * denial, not a refusal. s.17(1) applies only where the authority "is to any extent relying on a
 * claim that ... information is exempt information", so a s.17(1) refusal notice for information
 * not held, or an exemption recorded for it, misstates the law.
 *
 * <p>Found per question: a denial (s.1(1)(a)) cited together with s.17(1); an exemption cited for a
 * question whose outcome is "not held"; or the s.1(1)(a) denial recorded as an exemption. FOIA
 * only: under the EIR, not held is itself an exception (reg 12(4)(a)).
 */
public final class NotHeldAsExemption implements Rule {
  public static final String ID = "S1_1_A_NOT_HELD_AS_EXEMPTION";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.FOIA) {
      return List.of();
    }
    List<Integer> withNotice = new ArrayList<>();
    List<Integer> asExemption = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      boolean denial =
          q.citations().stream()
              .anyMatch(c -> c.role() == CitationRole.DENIAL || c.type() == ProvisionKind.DENIAL);
      boolean exemptionOnlyRefusal =
          q.citations().stream()
              .anyMatch(
                  c -> c.role() == CitationRole.EXEMPTION || c.role() == CitationRole.COST_LIMIT);
      if (denial
          && !exemptionOnlyRefusal
          && q.citations().stream().anyMatch(CitationFacts::isRefusalNoticeProvision)) {
        withNotice.add(q.number());
      }
      boolean deniedAsExemption =
          q.citations().stream()
              .anyMatch(
                  c -> c.type() == ProvisionKind.DENIAL && c.role() == CitationRole.EXEMPTION);
      boolean notHeldWithExemption =
          q.outcomeIs(Outcome.NOT_HELD)
              && q.citations().stream().anyMatch(c -> c.role() == CitationRole.EXEMPTION);
      if (deniedAsExemption || notHeldWithExemption) {
        asExemption.add(q.number());
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (!withNotice.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              "s.1(1)(a); s.17(1)",
              withNotice,
              Severity.MEDIUM,
              "A s.17(1) refusal notice is given for information that is simply not held."
                  + " Saying it is not held is a denial under s.1(1)(a), not an exemption:"
                  + " nothing is withheld."));
    }
    if (!asExemption.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              "s.1(1)(a)",
              asExemption,
              Severity.MEDIUM,
              "Information not held is recorded as exempt. Not held is a denial under"
                  + " s.1(1)(a); an exemption can only apply to information that is held."));
    }
    return findings;
  }
}
