package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Recording the letters an authority sent about a request besides its response: the acknowledgement
 * and holding replies, each with the date the letter states. An officer action of its own, audited
 * on the request's timeline; it never moves the statutory clock (the clock counts from the date of
 * receipt, FOIA s.10(1), EIR reg 5(2)). Bad input saves nothing.
 */
@ApplicationScoped
@Transactional
public class RequestCorrespondence {
  /** The longest note an officer can keep with a letter. */
  static final int NOTE_LIMIT = 500;

  private final Clock clock;
  private final AuditLog audit;

  RequestCorrespondence(Clock clock, AuditLog audit) {
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Records a letter sent about the request.
   *
   * @param kind ACKNOWLEDGED or HOLDING_REPLY
   * @param sentOn the day the letter was sent
   * @param note for officers only (never published); may be blank
   */
  public void record(
      String reference, long version, String kind, DateField sentOn, String note, String actor) {
    FoiRequest r = RequestLocks.current(reference, version);
    List<FieldError> errors = new ArrayList<>();
    CorrespondenceKind k = null;
    try {
      k = CorrespondenceKind.valueOf(kind == null ? "" : kind.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "kind",
              "Select which letter was sent: one of "
                  + Arrays.toString(CorrespondenceKind.values())));
    }
    LocalDate on = null;
    DateField.Result parsed =
        (sentOn == null ? DateField.empty() : sentOn)
            .parse("Date sent", "Enter the date the letter was sent");
    if (parsed.error() != null) {
      errors.add(new FieldError("sentOn", parsed.error()));
    } else {
      on = parsed.date().get();
      if (on.isAfter(LocalDate.now(clock))) {
        errors.add(new FieldError("sentOn", "Date sent must be today or in the past"));
      } else if (on.isBefore(OfficerRequests.FIRST_DAY)) {
        errors.add(
            new FieldError(
                "sentOn",
                "Date sent must be on or after 1 January 2005, when the right of access came into"
                    + " force"));
      } else if (r.receivedOn != null && on.isBefore(r.receivedOn)) {
        errors.add(
            new FieldError(
                "sentOn",
                "Date sent must be on or after the date the request was received ("
                    + Dates.display(r.receivedOn)
                    + ")"));
      }
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > NOTE_LIMIT) {
      errors.add(new FieldError("note", "The note must be 500 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Correspondence c = new Correspondence();
    c.request = r;
    c.kind = k;
    c.sentOn = on;
    c.note = text;
    c.actor = actor;
    c.recordedAt = Instant.now(clock);
    c.persist();
    audit.record(
        actor,
        "request.correspondence",
        OfficerRequests.SUBJECT,
        r.id,
        k.label() + " on " + Dates.withDay(on) + " (does not move the clock)",
        null,
        null);
  }

  /** The request's correspondence in date order, for officers. */
  public static List<CorrespondenceLine> of(FoiRequest r) {
    return Correspondence.forRequest(r).stream().map(CorrespondenceLine::of).toList();
  }
}
