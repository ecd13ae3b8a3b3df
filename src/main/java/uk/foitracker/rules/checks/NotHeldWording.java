package uk.foitracker.rules.checks;

import java.util.regex.Pattern;

/**
 * How UK authorities write that they do not hold what was asked for (FOIA s.1(1)(a) denial; EIR reg
 * 12(4)(a) exception): "not held", "we do not hold", "we do not have a figure for", "this is not
 * recorded", "no records are kept", "the council does not collect", and, answering a request for a
 * record, that the thing recorded never existed ("No design solutions were agreed", "There was no
 * schedule").
 */
public final class NotHeldWording {
  private NotHeldWording() {}

  /** Said anywhere in an answer. */
  static final Pattern SAID =
      Pattern.compile(
          "(?i)\\bnot\\s+held\\b|\\bdo(?:es)?\\s+not\\s+hold\\b|\\bdon'?t\\s+hold\\b"
              + "|\\bdoes\\s+not\\s+have\\s+(?:any|this|the)\\s+information|\\bno\\s+(?:such\\s+)?"
              + "(?:information|records?|data)\\s+(?:is|are)\\s+held|\\bholds?\\s+no\\b"
              // "we do not have a figure for", "the council does not have any records of"
              + "|\\b(?:we|council|authority|department|service|force)\\s+(?:do|does|did)\\s+not"
              + "\\s+have\\s+(?:a|an|any|this|that|the|such)\\s+(?:\\w+\\s+)?(?:figures?|records?"
              + "|information|data|details|breakdown|list|copy|copies|documents?|statistics)\\b"
              // "this is not recorded", "the information is not collected"
              + "|\\b(?:is|are|was|were)\\s+not\\s+(?:centrally\\s+|routinely\\s+|separately\\s+)?"
              + "(?:recorded|collected|captured|kept|retained|logged)\\b"
              // "we do not record", "the council does not collect"
              + "|\\b(?:we|council|authority|department|service|force)\\s+(?:do|does|did)\\s+not"
              + "\\s+(?:centrally\\s+|routinely\\s+|separately\\s+)?(?:record|collect|capture|keep"
              + "|retain|log)\\b"
              // "no records are kept", "no such data is recorded"
              + "|\\bno\\s+(?:such\\s+)?(?:information|records?|data|figures?|details)\\s+(?:is|are"
              + "|was|were|has\\s+been|have\\s+been)\\s+(?:kept|recorded|collected|retained)");

  /**
   * An answer that opens by saying the thing asked about does not exist: "No solutions were
   * piloted.", "There was no schedule for implementation". Read only at the start of an answer:
   * inside a longer answer the same words are information given.
   */
  static final Pattern NONE_EXISTED =
      Pattern.compile(
          "(?i)^[\\s\\-–—:.]*(?:no\\s+(?:\\w+\\s+){0,3}(?:was|were|has\\s+been|have\\s+been)"
              + "\\s+\\w+ed\\b|there\\s+(?:is|was|are|were|has\\s+been|have\\s+been)\\s+no\\s+\\w+)");

  /** Whether {@code answer} says what was asked for is not held. */
  public static boolean says(String answer) {
    return SAID.matcher(answer).find() || NONE_EXISTED.matcher(answer).find();
  }
}
