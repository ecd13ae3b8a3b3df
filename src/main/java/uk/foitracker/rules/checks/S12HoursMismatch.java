package uk.foitracker.rules.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.CostEstimate;

/**
 * FOIA s.12(1): an authority may refuse "if the authority estimates that the cost of complying with
 * the request would exceed the appropriate limit"; the Fees Regulations 2004 reg 4(3) list the
 * activities the estimate may count and reg 4(4) costs them "at a rate of £25 per person per hour".
 * The estimate must be reasonable: "sensible, realistic and supported by cogent evidence" (the
 * ICO's guidance on s.12, after Randall v IC and Medicines and Healthcare Products Regulatory
 * Agency EA/2007/0004). A stated total that the authority's own lines do not add up to is not a
 * reasoned estimate: either the lines or the total is wrong, and the requester cannot tell which.
 *
 * <p>Compares {@link CostFacts#statedMinutes()} with the sum of the estimate's lines (from the low
 * to the high end of any range of minutes for each unit) by {@link CostEstimate#checkStated(int,
 * int, BigDecimal)}: a stated figure follows when it lies between the computed total rounded down
 * to the whole hour and rounded up (Sheffield's "over 2000 records × 2 minutes = 66 hours", 66.7
 * computed, follows; "2.5 hours + 2 hours for each of 8 files + 1 hour = 20.5 hours", 19.5
 * computed, does not). Not judged when no total is stated, when no lines are recorded, when a line
 * has no time (its unit count unstated), or when the stated figure is the appropriate limit itself
 * ("more than 18 hours"), which states the limit, not the estimate. MEDIUM: the arithmetic is a
 * fact, whether the refusal stands is for a person.
 */
public final class S12HoursMismatch implements Rule {
  public static final String ID = "S12_HOURS_MISMATCH";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.cost().isEmpty()) {
      return List.of();
    }
    CostFacts cost = facts.cost().get();
    Optional<Integer> stated = cost.statedMinutes();
    if (stated.isEmpty() || stated.get() <= 0 || cost.lines().isEmpty()) {
      return List.of();
    }
    if (cost.lines().stream().anyMatch(l -> l.minutes() <= 0)) {
      return List.of();
    }
    int limitMinutes = facts.limit().hours() * 60;
    int costLimitMinutes =
        cost.hourlyRatePence() > 0 ? cost.limitPence() / cost.hourlyRatePence() * 60 : 0;
    if (stated.get() == limitMinutes || stated.get() == costLimitMinutes) {
      return List.of();
    }
    int sum = cost.totalMinutes();
    int max = cost.totalMinutesMax();
    BigDecimal statedHours = CostEstimate.hours(stated.get()).stripTrailingZeros();
    CostEstimate.StatedCheck check =
        CostEstimate.checkStated(
                sum,
                max,
                BigDecimal.valueOf(stated.get())
                    .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP))
            .orElseThrow();
    if (check.follows()) {
      return List.of();
    }
    List<Integer> questions =
        cost.questionNumbers().isEmpty()
            ? S12ItemisedEstimate.costRefused(facts)
            : cost.questionNumbers();
    return List.of(
        new Finding(
            ID,
            "s.12(1); Fees Regulations 2004 reg 4(3)",
            questions,
            Severity.MEDIUM,
            "The response states a total of "
                + statedHours.toPlainString()
                + " hours, but the "
                + cost.lines().size()
                + (cost.lines().size() == 1
                    ? " line of its estimate adds up to "
                    : " lines of its estimate add up to ")
                + CostEstimate.hours(sum).stripTrailingZeros().toPlainString()
                + (max == sum
                    ? " hours (" + S12ItemisedEstimate.hours(sum) + ")."
                    : " to "
                        + CostEstimate.hours(max).stripTrailingZeros().toPlainString()
                        + " hours.")));
  }
}
