package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionCatalogue;

/**
 * FOIA s.1(1)(a) and the provisions that exclude it ("the duty to confirm or deny does not arise",
 * e.g. s.40(5B), s.31(3)) against s.21(1): "Information which is reasonably accessible to the
 * applicant otherwise than under section 1 is exempt information". Neither confirming nor denying
 * is justified only where saying whether the information is held would itself disclose something
 * exempt; information the authority says is published, or available elsewhere, is by that saying
 * confirmed to exist, and the lawful answer is to point to it under s.21 (the ICO's guidance on
 * s.21 and on neither confirm nor deny: an NCND response must not itself confirm or deny).
 *
 * <p>Found for a question answered by neither confirming nor denying (its outcome, or a provision
 * excluding the duty to confirm or deny) whose answer or reasons say the information is published
 * or available elsewhere ("is published on our website", "publicly available", "can be found at",
 * "reasonably accessible"). Only the question's own answer and reasons are read, without the
 * sentences every letter carries about the publication scheme, the disclosure log, re-use or the
 * ICO. MEDIUM: the words may refer to other information.
 */
public final class NcndPublished implements Rule {
  public static final String ID = "NCND_PUBLISHED";

  static final Pattern PUBLISHED =
      Pattern.compile(
          "(?<!not\\s)(?<!never\\s)(?<!n't\\s)(?:is|are|has\\s+been|have\\s+been|was|were)\\s+"
              + "(?:already\\s+)?(?:published|made\\s+public|in\\s+the\\s+public\\s+domain)"
              + "|(?<!not\\s)publicly\\s+available"
              + "|(?<!not\\s)(?:available|accessible)\\s+(?:on|at|from|via|through)\\s+(?:our|the|its|their|http|www)"
              + "|can\\s+be\\s+(?:found|accessed|viewed|downloaded)\\s+(?:on|at|via|from|here|using)"
              + "|(?<!not\\s)reasonably\\s+accessible"
              + "|(?:section|s\\.?)\\s?21(?![0-9])",
          Pattern.CASE_INSENSITIVE);

  /**
   * Sentences every letter carries that say other things are published: the publication scheme, the
   * disclosure log, re-use and copyright, the complaints procedure, the ICO's website.
   */
  static final Pattern BOILERPLATE =
      Pattern.compile(
          "publication\\s+scheme|disclosure\\s+log|re-?use|copyright|licen[cs]e"
              + "|complaints?\\s+(?:procedure|policy)|ico\\.org\\.uk|information\\s+commissioner"
              + "|internal\\s+review|privacy\\s+notice",
          Pattern.CASE_INSENSITIVE);

  /** The question's answer and the reasons of its citations: not the rest of the letter. */
  static String answerAndReasons(QuestionFacts q) {
    StringBuilder b = new StringBuilder(q.answerText());
    q.citations().forEach(c -> b.append("\n\n").append(c.reasons() == null ? "" : c.reasons()));
    return b.toString();
  }

  /** The text without the sentences that are a letter's boilerplate. */
  static String withoutBoilerplate(String text) {
    StringBuilder kept = new StringBuilder();
    for (String sentence : text.split("(?<=[.!?])\\s+|\\n+")) {
      if (!BOILERPLATE.matcher(sentence).find()) {
        kept.append(sentence).append('\n');
      }
    }
    return kept.toString();
  }

  @Override
  public String id() {
    return ID;
  }

  static boolean ncnd(QuestionFacts q) {
    if (q.outcomeIs(Outcome.NEITHER_CONFIRM_NOR_DENY)) {
      return true;
    }
    for (CitationFacts c : q.citations()) {
      try {
        if (ProvisionCatalogue.classify(c.code()).ncnd()) {
          return true;
        }
      } catch (RuntimeException e) {
        // a code the catalogue cannot class excludes nothing
      }
    }
    return false;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Integer> numbers = new ArrayList<>();
    String quoted = null;
    for (QuestionFacts q : facts.questions()) {
      if (!ncnd(q)) {
        continue;
      }
      String words = withoutBoilerplate(answerAndReasons(q));
      String found = LawyerWording.quote(words, PUBLISHED);
      if (found != null) {
        numbers.add(q.number());
        quoted = quoted == null ? found : quoted;
      }
    }
    if (numbers.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            "s.1(1)(a); s.21",
            numbers,
            Severity.MEDIUM,
            "The response neither confirms nor denies that the information is held, yet says it"
                + " is published or available elsewhere ("
                + quoted
                + "). Information that is published exists: the lawful answer is to point to it"
                + " under s.21, not to neither confirm nor deny."));
  }
}
