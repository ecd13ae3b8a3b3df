package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.foitracker.rules.AuthorityType;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.rules.TimeForCompliance;

/**
 * FOIA s.10(1): "a public authority must comply with section 1(1) promptly and in any event not
 * later than the twentieth working day following the date of receipt", or by the date a s.10(3)
 * public interest extension set; EIR reg 5(2) the same, or the 40th working day after a reg 7
 * extension. The clock is {@link StatutoryClock} on the UK-wide calendar, fed with the recorded
 * events (clarification, fees, instalments, regime changes), less the extensions that do not hold
 * ({@link LawfulExtensions}).
 *
 * <p>Without a date of receipt (or, once the response has gone, without the date it was sent) the
 * check cannot be made and says so: no date is ever assumed.
 */
public final class Timeliness implements Rule {
  public static final String ID = "TIMELINESS";

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final StatutoryClock clock;

  public Timeliness(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  static String provision(Regime regime) {
    return regime == Regime.FOIA ? "s.10(1)" : "reg 5(2)";
  }

  /** The clock from the facts, or why it cannot be worked out. */
  record Outcome(Optional<ClockResult> result, String cannotAssess) {}

  static Outcome clock(StatutoryClock clock, ResponseFacts facts, boolean needSent) {
    List<String> unstated = new ArrayList<>();
    if (facts.received().isEmpty()) {
      unstated.add("the date received");
    }
    if (needSent && facts.sent().isEmpty()) {
      unstated.add("the date sent");
    }
    if (!unstated.isEmpty()) {
      return new Outcome(
          Optional.empty(),
          "Cannot be assessed: dates not stated (" + Wording.list(unstated) + ").");
    }
    // an extension that does not hold (s.10(3), s.17(2), EIR reg 7(3)) does not move the due date
    List<ClockEvent> events = new ArrayList<>(LawfulExtensions.lawfulEvents(clock, facts));
    boolean sentRecorded = events.stream().anyMatch(e -> e instanceof ClockEvent.ResponseSent);
    facts
        .sent()
        .filter(s -> !sentRecorded)
        .ifPresent(s -> events.add(new ClockEvent.ResponseSent(s)));
    // the day judged as at (today, or the day asked for); the time for compliance runs from the
    // date of receipt (s.10(1), reg 5(2)), so as at a day before it nothing is yet due
    LocalDate today = facts.asOf();
    if (facts.received().get().isAfter(today)) {
      today = facts.received().get();
    }
    for (ClockEvent e : events) {
      if (e.date().isAfter(today)) {
        today = e.date();
      }
    }
    try {
      return new Outcome(
          Optional.of(clock.calculate(facts.regime(), facts.received().get(), events, today)),
          null);
    } catch (InvalidClockEventsException e) {
      return new Outcome(
          Optional.empty(),
          "Cannot be assessed: the recorded dates are inconsistent ("
              + e.problems().get(0).message()
              + ")");
    } catch (OutsideCalendarException e) {
      return new Outcome(
          Optional.empty(),
          "Cannot be assessed: " + e.date() + " is outside the working-day calendar.");
    }
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    boolean sent = facts.responded();
    Outcome o = clock(clock, facts, sent);
    if (o.result().isEmpty()) {
      return List.of(
          new Finding(
              ID, provision(facts.regime()), List.of(), Severity.CANNOT_ASSESS, o.cannotAssess()));
    }
    ClockResult r = o.result().get();
    if (!r.late() || withinTimeForComplianceRegulations(facts, r)) {
      return List.of();
    }
    String due = r.due().map(DAY::format).orElse("not known");
    String message =
        sent
            ? "Sent on "
                + DAY.format(facts.sent().get())
                + ", "
                + r.lateByWorkingDays()
                + " working "
                + (r.lateByWorkingDays() == 1 ? "day" : "days")
                + " after it was due ("
                + due
                + ")."
            : "No response sent, and it was due on "
                + due
                + ": "
                + r.lateByWorkingDays()
                + " working "
                + (r.lateByWorkingDays() == 1 ? "day" : "days")
                + " overdue.";
    List<LawfulExtensions.Unlawful> dropped = LawfulExtensions.unlawful(clock, facts);
    if (!dropped.isEmpty()) {
      message +=
          " The extension of "
              + DAY.format(dropped.get(0).event().date())
              + " is not counted: "
              + dropped.get(0).reason()
              + ".";
    }
    return List.of(new Finding(ID, provision(facts.regime()), List.of(), Severity.HIGH, message));
  }

  /**
   * Whether the Time for Compliance Regulations 2004 give this authority longer and the response
   * (or today, while open) is within it: see {@link TimeForCompliance}.
   */
  private boolean withinTimeForComplianceRegulations(ResponseFacts facts, ClockResult r) {
    if (facts.authorityType() == AuthorityType.STANDARD || r.due().isEmpty()) {
      return false;
    }
    try {
      LocalDate latest =
          TimeForCompliance.latestDue(
              facts.authorityType(), facts.regime(), r.received(), r.due().get(), clock.calendar());
      LocalDate at = facts.responded() ? facts.sent().orElse(facts.asOf()) : facts.asOf();
      return !at.isAfter(latest);
    } catch (OutsideCalendarException e) {
      return false;
    }
  }
}
