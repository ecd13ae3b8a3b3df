package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.12(1): "Section 1(1) does not oblige a public authority to comply with a request for
 * information if the authority estimates that the cost of complying with the request would exceed
 * the appropriate limit." The Fees Regulations 2004 (SI 2004/3244) reg 4(3): the authority may take
 * account only of the costs it reasonably expects to incur in "(a) determining whether it holds the
 * information, (b) locating the information, or a document which may contain the information, (c)
 * retrieving the information, or a document which may contain the information, and (d) extracting
 * the information from a document containing it", at £25 an hour (reg 4(4)).
 *
 * <p>The limit is the one reg 3 sets for the authority ({@link ResponseFacts#limit()}), never the
 * figure stated with the estimate (see {@link AppropriateLimitStated}). FOIA only: the EIR have no
 * cost limit (see {@link EirS12}).
 *
 * <p>A refusal on cost must rest on an estimate: recorded line by line against those four
 * activities, and adding up to more than the limit. Stating the limit alone is not an estimate.
 */
public final class S12ItemisedEstimate implements Rule {
  public static final String ID = "S12_ITEMISED_ESTIMATE";

  static final Set<String> PERMITTED =
      Set.of("DETERMINING", "LOCATING", "RETRIEVING", "EXTRACTING");

  @Override
  public String id() {
    return ID;
  }

  static List<Integer> costRefused(ResponseFacts facts) {
    return facts.questions().stream()
        .filter(
            q ->
                q.outcomeIs(Outcome.REFUSED_COST_LIMIT)
                    || q.citations().stream().anyMatch(c -> c.role() == CitationRole.COST_LIMIT))
        .map(QuestionFacts::number)
        .toList();
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Integer> refused = costRefused(facts);
    if (refused.isEmpty() || facts.regime() != Regime.FOIA) {
      return List.of(); // under the EIR there is no cost limit: EIR_S12's finding
    }
    String provision = "s.12(1); Fees Regulations 2004 reg 4(3)";
    if (facts.cost().isEmpty()) {
      return List.of(
          new Finding(
              ID,
              provision,
              refused,
              Severity.HIGH,
              "Refused on cost, but no cost assessment is recorded: no estimate of the hours"
                  + " needed for determining, locating, retrieving and extracting."));
    }
    CostFacts cost = facts.cost().get();
    // the Fees Regulations' limit for this authority, never the figure typed with the estimate
    AppropriateLimit limit = facts.limit();
    String limitText = money(limit.limitPence()) + " (" + limit.hours() + " hours)";
    if (cost.lines().isEmpty()) {
      return List.of(
          new Finding(
              ID,
              provision,
              refused,
              Severity.MEDIUM,
              "The refusal states the limit of "
                  + limitText
                  + " but gives no estimate itemised by permitted activity: no hours are"
                  + " estimated for determining, locating, retrieving or extracting."));
    }
    List<Finding> findings = new ArrayList<>();
    List<String> others =
        cost.lines().stream()
            .map(CostFacts.Line::activity)
            .filter(a -> !PERMITTED.contains(a))
            .distinct()
            .toList();
    int countable =
        cost.lines().stream()
            .filter(l -> PERMITTED.contains(l.activity()))
            .mapToInt(CostFacts.Line::minutes)
            .sum();
    if (!others.isEmpty()) {
      findings.add(
          new Finding(
              ID,
              provision,
              refused,
              Severity.HIGH,
              "The estimate counts time for "
                  + Wording.list(others.stream().map(a -> a.toLowerCase()).toList())
                  + ", which the Fees Regulations do not allow (only determining, locating,"
                  + " retrieving and extracting count)."));
    }
    if (!limit.exceededBy(countable)) {
      findings.add(
          new Finding(
              ID,
              provision,
              refused,
              Severity.HIGH,
              "The estimate of "
                  + hours(countable)
                  + " of permitted activities does not exceed the limit of "
                  + limitText
                  + "."));
    }
    return findings;
  }

  static String hours(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    return h + (h == 1 ? " hour" : " hours") + (m == 0 ? "" : " " + m + " minutes");
  }

  static String money(int pence) {
    return pence % 100 == 0
        ? "£" + (pence / 100)
        : String.format(Locale.UK, "£%d.%02d", pence / 100, pence % 100);
  }
}
