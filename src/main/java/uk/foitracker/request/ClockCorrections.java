package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Putting right a clock event recorded by mistake: correct its date (and the new due date of an
 * extension), or withdraw it, always with a reason. Nothing is deleted: the event is marked
 * withdrawn (who, when, why) and stays in the request's history; a correction records the corrected
 * event beside it. The clock, the due date and the state are worked out again, and the audit event
 * holds the before and after.
 */
@ApplicationScoped
@Transactional
public class ClockCorrections {
  private final Clock clock;
  private final AuditLog audit;
  private final RequestClocks clocks;
  private final ClockSummaries summaries;
  private final OfficerRequests officer;

  ClockCorrections(
      Clock clock,
      AuditLog audit,
      RequestClocks clocks,
      ClockSummaries summaries,
      OfficerRequests officer) {
    this.clock = clock;
    this.audit = audit;
    this.clocks = clocks;
    this.summaries = summaries;
    this.officer = officer;
  }

  /**
   * Replaces event {@code eventId} by the same event on {@code date} (and, for a public interest
   * extension, with the new due date {@code newDue}); returns the corrected event's id. An
   * extension whose corrected dates bring a warning needs {@code confirmed}.
   */
  public long correct(
      String reference,
      long version,
      long eventId,
      DateField date,
      DateField newDue,
      String reason,
      boolean confirmed,
      String actor) {
    FoiRequest r = RequestLocks.current(reference, version);
    ClockEventEntry old = standing(r, eventId);
    List<FieldError> errors = new ArrayList<>();
    LocalDate on = officer.checkDate(date, "date", "Date", "Enter the date", errors);
    LocalDate due = null;
    if (old.kind.needsExtraDate()) {
      DateField.Result parsed =
          newDue.parse("New date for the decision", "Enter the new date for the decision");
      if (parsed.error() != null) {
        errors.add(new FieldError("newDue", parsed.error()));
      } else {
        due = parsed.date().get();
      }
    }
    String why = reason(reason, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    if (on.equals(old.date) && (due == null || due.equals(old.extraDate))) {
      throw ValidationProblem.of(
          "date", "The date is the one recorded; change it, or withdraw the event instead");
    }
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    List<ClockEventEntry> others = new ArrayList<>(entries);
    others.removeIf(e -> e.id.equals(old.id));
    Regime regime = old.kind.needsRegime() ? old.regimeTo : null;
    officer.checkAgainstClock(r, others, old.kind, on, due, old.regimeFrom, regime);
    ClockResult before = clocks.calculate(r, entries);
    if (!confirmed) {
      List<ClockEvent> candidate =
          new ArrayList<>(others.stream().map(ClockEventEntry::toEvent).toList());
      candidate.add(old.kind.toEvent(on, due, old.regimeFrom, old.regimeTo));
      OfficerRequests.confirmExtension(
          old.kind, before, clocks.calculateEvents(r.regime, r.receivedOn, candidate));
    }
    String beforeText = OfficerRequests.describe(r, before) + " Event: " + describe(old) + ".";
    withdraw(old, why, actor);
    ClockEventEntry corrected = new ClockEventEntry();
    corrected.request = r;
    corrected.kind = old.kind;
    corrected.date = on;
    corrected.extraDate = due;
    corrected.regimeFrom = old.regimeFrom;
    corrected.regimeTo = old.regimeTo;
    corrected.reason = old.reason;
    corrected.correctsEventId = old.id;
    corrected.actor = actor;
    corrected.recordedAt = Instant.now(clock);
    corrected.persist();
    others.add(corrected);
    ClockResult after = refresh(r, others);
    audit.record(
        actor,
        "clock.corrected",
        OfficerRequests.SUBJECT,
        r.id,
        "Corrected: "
            + old.kind.pastTense()
            + " on "
            + Dates.withDay(old.date)
            + " is now on "
            + Dates.withDay(on)
            + (due == null ? "" : ", decision due " + Dates.withDay(due))
            + ". Reason: "
            + why,
        beforeText,
        OfficerRequests.describe(r, after) + " Event: " + describe(corrected) + ".");
    return corrected.id;
  }

  /**
   * Withdraws event {@code eventId}: it stops moving the clock and stays in the history marked
   * withdrawn. Withdrawing a change of regime returns the request to the regime it had.
   */
  public void withdraw(String reference, long version, long eventId, String reason, String actor) {
    FoiRequest r = RequestLocks.current(reference, version);
    ClockEventEntry old = standing(r, eventId);
    List<FieldError> errors = new ArrayList<>();
    String why = reason(reason, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    List<ClockEventEntry> others = new ArrayList<>(entries);
    others.removeIf(e -> e.id.equals(old.id));
    Regime regime = r.regime;
    if (old.kind == ClockEventKind.REGIME_CHANGED) {
      boolean later =
          others.stream().anyMatch(e -> e.kind == ClockEventKind.REGIME_CHANGED && e.id > old.id);
      if (later) {
        throw ValidationProblem.of(
            "reason",
            "The regime changed again after this; withdraw the later change of regime first");
      }
      regime = old.regimeFrom;
    }
    if (r.receivedOn != null) {
      List<String> problems =
          clocks.problems(regime, r.receivedOn, others).stream()
              .map(p -> p.message())
              .distinct()
              .toList();
      if (!problems.isEmpty()) {
        throw new ValidationProblem(
            problems.stream()
                .map(
                    m ->
                        new FieldError(
                            "reason", "Withdrawing this event would leave the clock wrong: " + m))
                .toList());
      }
    }
    ClockResult before = clocks.calculate(r, entries);
    String beforeText = OfficerRequests.describe(r, before) + " Event: " + describe(old) + ".";
    withdraw(old, why, actor);
    r.regime = regime;
    ClockResult after = refresh(r, others);
    audit.record(
        actor,
        "clock.withdrawn",
        OfficerRequests.SUBJECT,
        r.id,
        "Withdrawn: "
            + old.kind.pastTense()
            + " on "
            + Dates.withDay(old.date)
            + ". Reason: "
            + why,
        beforeText,
        OfficerRequests.describe(r, after) + " Event withdrawn.");
  }

  private ClockResult refresh(FoiRequest r, List<ClockEventEntry> standing) {
    ClockResult after = summaries.refresh(r, standing);
    if (after != null && OfficerRequests.isOpen(r.state)) {
      r.state = OfficerRequests.stateFor(after.status());
    }
    return after;
  }

  private void withdraw(ClockEventEntry e, String why, String actor) {
    e.withdrawnAt = Instant.now(clock);
    e.withdrawnBy = actor;
    e.withdrawnReason = why;
    e.flush();
  }

  /** The event, standing, of this request; the sending of the response is not corrected here. */
  private static ClockEventEntry standing(FoiRequest r, long eventId) {
    ClockEventEntry e = ClockEventEntry.findById(eventId);
    if (e == null || !e.request.id.equals(r.id)) {
      throw ValidationProblem.of("event", "The request has no clock event " + eventId);
    }
    if (e.withdrawn()) {
      throw ValidationProblem.of("event", "This clock event has already been withdrawn");
    }
    if (!e.kind.recordedDirectly()) {
      throw ValidationProblem.of(
          "event",
          "The sending of the response is recorded by sending it; it cannot be corrected or"
              + " withdrawn here");
    }
    return e;
  }

  private static String reason(String reason, List<FieldError> errors) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      errors.add(new FieldError("reason", "Enter why the event is corrected or withdrawn"));
      return null;
    }
    if (why.length() > 2000) {
      errors.add(new FieldError("reason", "The reason must be 2,000 characters or fewer"));
    }
    return why;
  }

  static String describe(ClockEventEntry e) {
    return e.kind.pastTense()
        + " on "
        + Dates.withDay(e.date)
        + (e.extraDate == null ? "" : ", decision due " + Dates.withDay(e.extraDate));
  }
}
