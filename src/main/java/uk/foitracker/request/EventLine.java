package uk.foitracker.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;

/**
 * A recorded clock event for the API; {@code regimeFrom}, {@code regimeTo} and {@code reason} only
 * for a change of regime (REGIME_CHANGED). {@code id} names the event to correct or withdraw;
 * {@code withdrawn} with when, by whom and why, for an event withdrawn (it no longer moves the
 * clock); {@code correctsEvent} the id of the event a correction replaced.
 */
public record EventLine(
    String kind,
    LocalDate date,
    LocalDate newDue,
    String actor,
    Regime regimeFrom,
    Regime regimeTo,
    String reason,
    Long id,
    boolean withdrawn,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawnReason,
    Long correctsEvent) {

  static EventLine of(ClockEventEntry e) {
    return new EventLine(
        e.kind.name(),
        e.date,
        e.extraDate,
        e.actor,
        e.regimeFrom,
        e.regimeTo,
        e.reason,
        e.id,
        e.withdrawn(),
        e.withdrawnAt,
        e.withdrawnBy,
        e.withdrawnReason,
        e.correctsEventId);
  }

  /** How the request page words it, e.g. "Asked for clarification on Monday 3 March 2025". */
  public String text() {
    String words = ClockEventKind.valueOf(kind).pastTense() + " on " + Dates.withDay(date);
    return newDue == null ? words : words + "; decision due " + Dates.withDay(newDue);
  }

  /** True for an event an officer may correct or withdraw (not the sending of the response). */
  public boolean correctable() {
    return !withdrawn && ClockEventKind.valueOf(kind).recordedDirectly();
  }

  public String withdrawnText() {
    return withdrawnAt == null
        ? ""
        : Dates.display(LocalDate.ofInstant(withdrawnAt, ZoneId.of("Europe/London")));
  }
}
