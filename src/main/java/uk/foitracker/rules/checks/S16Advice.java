package uk.foitracker.rules.checks;

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

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Integer> refused = S12ItemisedEstimate.costRefused(facts);
    if (refused.isEmpty() || cited(facts) || offered(facts)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            facts.regime() == Regime.FOIA ? "s.16(1)" : "reg 9(1)",
            refused,
            Severity.HIGH,
            "Refused on cost with no advice and assistance on how the request could be brought"
                + " within the limit."));
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
