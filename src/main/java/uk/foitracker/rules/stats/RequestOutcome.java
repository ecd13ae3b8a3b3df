package uk.foitracker.rules.stats;

import java.util.List;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;

/**
 * The initial outcome of a resolved request, in the categories of the government's FOI statistics
 * (Cabinet Office bulletins, "Outcomes of FOI requests"): a request is "resolvable" when a
 * substantive response could be given, that is unless the information is not held, it is refused on
 * cost (s.12) or as vexatious or repeated (s.14); a resolvable request is granted in full, withheld
 * in part or withheld in full.
 *
 * <p>How the questions of one request decide it, in this order:
 *
 * <ol>
 *   <li>s.14 cited for any question: the request is refused as vexatious (s.14(1)) or repeated
 *       (s.14(2)): s.14 relieves the authority of the whole request. A citation of "s.14" that does
 *       not say which subsection is counted apart, never guessed.
 *   <li>any question refused on cost, or s.12 cited: refused on cost. s.12(1) applies to the
 *       request as a whole: the authority "need not comply with the request".
 *   <li>every question not held (s.1(1)(a)), including "not held, related information given": not
 *       held.
 *   <li>otherwise resolvable. Withheld means an exemption or EIR exception applied (ss.21 to 44;
 *       EIR reg 12, 13), or neither confirm nor deny: withheld in full when no question gives any
 *       information, in part when some does, and granted in full when nothing is withheld. A part
 *       of the request that is simply not held is not "withheld": nothing held was kept back.
 * </ol>
 *
 * A question whose outcome is not recorded leaves the request "outcome not recorded".
 *
 * <p>The categories' names, as the statistics page and its CSV show them, are display: see {@code
 * uk.foitracker.web.StatuteLabels}.
 */
public enum RequestOutcome {
  GRANTED_IN_FULL(true),
  PARTLY_WITHHELD(true),
  FULLY_WITHHELD(true),
  NOT_HELD(false),
  REFUSED_COST(false),
  VEXATIOUS(false),
  REPEATED(false),
  S14_SUBSECTION_NOT_STATED(false),
  NOT_RECORDED(false);

  static final String S14 = "FOIA-14";
  static final String S14_1 = "FOIA-14-1";
  static final String S14_2 = "FOIA-14-2";
  static final String S12 = "FOIA-12";

  private final boolean resolvable;

  RequestOutcome(boolean resolvable) {
    this.resolvable = resolvable;
  }

  /** Granted in full, partly or fully withheld: a substantive response was possible. */
  public boolean resolvable() {
    return resolvable;
  }

  /** Classifies a resolved request by its questions (see the class comment). */
  public static RequestOutcome classify(List<QuestionFacts> questions) {
    if (questions.isEmpty() || questions.stream().anyMatch(q -> q.outcome().isEmpty())) {
      return NOT_RECORDED;
    }
    List<Cited> cited = questions.stream().flatMap(q -> q.citations().stream()).toList();
    if (cited.stream().anyMatch(c -> c.code().equals(S14_1))) {
      return VEXATIOUS;
    }
    if (cited.stream().anyMatch(c -> c.code().equals(S14_2))) {
      return REPEATED;
    }
    if (cited.stream().anyMatch(c -> c.code().equals(S14))) {
      return S14_SUBSECTION_NOT_STATED;
    }
    if (questions.stream().anyMatch(q -> q.outcomeIs(Outcome.REFUSED_COST_LIMIT))
        || cited.stream().anyMatch(c -> c.code().equals(S12))) {
      return REFUSED_COST;
    }
    if (questions.stream().allMatch(RequestOutcome::notHeld)) {
      return NOT_HELD;
    }
    boolean withheld =
        questions.stream().anyMatch(RequestOutcome::withholds)
            || cited.stream().anyMatch(c -> c.type().isExemption());
    if (!withheld) {
      return GRANTED_IN_FULL;
    }
    boolean anyGiven = questions.stream().anyMatch(RequestOutcome::gives);
    return anyGiven ? PARTLY_WITHHELD : FULLY_WITHHELD;
  }

  private static boolean notHeld(QuestionFacts q) {
    return q.outcomeIs(Outcome.NOT_HELD) || q.outcomeIs(Outcome.RELATED_INFORMATION_GIVEN);
  }

  private static boolean withholds(QuestionFacts q) {
    return q.outcomeIs(Outcome.REFUSED_EXEMPTION)
        || q.outcomeIs(Outcome.NEITHER_CONFIRM_NOR_DENY)
        || q.citations().stream().anyMatch(c -> c.type().isExemption());
  }

  private static boolean gives(QuestionFacts q) {
    return q.outcomeIs(Outcome.PROVIDED_IN_FULL)
        || q.outcomeIs(Outcome.PROVIDED_IN_PART)
        || q.outcomeIs(Outcome.RELATED_INFORMATION_GIVEN);
  }
}
