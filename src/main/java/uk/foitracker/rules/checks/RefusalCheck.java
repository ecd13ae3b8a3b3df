package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.foitracker.rules.StatutoryClock;

/**
 * Runs every rule over a response: the refusal notice against FOIA s.17, the cost refusal against
 * s.12 and s.16, denials against s.1(1)(a), the time taken against s.10 and s.17(1), and the data
 * published against what was asked and against s.40(2); then the public interest test against
 * s.2(3) and EIR reg 12(2), EIR cost refusals against reg 12(4)(b), the stated limit against the
 * Fees Regulations, and extensions against s.10(3), s.17(2) and EIR reg 7.
 */
public final class RefusalCheck {

  private final List<Rule> rules;

  public RefusalCheck(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every rule, with the UK-wide statutory clock. */
  public static RefusalCheck standard() {
    return standard(StatutoryClock.ukWide());
  }

  public static RefusalCheck standard(StatutoryClock clock) {
    return new RefusalCheck(
        List.of(
            new S17_7Rights(),
            new S17_1Reasons(),
            new S17_3PublicInterest(),
            new S12ItemisedEstimate(),
            new S16Advice(),
            new NotHeldAsExemption(),
            new Timeliness(clock),
            new S17NoticeTimeliness(clock),
            new IdenticalTables(),
            new TermRenamed(),
            new SmallNumbers(),
            new StatedTotals(),
            new S12CalledExemption(),
            new S12HoursMismatch(),
            new S12_2ConfirmDeny(),
            new PeriodMismatch(),
            new WithheldNoExemption(),
            new NcndPublished(),
            new StatedDueDiffers(),
            ReviewLate.late(),
            ReviewLate.noDecision(),
            new InstalmentLate(clock),
            new S14Reasons(),
            new PublicInterestOnAbsolute(),
            new EirPresumption(),
            new EirS12(),
            new AppropriateLimitStated(),
            new S17_2Extension(clock),
            new Reg7Extension(clock)));
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Worst first; then by the first question concerned (the whole response first); then rule. */
  public static final Comparator<Finding> WORST_FIRST =
      Comparator.comparing(Finding::severity)
          .thenComparingInt(f -> f.questionNumbers().isEmpty() ? 0 : f.questionNumbers().get(0))
          .thenComparing(Finding::ruleId);

  public CheckResult review(ResponseFacts facts) {
    List<Finding> findings = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(facts));
      notes.addAll(rule.notes(facts));
    }
    findings.sort(WORST_FIRST);
    return new CheckResult(findings, notes);
  }
}
