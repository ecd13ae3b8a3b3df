package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.rules.ClockProblem;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Correcting what was logged about a request (the request page's correction form and {@code PATCH
 * /api/requests/{ref}}): one user action, validated whole before anything is saved, audited with
 * the details before and after, and published as a new version when the public case changes.
 */
@ApplicationScoped
@Transactional
public class DetailsCorrections {
  private final AuditLog audit;
  private final RequestClocks clocks;
  private final ClockSummaries summaries;
  private final OfficerRequests officer;
  private final PublishedCorrections published;

  DetailsCorrections(
      AuditLog audit,
      RequestClocks clocks,
      ClockSummaries summaries,
      OfficerRequests officer,
      PublishedCorrections published) {
    this.audit = audit;
    this.clocks = clocks;
    this.summaries = summaries;
    this.officer = officer;
    this.published = published;
  }

  /**
   * Corrects what was logged: the date received, the title (summary) and the request text, with a
   * reason. The statutory clock is worked out again from the new date received; events already
   * recorded must still fit it. Allowed whatever the state. For a published request whose title or
   * date received (both shown on the public case) changes, the correction is published at once as a
   * new version carrying the reason, as a corrected answer is. Returns that version's number, or
   * null when nothing was published.
   */
  public Integer correct(
      String reference, long version, RequestCorrection correction, String actor) {
    FoiRequest r = RequestLocks.current(reference, version);
    published.keepFirstVersion(r, actor);
    List<FieldError> errors = new ArrayList<>();
    LocalDate received = r.receivedOn;
    if (correction.receivedOn() != null
        && !(correction.receivedOn().isBlank() && r.receivedOn == null)) {
      // a request logged with no date received keeps none while the date is left blank
      received =
          officer.checkDate(
              correction.receivedOn(),
              "receivedOn",
              "Date received",
              "Enter the date the request was received",
              errors);
    }
    String title = r.title;
    if (correction.summary() != null) {
      OfficerRequests.required(
          correction.summary(),
          300,
          "summary",
          "Enter a short summary of the request",
          "Summary",
          errors);
      title = correction.summary().strip();
    }
    String text = r.requestText;
    if (correction.requestText() != null) {
      OfficerRequests.required(
          correction.requestText(),
          20000,
          "requestText",
          "Enter the request text",
          "The request text",
          errors);
      text = correction.requestText().strip();
    }
    String why =
        correction.reason() == null || correction.reason().isBlank()
            ? null
            : correction.reason().strip();
    if (why == null) {
      errors.add(new FieldError("reason", "Enter why the details are corrected"));
    } else {
      OfficerRequests.checkLength(why, 2000, "reason", "The reason", errors);
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    if (Objects.equals(received, r.receivedOn)
        && Objects.equals(title, r.title)
        && Objects.equals(text, r.requestText)) {
      throw ValidationProblem.of(
          "receivedOn",
          "The details are the ones recorded; change the date received, the summary or the"
              + " request text");
    }
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    if (received != null && !Objects.equals(received, r.receivedOn)) {
      List<String> problems;
      try {
        problems =
            clocks.problems(r.regime, received, entries).stream()
                .map(ClockProblem::message)
                .distinct()
                .toList();
      } catch (OutsideCalendarException e) {
        problems =
            List.of(
                "The date is outside the working-day calendar ("
                    + e.firstYear()
                    + " to "
                    + e.lastYear()
                    + ")");
      }
      if (!problems.isEmpty()) {
        throw new ValidationProblem(
            problems.stream()
                .map(
                    m ->
                        new FieldError(
                            "receivedOn",
                            "The events recorded do not fit the new date received: " + m))
                .toList());
      }
    }
    ClockResult beforeClock = clocks.calculate(r, entries);
    String before = describeCorrection(r, beforeClock);
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(received, r.receivedOn)) {
      changed.add("date received");
    }
    if (!Objects.equals(title, r.title)) {
      changed.add("summary");
    }
    if (!Objects.equals(text, r.requestText)) {
      changed.add("request text");
    }
    boolean shown = !Objects.equals(received, r.receivedOn) || !Objects.equals(title, r.title);
    r.receivedOn = received;
    r.title = title;
    r.requestText = text;
    ClockResult after = summaries.refresh(r, entries);
    if (after != null && OfficerRequests.isOpen(r.state)) {
      r.state = OfficerRequests.stateFor(after.status());
    }
    audit.record(
        actor,
        "request.corrected",
        OfficerRequests.SUBJECT,
        r.id,
        "Request details corrected (" + String.join(", ", changed) + "). Reason: " + why,
        before,
        describeCorrection(r, after));
    if (shown && r.state == RequestState.PUBLISHED) {
      r.flush();
      return published.publishCorrection(r, why, actor);
    }
    return null;
  }

  /**
   * The corrected details for the audit trail's before and after: the date received, the due date,
   * the summary and the request text. The requester's name and contact are not included.
   */
  private static String describeCorrection(FoiRequest r, ClockResult clock) {
    return "Received: "
        + (r.receivedOn == null ? "not stated" : Dates.withDay(r.receivedOn))
        + ". "
        + OfficerRequests.describe(r, clock)
        + " Summary: "
        + r.title
        + ". Request text: "
        + r.requestText;
  }
}
