package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(1): an authority "relying on a claim that any provision of Part II relating to the duty
 * to confirm or deny is relevant to the request or on a claim that information is exempt
 * information must ... give the applicant a notice which— (a) states that fact, (b) specifies the
 * exemption in question, and (c) states (if that would not otherwise be apparent) why the exemption
 * applies." EIR reg 14(3): the refusal shall specify "the reasons not to disclose the information
 * requested, including any exception relied on under regulations 12(4), 12(5) or 13". A figure
 * replaced by "<5", "[c]", "*" or "suppressed" is information held and not given: it is withheld,
 * and withholding needs an exemption (usually s.40(2) for counts that could identify people). The
 * ICO's decision notices on small numbers treat such cells as withheld under s.40(2).
 *
 * <p>Found for an answer with a suppressed cell in a table, or a figure given only as "fewer than
 * 5" / "<5" / "[c]" in its words, when no exemption is cited for its questions nor anywhere in the
 * response (a letter often cites s.40(2) once for every table), nor named in its words. MEDIUM: the
 * cell states come from a reading of the letter.
 */
public final class WithheldNoExemption implements Rule {
  public static final String ID = "WITHHELD_NO_EXEMPTION";

  /** A figure withheld in words: "<5", "< 10", "fewer than five", "[c]", "[x]", "suppressed". */
  static final Pattern WITHHELD =
      Pattern.compile(
          "(?<![\\w<])<\\s?(?:[1-9]|10)(?![0-9])"
              + "|\\b(?:fewer|less)\\s+than\\s+(?:[1-9]|10|five|ten|three)\\b(?!\\s*(?:%|per|hours?|days?|weeks?|months?|years?|minutes?|working))"
              + "|\\[(?:c|x|z|suppressed|redacted)\\]"
              + "|\\b(?:have\\s+been|has\\s+been|were|was|are|is)\\s+(?:suppressed|redacted)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * An exemption named in the authority's words though not recorded as a citation (a letter read as
   * text): FOIA ss.21 to 44, EIR reg 12(4), 12(5) or 13.
   */
  static final Pattern EXEMPTION_NAMED =
      Pattern.compile(
          "(?<![\\p{L}])(?:section|s\\.?)\\s?(?:2[1-9]|3[0-9]|4[0-4])(?![0-9])"
              + "|(?:regulation|reg\\.?)\\s?(?:12\\s?\\(\\s?[45]\\s?\\)|13(?![0-9]))",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    boolean anyExemption =
        facts.questions().stream()
            .flatMap(q -> q.citations().stream())
            .anyMatch(LawyerWording::isExemption);
    if (anyExemption || Wording.mentions(LawyerWording.allWords(facts), EXEMPTION_NAMED)) {
      return List.of();
    }
    Map<String, List<Integer>> questionsByAnswer = new LinkedHashMap<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    for (QuestionFacts q : facts.questions()) {
      if (q.answerKey() == null && q.tables().isEmpty() && q.answerText().isBlank()) {
        continue;
      }
      String key = q.answerKey() == null ? "q" + q.number() : q.answerKey();
      String found = evidence.containsKey(key) ? evidence.get(key) : withheld(q);
      if (found != null) {
        evidence.put(key, found);
        questionsByAnswer.computeIfAbsent(key, k -> new ArrayList<>()).add(q.number());
      }
    }
    List<Finding> findings = new ArrayList<>();
    questionsByAnswer.forEach(
        (key, numbers) ->
            findings.add(
                new Finding(
                    ID,
                    facts.regime() == Regime.FOIA ? "s.17(1)" : "reg 14(3)",
                    numbers,
                    Severity.MEDIUM,
                    "Information is withheld ("
                        + evidence.get(key)
                        + ") but no exemption is cited for it. Withholding a figure needs an"
                        + " exemption (for counts that could identify people, usually s.40(2))"
                        + " stated in a refusal notice.")));
    return findings;
  }

  /** What shows a figure withheld in this question's answer, or null. */
  static String withheld(QuestionFacts q) {
    for (TableFacts t : q.tables()) {
      for (TableFacts.Row r : t.rows()) {
        for (int c = 0; c < r.cells().size(); c++) {
          TableFacts.Cell cell = r.cells().get(c);
          if (cell.kind() == CellState.SUPPRESSED) {
            String column = c < t.columns().size() ? t.columns().get(c) : "column " + (c + 1);
            return "the table \""
                + t.caption()
                + "\" shows \""
                + cell.text()
                + "\" for "
                + r.header()
                + ", "
                + column;
          }
        }
      }
    }
    return LawyerWording.quote(q.answerText(), WITHHELD);
  }
}
