package uk.foitracker.rules;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.RefusalNoticeDraft.Ground;
import uk.foitracker.rules.RefusalNoticeDraft.GroundKind;

/**
 * What a refusal notice must contain and this draft lacks, so the officer is warned before sending.
 *
 * <ul>
 *   <li>FOIA s.17(1): a notice relying on an exemption "(a) states that fact, (b) specifies the
 *       exemption in question, and (c) states (if that would not otherwise be apparent) why the
 *       exemption applies". EIR reg 14(3)(a): "the exceptions relied on".
 *   <li>FOIA s.17(3): for a qualified exemption, the notice states the reasons for claiming "that,
 *       in all the circumstances of the case, the public interest in maintaining the exclusion of
 *       the duty ... outweighs the public interest in disclosing". EIR reg 14(3)(b) the same.
 *   <li>FOIA s.17(5): relying on s.12 or s.14, a notice "stating that fact".
 *   <li>FOIA s.17(7): the notice must "(a) contain particulars of any procedure provided by the
 *       public authority for dealing with complaints about the handling of requests for information
 *       or state that the authority does not provide such a procedure, and (b) contain particulars
 *       of the right conferred by section 50" (complaint to the Information Commissioner). EIR reg
 *       14(5): the right to make representations under reg 11 and the enforcement and appeal
 *       provisions of reg 18.
 * </ul>
 *
 * A notice is only required when information is refused: not-held (s.1(1)(a)) is a denial. This
 * check asks for reasons for every refusing ground, apparent or not: the officer is better told.
 */
public final class NoticeCompleteness {
  private NoticeCompleteness() {}

  /** An element of the notice. */
  public enum Element {
    REASONS("s.17(1)(c)", "reg 14(3)(a)"),
    PUBLIC_INTEREST("s.17(3)(b)", "reg 14(3)(b)"),
    REVIEW_PROCEDURE("s.17(7)(a)", "reg 14(5)(a)"),
    COMPLAINT_RIGHTS("s.17(7)(b)", "reg 14(5)(b)");

    private final String foia;
    private final String eir;

    Element(String foia, String eir) {
      this.foia = foia;
      this.eir = eir;
    }

    public String section(Regime regime) {
      return regime == Regime.EIR ? eir : foia;
    }
  }

  /**
   * One missing element. {@code field} names the input to fix ("reviewProcedure",
   * "citations[2].publicInterestConclusion"); {@code ground} is the index of the ground, or -1.
   */
  public record Missing(
      Element element, String section, int ground, String field, String message) {}

  /** The missing elements, in the order the notice reads; empty when complete or not required. */
  public static List<Missing> check(RefusalNoticeDraft draft) {
    List<Missing> missing = new ArrayList<>();
    if (!draft.noticeRequired()) {
      return missing;
    }
    Regime regime = draft.regime();
    List<Ground> grounds = draft.grounds();
    for (int i = 0; i < grounds.size(); i++) {
      Ground g = grounds.get(i);
      if (!g.refuses()) {
        continue;
      }
      checkGround(regime, i, g, missing);
    }
    checkReviewProcedure(draft, regime, missing);
    checkComplaintRights(draft, regime, missing);
    return missing;
  }

  /**
   * A refusing ground: its reasons (s.17(1)(c), reg 14(3)(a); s.17(5) for s.12 and s.14) and, for a
   * qualified exemption, the public interest test (s.17(3), reg 14(3)(b)).
   */
  private static void checkGround(Regime regime, int i, Ground g, List<Missing> missing) {
    String where = g.reference() + " (" + questionsText(g.questions()) + ")";
    if (blank(g.whyItApplies())) {
      String section =
          g.kind() == GroundKind.COST_LIMIT || g.kind() == GroundKind.VEXATIOUS_OR_REPEATED
              ? "s.17(5)"
              : Element.REASONS.section(regime);
      missing.add(
          new Missing(
              Element.REASONS,
              section,
              i,
              "grounds[" + i + "].reasons",
              "Say why " + where + " applies (" + section + ")"));
    }
    if (g.kind() == GroundKind.QUALIFIED_EXEMPTION) {
      checkPublicInterest(regime, i, g, where, missing);
    }
  }

  /** A qualified exemption's public interest test: FOIA s.17(3)(b), EIR reg 14(3)(b). */
  private static void checkPublicInterest(
      Regime regime, int i, Ground g, String where, List<Missing> missing) {
    String section = Element.PUBLIC_INTEREST.section(regime);
    if (blank(g.publicInterestFor())) {
      missing.add(
          new Missing(
              Element.PUBLIC_INTEREST,
              section,
              i,
              "grounds[" + i + "].publicInterestFor",
              "Give the public interest arguments for disclosure under "
                  + where
                  + " ("
                  + section
                  + ")"));
    }
    if (blank(g.publicInterestAgainst())) {
      missing.add(
          new Missing(
              Element.PUBLIC_INTEREST,
              section,
              i,
              "grounds[" + i + "].publicInterestAgainst",
              "Give the public interest arguments for maintaining "
                  + where
                  + " ("
                  + section
                  + ")"));
    }
    if (blank(g.publicInterestConclusion())) {
      missing.add(
          new Missing(
              Element.PUBLIC_INTEREST,
              section,
              i,
              "grounds[" + i + "].publicInterestConclusion",
              "Say why the public interest in maintaining "
                  + where
                  + " outweighs the public interest in disclosure ("
                  + section
                  + ")"));
    }
  }

  /** The review procedure: FOIA s.17(7)(a); EIR reg 14(5)(a) (representations under reg 11). */
  private static void checkReviewProcedure(
      RefusalNoticeDraft draft, Regime regime, List<Missing> missing) {
    if (blank(draft.reviewProcedure())) {
      String section = Element.REVIEW_PROCEDURE.section(regime);
      missing.add(
          new Missing(
              Element.REVIEW_PROCEDURE,
              section,
              -1,
              "reviewProcedure",
              regime == Regime.EIR
                  ? "Tell the requester they may make representations and ask for"
                      + " reconsideration within 40 working days (reg 11, reg 14(5)(a))"
                  : "Give the particulars of the internal review procedure, or say there is none"
                      + " (s.17(7)(a))"));
    }
  }

  /** The right to complain: FOIA s.17(7)(b) (section 50); EIR reg 14(5)(b) (reg 18). */
  private static void checkComplaintRights(
      RefusalNoticeDraft draft, Regime regime, List<Missing> missing) {
    if (blank(draft.complaintRights())) {
      String section = Element.COMPLAINT_RIGHTS.section(regime);
      missing.add(
          new Missing(
              Element.COMPLAINT_RIGHTS,
              section,
              -1,
              "complaintRights",
              regime == Regime.EIR
                  ? "Tell the requester of the enforcement and appeal provisions, the right to"
                      + " complain to the Information Commissioner (reg 18, reg 14(5)(b))"
                  : "Tell the requester of the right to complain to the Information Commissioner"
                      + " under section 50 (s.17(7)(b))"));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String questionsText(List<Integer> questions) {
    if (questions.isEmpty()) {
      return "no question";
    }
    StringBuilder out = new StringBuilder(questions.size() == 1 ? "question " : "questions ");
    for (int i = 0; i < questions.size(); i++) {
      if (i > 0) {
        out.append(i == questions.size() - 1 ? " and " : ", ");
      }
      out.append(questions.get(i));
    }
    return out.toString();
  }
}
