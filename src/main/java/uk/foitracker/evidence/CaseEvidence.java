package uk.foitracker.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.compose.LetterView;
import uk.foitracker.compose.ResponseDrafts;
import uk.foitracker.evidence.EvidenceView.ClockEventLine;
import uk.foitracker.evidence.EvidenceView.Line;
import uk.foitracker.evidence.EvidenceView.TrailLine;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestClocks;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.web.Clocks;
import uk.foitracker.web.Dates;

/** Reads the evidence of one case: read-only, and never the requester's contact details. */
@ApplicationScoped
public class CaseEvidence {
  /** The audit trail's subject type of a request (as {@code OfficerRequests} records it). */
  static final String REQUEST_SUBJECT = "request";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

  private final RequestClocks clocks;
  private final ResponseDrafts drafts;

  CaseEvidence(RequestClocks clocks, ResponseDrafts drafts) {
    this.clocks = clocks;
    this.drafts = drafts;
  }

  /** "case-123": the request with the id 123, for a case that has no reference of its own. */
  private static final Pattern BY_ID = Pattern.compile("case-(\\d{1,18})");

  /**
   * The request with this reference (the system's, or else the authority's), or "case-" and its id:
   * the refusals page links by id, since a seeded case may have no reference at all.
   */
  private static Optional<FoiRequest> request(String ref) {
    Matcher id = BY_ID.matcher(ref);
    if (id.matches()) {
      return FoiRequest.<FoiRequest>findByIdOptional(Long.valueOf(id.group(1)));
    }
    return FoiRequest.findByReference(ref)
        .or(() -> FoiRequest.<FoiRequest>find("authorityReference", ref).firstResultOptional());
  }

  @Transactional
  Optional<EvidenceView> of(String ref) {
    return request(ref).map(this::view);
  }

  /**
   * The letter as sent, without its addressee (the requester's name and address are personal data,
   * which auditors do not see).
   */
  @Transactional
  Optional<LetterView> letter(String ref) {
    // the letter is drafted from the system's reference; a request without one has no letter here
    return request(ref)
        .filter(r -> r.systemReference != null)
        .map(r -> drafts.letter(r.systemReference))
        .map(
            l ->
                new LetterView(
                    l.authority(),
                    null,
                    List.of(),
                    l.reference(),
                    l.authorityReference(),
                    l.sentText(),
                    l.c(),
                    l.notice()));
  }

  private EvidenceView view(FoiRequest r) {
    String key = r.systemReference != null ? r.systemReference : "case-" + r.id;
    List<ClockEventEntry> entries = ClockEventEntry.list("request.id = ?1 order by id", r.id);
    List<Line> clock = new ArrayList<>();
    clock.add(new Line("Received", Dates.display(r.receivedOn)));
    clock.add(new Line("Response sent", Dates.display(r.sentOn)));
    if (r.receivedOn != null) {
      try {
        ClockResult c = clocks.calculate(r, entries);
        clock.add(
            new Line(
                "Due (as the clock counts it)",
                c.due().map(Dates::display).orElse("Not yet known")));
        clock.add(
            new Line(
                "Where the clock stands",
                c.status().name().replace('_', ' ').toLowerCase(Locale.ROOT)));
        clock.add(new Line("Working days used", String.valueOf(c.workingDaysUsed())));
        clock.add(
            new Line(
                "Late", c.late() ? "Yes, by " + c.lateByWorkingDays() + " working days" : "No"));
      } catch (OutsideCalendarException | InvalidClockEventsException e) {
        clock.add(
            new Line("Due (as the clock counts it)", "Cannot be worked out: " + e.getMessage()));
      }
    }
    clock.add(new Line("Due date the authority stated", Dates.display(r.statedDueOn)));
    List<ClockEventLine> events =
        entries.stream()
            .map(
                e ->
                    new ClockEventLine(
                        Dates.display(e.date),
                        e.kind.pastTense(),
                        e.extraDate == null ? "" : Dates.display(e.extraDate)))
            .toList();
    List<TrailLine> trail =
        AuditEvent.forSubject(REQUEST_SUBJECT, r.id).stream()
            .map(
                e ->
                    new TrailLine(
                        e.chainPosition == null ? "" : String.valueOf(e.chainPosition),
                        WHEN.format(e.occurredAt.atZone(Clocks.UK))
                            .replace("AM", "am")
                            .replace("PM", "pm"),
                        e.actor,
                        e.action,
                        e.summary))
            .toList();
    return new EvidenceView(
        key,
        r.systemReference != null
            ? r.systemReference
            : r.authorityReference != null ? r.authorityReference : "Not stated",
        r.title,
        r.regime.name(),
        clock,
        events,
        trail,
        r.systemReference != null);
  }
}
