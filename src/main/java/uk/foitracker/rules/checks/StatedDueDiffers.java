package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.rules.TimeForCompliance;
import uk.foitracker.rules.WorkingDayCalendar;

/**
 * FOIA s.10(1): "a public authority must comply with section 1(1) promptly and in any event not
 * later than the twentieth working day following the date of receipt"; EIR reg 5(2) the same. A due
 * date the authority states (in its acknowledgement) that differs from the statutory one tells the
 * requester the wrong day: when it is later, the requester is led to wait beyond the time the Act
 * allows before complaining (s.50).
 *
 * <p>A later stated date is lawful when the recorded clock events (clarification, fees, a s.10(3)
 * or reg 7 extension) or the Time for Compliance Regulations 2004 move the due date to it or
 * beyond: then nothing is found. Judged by {@link ResponseFacts#statedDueDiffers()}: the stated
 * date against the 20th working day after receipt on the UK-wide calendar (FOIA s.10(6)). A stated
 * date later than the statutory one is MEDIUM (it promises more time than the Act gives); an
 * earlier one is only a note (it binds the authority to answer sooner, which the Act allows:
 * "promptly"; authorities counting on one nation's bank holidays often state a day early). Clock
 * events (clarification, fees, extensions) can move the lawful date after an acknowledgement, so
 * this compares with the date as it stood on receipt, and says so.
 */
public final class StatedDueDiffers implements Rule {
  public static final String ID = "STATED_DUE_DIFFERS";

  @Override
  public String id() {
    return ID;
  }

  /** The statutory due date when the stated one differs from it, or null. */
  private static LocalDate statutory(ResponseFacts facts) {
    if (!facts.statedDueDiffers()) {
      return null;
    }
    try {
      return StatutoryClock.due(facts.regime(), facts.received().get()).due();
    } catch (OutsideCalendarException e) {
      return null;
    }
  }

  /**
   * The clock events that can account for a stated date: an extension (s.10(3), EIR reg 7) notified
   * on or after the day the authority had stated cannot be what that statement relied on (the
   * acknowledgement's "by 21/11/2022", then on 21/11/2022 "we need to extend"): it sets a new date
   * of its own, judged by the extension rules, and leaves the first statement wrong.
   */
  static List<ClockEvent> basis(List<ClockEvent> events, LocalDate stated) {
    return events.stream()
        .filter(
            e ->
                !((e instanceof ClockEvent.PublicInterestExtension
                        || e instanceof ClockEvent.ComplexVoluminousExtension)
                    && !e.date().isBefore(stated)))
        .toList();
  }

  /**
   * The latest lawful due date: the statutory one moved by the recorded clock events
   * (clarification, fees, extensions) and by the Time for Compliance Regulations for the authority.
   */
  private static LocalDate lawfulLatest(ResponseFacts facts, LocalDate statutory) {
    LocalDate due = statutory;
    try {
      List<ClockEvent> events = basis(facts.clockEvents(), facts.statedDue().get());
      if (!events.isEmpty()) {
        LocalDate today = facts.asOf();
        for (ClockEvent e : events) {
          today = e.date().isAfter(today) ? e.date() : today;
        }
        due =
            StatutoryClock.ukWide()
                .calculate(facts.regime(), facts.received().get(), events, today)
                .due()
                .orElse(statutory);
      }
      return TimeForCompliance.latestDue(
          facts.authorityType(),
          facts.regime(),
          facts.received().get(),
          due,
          WorkingDayCalendar.ukWide());
    } catch (InvalidClockEventsException | OutsideCalendarException e) {
      return due;
    }
  }

  @Override
  public List<Note> notes(ResponseFacts facts) {
    LocalDate statutory = statutory(facts);
    if (statutory == null || facts.statedDue().get().isAfter(statutory)) {
      return List.of();
    }
    return List.of(
        new Note(
            ID,
            List.of(),
            "The authority said the response was due on "
                + LawyerWording.day(facts.statedDue().get())
                + ", earlier than the statutory date of "
                + LawyerWording.day(statutory)
                + " (a bank holiday in any part of the UK is not a working day)."));
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    LocalDate statutory = statutory(facts);
    if (statutory == null || !facts.statedDue().get().isAfter(statutory)) {
      return List.of();
    }
    LocalDate stated = facts.statedDue().get();
    if (!stated.isAfter(lawfulLatest(facts, statutory))) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            facts.regime() == Regime.FOIA ? "s.10(1)" : "reg 5(2)",
            List.of(),
            Severity.MEDIUM,
            "The authority said the response was due on "
                + LawyerWording.day(stated)
                + ", but the 20th working day after it was received on "
                + LawyerWording.day(facts.received().get())
                + " is "
                + LawyerWording.day(statutory)
                + ": the stated date gives the authority more time than the law allows."));
  }
}
