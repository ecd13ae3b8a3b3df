package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.clock.ClockView;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockProblem;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.rules.WorkingDayCalendar;

/**
 * The statutory clock of stored requests, always computed from their clock events with {@link
 * StatutoryClock} as at today (UK time). Overdue is derived here, never stored; the work queue's
 * summary of each clock (due date, state, calendar) is stored by {@link ClockSummaries} only.
 */
@ApplicationScoped
public class RequestClocks {
  /** Working days left at or below which a request is "due soon". */
  public static final int DUE_SOON_WORKING_DAYS = 5;

  private final Clock clock;

  RequestClocks(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The version of the holiday calendar the clock counts on (see {@link ClockSummaries}). */
  public String calendarVersion() {
    // known without loading the holidays, so a start-up with nothing to bring up to date stays
    // quick
    return WorkingDayCalendar.ukWideVersion();
  }

  public ClockResult calculate(Regime regime, LocalDate received, List<ClockEventEntry> entries) {
    return StatutoryClock.ukWide()
        .calculate(
            regime, received, entries.stream().map(ClockEventEntry::toEvent).toList(), today());
  }

  /**
   * The clock of a request from its recorded events, the sending of the response among them.
   *
   * <p>One source of truth: the date a response was sent is the {@link
   * ClockEventKind#RESPONSE_SENT} row of the append-only {@code clock_event} table, written by
   * sending the response, like every other event that moves the clock. {@code FoiRequest.sentOn} is
   * only a read-only view of that row (a formula), so the clock, the letter and the published case
   * can never disagree about it.
   *
   * <p>Null when the request's received date is not stated: without a date of receipt there is no
   * statutory clock (FOIA s.10(1), EIR reg 5(2) count from it), so no due date and no timeliness.
   */
  public ClockResult calculate(FoiRequest request, List<ClockEventEntry> entries) {
    if (request.receivedOn == null) {
      return null;
    }
    List<ClockEvent> events = entries.stream().map(ClockEventEntry::toEvent).toList();
    return StatutoryClock.ukWide().calculate(request.regime, request.receivedOn, events, today());
  }

  /** The clock of a request from its events as the rule takes them. */
  public ClockResult calculateEvents(Regime regime, LocalDate received, List<ClockEvent> events) {
    return StatutoryClock.ukWide().calculate(regime, received, events, today());
  }

  /** What would be wrong if {@code added} joined the recorded events; empty when it fits. */
  public List<ClockProblem> problemsWith(
      Regime regime, LocalDate received, List<ClockEventEntry> entries, ClockEvent added) {
    List<ClockEvent> events =
        new ArrayList<>(entries.stream().map(ClockEventEntry::toEvent).toList());
    events.add(added);
    return StatutoryClock.ukWide().validate(regime, received, events, today());
  }

  /** What is wrong with the recorded events {@code entries}; empty when they make a clock. */
  public List<ClockProblem> problems(
      Regime regime, LocalDate received, List<ClockEventEntry> entries) {
    return StatutoryClock.ukWide()
        .validate(
            regime, received, entries.stream().map(ClockEventEntry::toEvent).toList(), today());
  }

  public static boolean dueSoon(ClockResult r) {
    return r.status() == ClockStatus.RUNNING && r.workingDaysLeft() <= DUE_SOON_WORKING_DAYS;
  }

  /** The clock for a page or the API; "no clock" when {@code r} is null (received not stated). */
  public ClockView view(ClockResult r) {
    return r == null ? ClockView.notStated() : ClockView.of(r, dueSoon(r));
  }

  public static String label(ClockResult r) {
    return ClockView.label(r.status(), dueSoon(r));
  }

  public static String colour(ClockResult r) {
    return ClockView.colour(r.status(), dueSoon(r));
  }
}
