package uk.foitracker.rules.checks;

import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.12 is not an exemption. The exemptions are the provisions of Part II (ss.21 to 44: s.2(3)
 * "the following provisions of Part II (and no others) are to be regarded as conferring absolute
 * exemption"); s.12(1), in Part I, says only that "Section 1(1) does not oblige a public authority
 * to comply with a request for information if the authority estimates that the cost of complying
 * with the request would exceed the appropriate limit". The difference matters: a cost refusal is
 * given under s.17(5) ("a notice stating that fact"), carries the s.16 duty to advise how the
 * request could be brought within the limit (s.45 Code of Practice 2018 para 6.9), and is not
 * weighed against the public interest. The ICO's guidance on s.12 calls it a provision that lets an
 * authority refuse a request, never an exemption.
 *
 * <p>Found when the authority's words call s.12 an exemption: "exempt under section 12", "section
 * 12 exemption", "the exemption at s.12", "exempt by virtue of section 12". LOW: the refusal may
 * still be sound; the words misstate the law to the requester. FOIA only (the EIR have no s.12).
 */
public final class S12CalledExemption implements Rule {
  public static final String ID = "S12_CALLED_EXEMPTION";

  /**
   * "section 12", "s.12", "s12", "s. 12(1)", "12 of the Freedom of Information Act" (the word
   * "section" left out), never "section 120" nor "regulation 12".
   */
  private static final String S12 =
      "(?:(?<![\\p{L}])(?:section|s\\.?)\\s?12(?![0-9])(?:\\s?\\(\\s?[12]\\s?\\))?"
          + "|(?<![\\p{L}\\d.(])12(?:\\s?\\(\\s?[12]\\s?\\))?(?=\\s+of\\s+the\\s+(?:freedom\\s+of"
          + "\\s+information\\s+)?act))";

  static final Pattern CALLED_EXEMPTION =
      Pattern.compile(
          "exempt(?:ed)?\\s+(?:from\\s+disclosure\\s+)?(?:under|by\\s+virtue\\s+of|pursuant\\s+to|in\\s+accordance\\s+with)\\s+"
              + S12
              + "|"
              + S12
              + "(?:\\s+of\\s+the\\s+(?:freedom\\s+of\\s+information\\s+)?act(?:\\s+2000)?)?"
              + "\\s+(?:\\(cost[^)]*\\)\\s+)?exemption"
              + "|exemptions?\\s+(?:at|under|in|of|contained\\s+in|provided\\s+(?:by|for\\s+in))\\s+"
              + S12
              + "|(?:relying|rely|relied|applying|apply|applied)\\s+(?:up)?on\\s+the\\s+(?:cost\\s+)?exemption\\s+(?:at|under|in)\\s+"
              + S12,
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.FOIA) {
      return List.of();
    }
    String words = LawyerWording.allWords(facts);
    String quoted = LawyerWording.quote(words, CALLED_EXEMPTION);
    if (quoted == null) {
      return List.of();
    }
    List<Integer> refused = S12ItemisedEstimate.costRefused(facts);
    return List.of(
        new Finding(
            ID,
            "s.12",
            refused,
            Severity.LOW,
            "The response calls section 12 an exemption ("
                + quoted
                + "). Section 12 is not an exemption: it lets an authority refuse a request whose"
                + " cost would exceed the appropriate limit, and the refusal is a s.17(5) notice"
                + " with advice on narrowing the request, not a s.17(1) notice."));
  }
}
