package uk.foitracker.rules;

import java.util.List;

/**
 * A refusal notice as assembled from a response's citations, before it is sent: the grounds (one
 * per provision cited, with the questions it covers and the reasons given), the authority's
 * internal review procedure and the statement of the right to complain to the Information
 * Commissioner. {@link NoticeCompleteness} says what it lacks.
 */
public record RefusalNoticeDraft(
    Regime regime, List<Ground> grounds, String reviewProcedure, String complaintRights) {

  public RefusalNoticeDraft {
    grounds = List.copyOf(grounds);
  }

  /** What a cited provision does in the response. */
  public enum GroundKind {
    /** Information not held: FOIA s.1(1)(a), a denial, not a refusal. */
    DENIAL,
    /** s.12 cost limit (FOIA s.17(5)); EIR reg 12(4)(b) is a qualified exception instead. */
    COST_LIMIT,
    /** s.14 vexatious or repeated (FOIA s.17(5)). */
    VEXATIOUS_OR_REPEATED,
    /** An absolute exemption (FOIA s.2(3)). */
    ABSOLUTE_EXEMPTION,
    /** A qualified exemption or an EIR exception: the public interest test applies. */
    QUALIFIED_EXEMPTION,
    /** Procedure (s.17(1) itself, s.10, s.1(3)...) or advice and assistance (s.16). */
    PROCEDURE
  }

  /**
   * One provision relied on.
   *
   * @param questions the question numbers it is cited for
   * @param reference as a letter writes it: "s.43", "reg 12(5)(e)"
   * @param whyItApplies the authority's reasons (FOIA s.17(1)(c))
   * @param publicInterestFor the public interest in disclosure (qualified only)
   * @param publicInterestAgainst the public interest in maintaining the exemption (qualified only)
   * @param publicInterestConclusion why the balance falls as it does (FOIA s.17(3)(b))
   */
  public record Ground(
      List<Integer> questions,
      String reference,
      GroundKind kind,
      String whyItApplies,
      String publicInterestFor,
      String publicInterestAgainst,
      String publicInterestConclusion) {
    public Ground {
      questions = List.copyOf(questions);
    }

    /** True when relying on it refuses information, so a refusal notice is required. */
    public boolean refuses() {
      return kind == GroundKind.COST_LIMIT
          || kind == GroundKind.VEXATIOUS_OR_REPEATED
          || kind == GroundKind.ABSOLUTE_EXEMPTION
          || kind == GroundKind.QUALIFIED_EXEMPTION;
    }
  }

  /** True when any ground refuses information: FOIA s.17(1) or (5), EIR reg 14(1). */
  public boolean noticeRequired() {
    return grounds.stream().anyMatch(Ground::refuses);
  }
}
