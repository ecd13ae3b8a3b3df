package uk.foitracker.rules.checks;

import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.12(2): "Subsection (1) does not exempt the public authority from its obligation to comply
 * with paragraph (a) of section 1(1) unless the estimated cost of complying with that paragraph
 * alone would exceed the appropriate limit." Section 1(1)(a) is the duty "to be informed in writing
 * by the public authority whether it holds information of the description specified in the
 * request". So a refusal on cost removes only the duty to communicate (s.1(1)(b)); the authority
 * must still say whether it holds the information, unless determining that alone would cost more
 * than the limit, in which case it relies on s.12(2) and should say so (the ICO's guidance on s.12,
 * "The 'neither confirm nor deny' provision under section 12").
 *
 * <p>Found for a question refused on cost when the authority's words about it neither confirm nor
 * deny that it holds the information ("we hold", "is held", "we do not hold ... in a reportable
 * format", "records are kept"), do not cite s.12(2), and the estimate does not show that
 * determining whether it is held alone exceeds the limit. The boilerplate "the cost of determining
 * whether the department holds the information" confirms nothing and is not read as confirming.
 * MEDIUM: whether the words confirm is a judgement. FOIA only.
 */
public final class S12_2ConfirmDeny implements Rule {
  public static final String ID = "S12_2_CONFIRM_DENY";

  /** "determining whether it holds the information": describes the limit, confirms nothing. */
  private static final Pattern WHETHER_HELD =
      Pattern.compile(
          "whether\\s+(?:or\\s+not\\s+)?[^.;]{0,60}?\\b(?:holds?|held)\\b(?:\\s+the\\s+information)?",
          Pattern.CASE_INSENSITIVE);

  /** Words that confirm or deny holding. */
  static final Pattern CONFIRMS =
      Pattern.compile(
          "\\b(?:we|council|authority|department|force|trust|service|it|team|office|ministry|"
              + "university|board|school|organisation|organization)\\s+(?:does\\s+|do\\s+|did\\s+)?"
              + "(?:not\\s+|n[o']t\\s+)?(?:currently\\s+)?holds?\\b"
              + "|\\b(?:is|are|was|were)\\s+(?:not\\s+)?(?:centrally\\s+|currently\\s+)?held\\b"
              + "|\\bheld\\s+(?:by|on|in|within|across)\\b"
              + "|\\b(?:can|do|does)\\s+(?:not\\s+)?confirm\\s+(?:that\\s+)?(?:we|the|it|this|some)"
              + "|\\brecords?\\s+(?:are|is|were|was)\\s+(?:kept|stored|recorded|retained|maintained)"
              + "|\\b(?:information|data)\\s+(?:is|are)\\s+(?:recorded|stored|kept|contained)"
              + "|\\bwe\\s+(?:have|hold)\\s+(?:located|identified|found|records|information|data)"
              + "|\\bnot\\s+held\\b",
          Pattern.CASE_INSENSITIVE);

  static final Pattern S12_2 =
      Pattern.compile(
          "(?:section|s\\.?)\\s?12\\s?\\(\\s?2\\s?\\)|neither\\s+confirm\\s+nor\\s+deny",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  /** Whether the words confirm or deny that the information is held. */
  static boolean confirmsOrDenies(String words) {
    String stripped = WHETHER_HELD.matcher(words).replaceAll(" ");
    return CONFIRMS.matcher(stripped).find();
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (facts.regime() != Regime.FOIA) {
      return List.of();
    }
    List<Integer> refused = S12ItemisedEstimate.costRefused(facts);
    if (refused.isEmpty()) {
      return List.of();
    }
    List<QuestionFacts> questions =
        facts.questions().stream().filter(q -> refused.contains(q.number())).toList();
    boolean cites12_2 =
        questions.stream()
            .flatMap(q -> q.citations().stream())
            .anyMatch(c -> c.code().startsWith("FOIA-12-2") || c.reference().contains("12(2)"));
    String words = LawyerWording.wordsAbout(facts, questions, true);
    if (cites12_2 || words.isBlank() || Wording.mentions(words, S12_2)) {
      return List.of();
    }
    if (confirmsOrDenies(words)) {
      return List.of();
    }
    // the estimate shows that determining alone exceeds the limit: s.12(2) applies
    AppropriateLimit limit = facts.limit();
    int determining =
        facts.cost().stream()
            .flatMap(c -> c.lines().stream())
            .filter(l -> l.activity().equals("DETERMINING"))
            .mapToInt(CostFacts.Line::minutes)
            .sum();
    if (limit.exceededBy(determining)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "s.12(2)",
            refused,
            Severity.MEDIUM,
            "The refusal on cost neither confirms nor denies that the information is held, and"
                + " does not rely on s.12(2). A cost refusal removes only the duty to provide the"
                + " information: the authority must still say whether it holds it, unless the cost"
                + " of finding that out alone would exceed the limit (s.12(2))."));
  }
}
