package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.Regime;

/**
 * The Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 (SI
 * 2004/3244), reg 3: the appropriate limit is £600 for the authorities in Part I of Schedule 1 to
 * FOIA (central government), £450 for every other authority; reg 4(4): staff time is costed "at a
 * rate of £25 per person per hour". A s.12 refusal that states another limit or rate misstates the
 * law, and its estimate is measured against the wrong figure.
 *
 * <p>The statutory figures come from the authority's kind ({@link ResponseFacts#limit()}); the
 * figures stated with the estimate are compared with them. A stated figure of 0 is "not stated".
 */
public final class AppropriateLimitStated implements Rule {
  public static final String ID = "APPROPRIATE_LIMIT";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.FOIA || facts.cost().isEmpty()) {
      return List.of();
    }
    List<Integer> refused = S12ItemisedEstimate.costRefused(facts);
    CostFacts cost = facts.cost().get();
    AppropriateLimit limit = facts.limit();
    List<String> wrong = new ArrayList<>();
    if (cost.limitPence() > 0 && cost.limitPence() != limit.limitPence()) {
      wrong.add(
          "a limit of "
              + S12ItemisedEstimate.money(cost.limitPence())
              + " where the Regulations set "
              + S12ItemisedEstimate.money(limit.limitPence())
              + " for this authority (reg 3)");
    }
    if (cost.hourlyRatePence() > 0 && cost.hourlyRatePence() != limit.hourlyRatePence()) {
      wrong.add(
          "a rate of "
              + S12ItemisedEstimate.money(cost.hourlyRatePence())
              + " an hour where the Regulations set "
              + S12ItemisedEstimate.money(limit.hourlyRatePence())
              + " (reg 4(4))");
    }
    if (wrong.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "s.12; Fees Regulations 2004 reg 3",
            refused.isEmpty() ? cost.questionNumbers() : refused,
            Severity.MEDIUM,
            "The cost estimate states " + Wording.list(wrong) + "."));
  }
}
