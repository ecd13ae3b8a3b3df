package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * FOIA s.17(1): the refusal notice must be given "within the time for complying with section 1(1)",
 * and s.10(3) "does not affect the time by which any notice under section 17(1) must be given":
 * even when time is extended to consider the public interest, the notice that states the exemption
 * is due by the 20th working day (s.17(2) lets it say the decision is not yet reached). EIR reg
 * 14(2): "as soon as possible and no later than 20 working days after the date of receipt", moved
 * to 40 by a reg 7 extension (reg 7(2)).
 *
 * <p>The notice is taken as given on the day of the public interest extension notice when there is
 * one, otherwise on the day the response was sent.
 */
public final class S17NoticeTimeliness implements Rule {
  public static final String ID = "S17_NOTICE_TIMELINESS";

  private final StatutoryClock clock;

  public S17NoticeTimeliness(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (!facts.givesRefusalNotice()) {
      return List.of();
    }
    String provision = facts.regime() == Regime.FOIA ? "s.17(1)" : "reg 14(2)";
    List<Integer> numbers =
        facts.questions().stream()
            .filter(QuestionFacts::givesRefusalNotice)
            .map(QuestionFacts::number)
            .toList();
    LocalDate extensionNotice =
        // the s.17(2) notice states the exemption, so it is the refusal notice even when it came
        // too late to extend time (S17_2_EXTENSION's finding)
        facts.clockEvents().stream()
            .filter(e -> e instanceof ClockEvent.PublicInterestExtension)
            .map(ClockEvent::date)
            .findFirst()
            .orElse(null);
    if (extensionNotice == null && !facts.responded()) {
      return List.of(); // no notice given yet: an overdue response is TIMELINESS's finding
    }
    Timeliness.Outcome o = Timeliness.clock(clock, facts, extensionNotice == null);
    if (o.result().isEmpty()) {
      return List.of(new Finding(ID, provision, numbers, Severity.CANNOT_ASSESS, o.cannotAssess()));
    }
    ClockResult r = o.result().get();
    LocalDate given = extensionNotice != null ? extensionNotice : facts.sent().orElse(null);
    if (given == null || r.refusalNoticeDue().isEmpty()) {
      return List.of();
    }
    LocalDate due = r.refusalNoticeDue().get();
    if (!given.isAfter(due)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            provision,
            numbers,
            Severity.HIGH,
            "The refusal notice was given on "
                + Timeliness.DAY.format(given)
                + (extensionNotice != null ? " (with the public interest extension)" : "")
                + ", after it was due on "
                + Timeliness.DAY.format(due)
                + (extensionNotice != null
                    ? ": extending time for the public interest does not move it."
                    : ".")));
  }
}
