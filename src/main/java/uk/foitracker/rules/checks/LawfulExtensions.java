package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * Whether the extensions of time recorded are lawful, so that the timeliness checks count only
 * those that are.
 *
 * <ul>
 *   <li>FOIA s.10(3): time may be extended only "if, and to the extent that, the requirement [to
 *       communicate] would not apply if the condition in section 2(2)(b) were satisfied", that is
 *       only to consider the public interest of a qualified exemption; and s.17(2) requires the
 *       notice saying so within the time for complying with s.1(1), the 20th working day (s.10(3)
 *       "does not affect the time by which any notice under section 17(1) must be given").
 *   <li>EIR reg 7(1): the 20 working days may be extended to 40 only where "the complexity and
 *       volume of the information requested means that it is impracticable ... to comply ... or to
 *       make a decision to refuse to do so", and reg 7(3) requires the applicant to be told "as
 *       soon as possible and in any event no later than 20 working days after the date of receipt".
 * </ul>
 */
final class LawfulExtensions {
  private LawfulExtensions() {}

  /** An extension that does not count, and why. */
  record Unlawful(ClockEvent event, String provision, String reason) {}

  /** The extensions recorded that do not hold, in recorded order. */
  static List<Unlawful> unlawful(StatutoryClock clock, ResponseFacts facts) {
    List<Unlawful> unlawful = new ArrayList<>();
    if (facts.received().isEmpty()) {
      return unlawful;
    }
    for (ClockEvent e : facts.clockEvents()) {
      if (e instanceof ClockEvent.PublicInterestExtension pi) {
        boolean qualified =
            facts.questions().stream()
                .flatMap(q -> q.citations().stream())
                .anyMatch(PublicInterestTests::needsTest);
        if (!qualified) {
          unlawful.add(
              new Unlawful(
                  e,
                  "s.10(3)",
                  "no qualified exemption is cited, and s.10(3) extends time only to consider"
                      + " the public interest in maintaining one"));
          continue;
        }
        Optional<LocalDate> day20 = day20(clock, facts, e);
        if (day20.isPresent() && pi.date().isAfter(day20.get())) {
          unlawful.add(
              new Unlawful(
                  e,
                  "s.17(2)",
                  "the s.17(2) notice extending time was given on "
                      + Timeliness.DAY.format(pi.date())
                      + ", after the 20th working day ("
                      + Timeliness.DAY.format(day20.get())
                      + ")"));
        }
      } else if (e instanceof ClockEvent.ComplexVoluminousExtension cv
          && facts.regime() == Regime.EIR) {
        Optional<LocalDate> day20 = day20(clock, facts, e);
        if (day20.isPresent() && cv.date().isAfter(day20.get())) {
          unlawful.add(
              new Unlawful(
                  e,
                  "reg 7(3)",
                  "the applicant was told of the extension on "
                      + Timeliness.DAY.format(cv.date())
                      + ", after the 20th working day ("
                      + Timeliness.DAY.format(day20.get())
                      + ")"));
        }
      }
    }
    return unlawful;
  }

  /** The recorded events less the extensions that do not hold. */
  static List<ClockEvent> lawfulEvents(StatutoryClock clock, ResponseFacts facts) {
    List<ClockEvent> dropped = unlawful(clock, facts).stream().map(Unlawful::event).toList();
    return facts.clockEvents().stream().filter(e -> !dropped.contains(e)).toList();
  }

  /** The 20th working day (after clarification and fees), without the extension {@code ext}. */
  private static Optional<LocalDate> day20(
      StatutoryClock clock, ResponseFacts facts, ClockEvent ext) {
    List<ClockEvent> events =
        facts.clockEvents().stream()
            .filter(e -> e != ext && !(e instanceof ClockEvent.ResponseSent))
            .filter(e -> !e.date().isAfter(ext.date()))
            .toList();
    LocalDate today = facts.asOf();
    if (facts.received().get().isAfter(today)) {
      today = facts.received().get(); // as at a day before receipt: the clock starts at receipt
    }
    for (ClockEvent e : facts.clockEvents()) {
      if (e.date().isAfter(today)) {
        today = e.date();
      }
    }
    try {
      ClockResult r = clock.calculate(facts.regime(), facts.received().get(), events, today);
      return r.due();
    } catch (InvalidClockEventsException | OutsideCalendarException e) {
      return Optional.empty();
    }
  }
}
