package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.17(7): "A notice under subsection (1), (3) or (5) must— (a) contain particulars of any
 * procedure provided by the public authority for dealing with complaints about the handling of
 * requests for information or state that the authority does not provide such a procedure, and (b)
 * contain particulars of the right conferred by section 50." EIR reg 14(5): the refusal "shall
 * inform the applicant— (a) that he may make representations to the public authority under
 * regulation 11; and (b) of the enforcement and appeal provisions of the Act applied by regulation
 * 18".
 *
 * <p>Applies only when the response gives a refusal notice (in whole or part) for some question: a
 * "not held" answer is not one, whatever section it mentions. The notice as sent is read (its
 * review and complaint paragraphs and the letter), never the answers alone. A bare mention of the
 * "ICO" is not particulars of the right to complain: the notice must name section 50 or the
 * Information Commissioner, or say, in the same sentence as the "ICO", that the applicant may
 * complain, appeal or apply to it.
 */
public final class S17_7Rights implements Rule {
  public static final String ID = "S17_7_RIGHTS";

  static final Pattern REVIEW =
      Pattern.compile(
          "internal\\s+review|(ask|request|apply)\\w*\\s+(us\\s+)?(for\\s+)?(a|an)\\s+review"
              + "|review\\s+(of\\s+)?(our|the|this|your)\\s+(decision|response|request)"
              + "|complaints?\\s+procedure|reconsider|representations"
              + "|(do|does)\\s+not\\s+(have|provide|offer)\\s+(a|an|any)\\s+"
              + "(internal\\s+review|review|complaints?)",
          Pattern.CASE_INSENSITIVE);

  /** FOIA s.50 named: the right itself. */
  static final Pattern SECTION_50 =
      Pattern.compile(
          "\\bsection\\s+50\\b|\\bs\\.\\s?50\\b|\\bs50\\b|\\bregulation\\s+18\\b|\\breg\\.?\\s+18\\b",
          Pattern.CASE_INSENSITIVE);

  /** The Commissioner named in full: particulars of the body the s.50 right is exercised with. */
  static final Pattern COMMISSIONER_NAMED =
      Pattern.compile("information\\s+commissioner", Pattern.CASE_INSENSITIVE);

  static final Pattern COMMISSIONER =
      Pattern.compile("information\\s+commissioner|\\bICO\\b", Pattern.CASE_INSENSITIVE);

  /** Words that make a mention of the "ICO" a statement of the right to complain. */
  static final Pattern RIGHT =
      Pattern.compile(
          "complain|appeal|\\bright\\b|\\bapply\\b|application|decision\\s+notice",
          Pattern.CASE_INSENSITIVE);

  static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

  /**
   * A promise to give the particulars later ("We will advise you of your rights to complain and to
   * contact the Information Commissioner with our final response", Sheffield's s.17(2) notice of 12
   * September 2023) is not particulars: s.17(7) requires the notice itself to "contain" them, and a
   * notice under s.17(1) extending time under s.17(2) is such a notice (ICO guidance "Refusing a
   * request: writing a refusal notice": every refusal notice must explain the complaints procedure
   * and the right to complain to the Commissioner). The sentence making the promise is not read.
   */
  static final Pattern DEFERRED =
      Pattern.compile(
          "\\b(?:will|shall)\\s+(?:advise|inform|tell|notify|provide|give|send|set\\s+out)\\b"
              + "[^.!?]{0,200}?\\b(?:with|in)\\s+(?:our|the)\\s+(?:final|full|substantive)\\s+"
              + "(?:response|reply|decision)",
          Pattern.CASE_INSENSITIVE);

  /** The text without the sentences that only promise to give the particulars later. */
  static String withoutDeferrals(String text) {
    if (text == null) {
      return "";
    }
    var m = DEFERRED.matcher(text);
    StringBuilder kept = new StringBuilder();
    int from = 0;
    while (m.find()) {
      int start = m.start();
      while (start > from && ".!?".indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      int end = m.end();
      while (end < text.length() && ".!?".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      kept.append(text, from, start).append(' ');
      from = Math.min(text.length(), end + 1);
    }
    return kept.append(text.substring(from)).toString();
  }

  @Override
  public String id() {
    return ID;
  }

  /** Whether the text states the right to complain to the Information Commissioner. */
  static boolean statesRightToComplain(String text) {
    if (Wording.mentions(text, SECTION_50) || Wording.mentions(text, COMMISSIONER_NAMED)) {
      return true;
    }
    for (String sentence : SENTENCE_END.split(text)) {
      if (Wording.mentions(sentence, COMMISSIONER) && Wording.mentions(sentence, RIGHT)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text gives the review procedure (or says there is none). */
  static boolean statesReview(String text) {
    return Wording.mentions(text, REVIEW);
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (!facts.givesRefusalNotice()) {
      return List.of();
    }
    String text = withoutDeferrals(facts.notice().text());
    boolean deferred = !text.equals(facts.notice().text());
    boolean review = statesReview(text);
    boolean complaint = statesRightToComplain(text);
    List<String> missing = new ArrayList<>();
    boolean foia = facts.regime() == Regime.FOIA;
    if (!review) {
      missing.add(
          foia
              ? "the procedure for an internal review (or a statement that there is none)"
              : "the right to make representations under regulation 11");
    }
    if (!complaint) {
      missing.add(
          foia
              ? "the right to complain to the Information Commissioner under section 50"
              : "the right to complain to the Information Commissioner (regulation 18)");
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<Integer> numbers =
        facts.questions().stream()
            .filter(QuestionFacts::givesRefusalNotice)
            .map(QuestionFacts::number)
            .toList();
    String never =
        missing.size() == 2
            ? "an internal review or a right to complain to the Information Commissioner."
            : (review
                ? "a right to complain to the Information Commissioner"
                    + (Wording.mentions(text, COMMISSIONER)
                        ? " (the Commissioner is mentioned, but not the right to complain)."
                        : ".")
                : "an internal review.");
    return List.of(
        new Finding(
            ID,
            foia ? "s.17(7)" : "reg 14(5)",
            numbers,
            Severity.HIGH,
            "The refusal notice does not give "
                + Wording.list(missing)
                + ": the notice as sent never mentions "
                + never
                + (deferred
                    ? " It promises them with a later response, which is not giving them."
                    : "")));
  }
}
