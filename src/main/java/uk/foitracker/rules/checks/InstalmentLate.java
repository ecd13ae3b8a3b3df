package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * FOIA s.10(1): "a public authority must comply with section 1(1) promptly and in any event not
 * later than the twentieth working day following the date of receipt"; EIR reg 5(2) the same. A
 * response sent in instalments complies with s.1(1) only when the instalment that completes it is
 * sent (see {@link uk.foitracker.rules.Instalments}): information given after the due date is given
 * late, even when an earlier instalment went in time.
 *
 * <p>The completing instalment is the first after which every question has been answered and that
 * does not say more is to follow. When it was sent after the due date (worked by {@link
 * StatutoryClock} from the recorded clock events, so lawful extensions and pauses count), that is a
 * breach of s.10(1) (HIGH). When the instalments end without one that completes the response, and
 * the due date has passed, the questions left open are reported (MEDIUM: a further instalment may
 * simply not be recorded). A response sent in one go is left to the timeliness check.
 */
public final class InstalmentLate implements Rule {
  public static final String ID = "INSTALMENT_LATE";

  private final StatutoryClock clock;

  public InstalmentLate(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The due date from the recorded events, or empty when it cannot be worked out. */
  Optional<LocalDate> due(ResponseFacts facts, LocalDate latest) {
    if (facts.received().isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = facts.asOf().isAfter(latest) ? facts.asOf() : latest;
    for (ClockEvent e : facts.clockEvents()) {
      if (e.date().isAfter(today)) {
        today = e.date();
      }
    }
    try {
      ClockResult r =
          clock.calculate(facts.regime(), facts.received().get(), facts.clockEvents(), today);
      return r.due();
    } catch (InvalidClockEventsException | OutsideCalendarException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<InstalmentFacts> instalments = facts.instalments();
    if (instalments.size() < 2 || facts.received().isEmpty()) {
      return List.of();
    }
    Set<Integer> all = new LinkedHashSet<>();
    facts.questions().forEach(q -> all.add(q.number()));
    Set<Integer> answered = new LinkedHashSet<>();
    InstalmentFacts completing = null;
    LocalDate latest = facts.received().get();
    for (InstalmentFacts i : instalments) {
      answered.addAll(i.questionNumbers());
      if (i.sent().isPresent() && i.sent().get().isAfter(latest)) {
        latest = i.sent().get();
      }
      if (completing == null && !i.moreToFollow() && answered.containsAll(all)) {
        completing = i;
      }
    }
    Optional<LocalDate> due = due(facts, latest);
    if (due.isEmpty()) {
      return List.of();
    }
    String provision = facts.regime() == Regime.FOIA ? "s.10(1)" : "reg 5(2)";
    if (completing == null) {
      if (!facts.asOf().isAfter(due.get())) {
        return List.of();
      }
      List<Integer> open = new ArrayList<>(all);
      open.removeAll(answered);
      boolean said = instalments.get(instalments.size() - 1).moreToFollow();
      return List.of(
          new Finding(
              ID,
              provision,
              open,
              Severity.MEDIUM,
              "The response was sent in "
                  + instalments.size()
                  + " instalments, but none of them completes it"
                  + (said ? " (the last says more is to follow)" : "")
                  + (open.isEmpty()
                      ? ""
                      : ": " + Wording.questions(open).toLowerCase() + " not answered")
                  + ", and it was due on "
                  + LawyerWording.day(due.get())
                  + "."));
    }
    if (completing.sent().isEmpty() || !completing.sent().get().isAfter(due.get())) {
      return List.of();
    }
    List<Integer> lateQuestions = new ArrayList<>(completing.questionNumbers());
    boolean firstInTime = instalments.get(0).sent().map(s -> !s.isAfter(due.get())).orElse(false);
    return List.of(
        new Finding(
            ID,
            provision,
            lateQuestions,
            Severity.HIGH,
            "Instalment "
                + completing.number()
                + " of "
                + instalments.size()
                + ", which completes the response, was sent on "
                + LawyerWording.day(completing.sent().get())
                + ", after the due date of "
                + LawyerWording.day(due.get())
                + (firstInTime ? " (the first instalment was in time, but the rest was not)" : "")
                + "."));
  }
}
