package uk.foitracker.rules.stats;

import java.util.List;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;

/**
 * The initial outcome of a resolved request, in the categories of the Cabinet Office's "Freedom of
 * Information statistics" bulletins (Table 5, "initial outcomes of non-routine information
 * requests"; Tables 6a and 6b; definitions in the bulletin's explanatory notes and the FOI
 * statistics "Quality and Methodology Information", concepts and definitions,
 * gov.uk/government/statistics/foi-statistics-supporting-documents/quality-and-methodology-information).
 *
 * <p>"Resolvable" requests are those on which a substantive decision about releasing the
 * information could be made: granted in full, partially withheld or withheld in full. Not
 * resolvable: information not held, and (counted apart, by {@link OpenStatus}) requests lapsed or
 * withdrawn and requests on hold. The bulletin puts refusals on cost (s.12) and as vexatious or
 * repeated (s.14) inside "withheld in full", so inside "resolvable"; its Table 6b then shows the
 * share granted in full "excluding procedural refusals" (s.12 and s.14): see {@link #procedural}.
 * Neither confirm nor deny (FOIA s.2(1), the "duty to confirm or deny" exclusions; EIR reg 12(6))
 * is a refusal in full when it is the answer to the whole request.
 *
 * <p>How the questions of one request decide it, in this order:
 *
 * <ol>
 *   <li>s.14 cited for any question: refused as vexatious (s.14(1)) or repeated (s.14(2)): s.14
 *       relieves the authority of the whole request. A citation of "s.14" that does not say which
 *       subsection is counted apart, never guessed.
 *   <li>any question refused on cost, or s.12 cited: refused on cost. s.12(1) applies to the
 *       request as a whole: the authority "need not comply with the request".
 *   <li>every question neither confirmed nor denied: neither confirm nor deny.
 *   <li>every question not held (s.1(1)(a)), including "not held, related information given": not
 *       held.
 *   <li>otherwise withheld (an exemption or EIR exception applied, ss.21 to 44, EIR regs 12 and 13,
 *       or neither confirm nor deny for some question): withheld in full when no question gives any
 *       information, partially withheld when some does; granted in full when nothing is withheld. A
 *       part of the request that is simply not held is not "withheld": nothing held was kept back.
 * </ol>
 *
 * A question whose outcome is not recorded leaves the request "outcome not recorded" (neither
 * resolvable nor not held: it is not invented).
 *
 * <p>The categories' names, as the statistics page and its CSV show them, are display: see {@code
 * uk.foitracker.web.StatuteLabels}.
 */
public enum RequestOutcome {
  GRANTED_IN_FULL(true, false),
  PARTLY_WITHHELD(true, false),
  FULLY_WITHHELD(true, true),
  NEITHER_CONFIRM_NOR_DENY(true, true),
  NOT_HELD(false, false),
  REFUSED_COST(true, true),
  VEXATIOUS(true, true),
  REPEATED(true, true),
  S14_SUBSECTION_NOT_STATED(true, true),
  NOT_RECORDED(false, false);

  static final String S14 = "FOIA-14";
  static final String S14_1 = "FOIA-14-1";
  static final String S14_2 = "FOIA-14-2";
  static final String S12 = "FOIA-12";

  private final boolean resolvable;
  private final boolean withheldInFull;

  RequestOutcome(boolean resolvable, boolean withheldInFull) {
    this.resolvable = resolvable;
    this.withheldInFull = withheldInFull;
  }

  /**
   * Granted in full, partially withheld or withheld in full (s.12 and s.14 refusals and neither
   * confirm nor deny among them): a substantive decision was possible.
   */
  public boolean resolvable() {
    return resolvable;
  }

  /**
   * The bulletin's "withheld in full": an exemption or exception, neither confirm nor deny, s.12 or
   * s.14.
   */
  public boolean withheldInFull() {
    return withheldInFull;
  }

  /** A "procedural refusal" of the bulletin's Table 6b: s.12 or s.14. */
  public boolean procedural() {
    return this == REFUSED_COST
        || this == VEXATIOUS
        || this == REPEATED
        || this == S14_SUBSECTION_NOT_STATED;
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
    if (questions.stream().allMatch(q -> q.outcomeIs(Outcome.NEITHER_CONFIRM_NOR_DENY))) {
      return NEITHER_CONFIRM_NOR_DENY;
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
