package uk.foitracker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A response sent in instalments (issue 17, point 5): which instalment stops the statutory clock.
 *
 * <p>FOIA s.1(1) gives two duties, to confirm or deny and to communicate the information; s.10(1)
 * requires the authority to comply with s.1(1) "promptly and in any event not later than the
 * twentieth working day following the date of receipt", and a refusal notice for what is withheld
 * is due within the same time (s.17(1)). An instalment that leaves part of the request open has not
 * complied with s.1(1) for that part. The ICO's guidance on time limits for compliance (section 10)
 * and its decision notices on partial responses read it the same way: information provided after
 * the deadline is provided late even if an earlier reply was on time (check the current text of the
 * guidance before quoting a paragraph of it). So the clock stops on the first instalment after
 * which every question has an outcome and its answer (a fully refused question's refusal reasons
 * are its answer, s.17(1)(c)), unless the authority said more was to follow (Sheffield's first
 * instalment in example 08: "A further disclosure to you will be made imminently"). Earlier
 * instalments stop nothing; later ones (a further disclosure, information released at internal
 * review) do not move it again. The same applies under the EIR (reg 5(2), reg 14(2)).
 */
public final class Instalments {
  private Instalments() {}

  /** What sending an instalment does to the statutory clock. */
  public enum Effect {
    /** The response is now complete: this instalment's date stops the clock (s.10(1)). */
    STOPS_CLOCK,
    /** Part of the request is still open: the clock runs on. */
    STOPS_NOTHING,
    /** The clock was already stopped by an earlier instalment: a further disclosure. */
    FURTHER_DISCLOSURE
  }

  /**
   * One question as it stands when an instalment is sent.
   *
   * @param number the question's number
   * @param outcome its outcome, or null when none is chosen
   * @param answered true when an answer (sent now or earlier) covers it
   */
  public record QuestionState(int number, Outcome outcome, boolean answered) {}

  /**
   * True when a question with this outcome needs answer text: a full refusal (cost limit, an
   * exemption, neither confirm nor deny) is answered by its refusal reasons, s.17(1)(c).
   */
  public static boolean needsAnswerText(Outcome outcome) {
    return outcome != Outcome.REFUSED_COST_LIMIT
        && outcome != Outcome.REFUSED_EXEMPTION
        && outcome != Outcome.NEITHER_CONFIRM_NOR_DENY;
  }

  /** The questions still open: no outcome, or no answer where the outcome needs one. */
  public static List<Integer> open(List<QuestionState> questions) {
    List<Integer> open = new ArrayList<>();
    for (QuestionState q : questions) {
      if (q.outcome() == null || (!q.answered() && needsAnswerText(q.outcome()))) {
        open.add(q.number());
      }
    }
    return open;
  }

  /**
   * What the instalment about to be sent does to the clock.
   *
   * @param clockStopped an earlier instalment already completed the response
   * @param moreToFollow the authority says this instalment is not the whole response
   * @param questions every question of the request, counting this instalment's answers
   */
  public static Effect effect(
      boolean clockStopped, boolean moreToFollow, List<QuestionState> questions) {
    Objects.requireNonNull(questions, "questions");
    if (clockStopped) {
      return Effect.FURTHER_DISCLOSURE;
    }
    return moreToFollow || !open(questions).isEmpty() ? Effect.STOPS_NOTHING : Effect.STOPS_CLOCK;
  }
}
