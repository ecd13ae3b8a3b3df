package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Linking requests that belong together (issue 17 point 7), an officer action of its own: a refined
 * request (after s.16 advice), a repeated one (s.14(2)) or requests aggregated for cost (Fees
 * Regulations 2004 reg 5). Each link is audited on both requests.
 */
@ApplicationScoped
@Transactional
public class RequestLinks {
  private static final String SUBJECT = OfficerRequests.SUBJECT;

  private final Clock clock;
  private final AuditLog audit;

  RequestLinks(Clock clock, AuditLog audit) {
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Links the request to another: a refined request (after s.16 advice), a repeated one (s.14(2)),
   * or requests aggregated for cost (Fees Regulations 2004 reg 5). Both requests show the link.
   */
  public void link(
      String reference,
      long version,
      String otherReference,
      String kind,
      String note,
      String actor) {
    FoiRequest r = RequestLocks.current(reference, version);
    List<FieldError> errors = new ArrayList<>();
    String otherRef = otherReference == null ? "" : otherReference.strip();
    FoiRequest other = null;
    if (otherRef.isEmpty()) {
      errors.add(new FieldError("otherReference", "Enter the reference of the other request"));
    } else {
      other = FoiRequest.findByReference(otherRef).orElse(null);
      if (other == null) {
        errors.add(
            new FieldError("otherReference", "No request has the reference " + shorten(otherRef)));
      } else if (other.id.equals(r.id)) {
        errors.add(new FieldError("otherReference", "A request cannot be linked to itself"));
        other = null;
      }
    }
    RequestLinkKind k = null;
    try {
      k = RequestLinkKind.valueOf(kind == null ? "" : kind.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("linkKind", "Select how the requests belong together"));
    }
    String text = blankToNull(note);
    if (text != null && text.length() > 2000) {
      errors.add(new FieldError("linkNote", "The note must be 2,000 characters or fewer"));
    }
    if (other != null && k != null) {
      final FoiRequest o = other;
      final RequestLinkKind kk = k;
      boolean exists =
          RequestLink.touching(r).stream()
              .anyMatch(
                  l -> l.kind == kk && (l.other.id.equals(o.id) || l.request.id.equals(o.id)));
      if (exists) {
        errors.add(
            new FieldError(
                "otherReference", "The requests are already linked as " + k.label().toLowerCase()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    RequestLink l = new RequestLink();
    l.request = r;
    l.other = other;
    l.kind = k;
    l.note = text;
    l.actor = actor;
    l.createdAt = Instant.now(clock);
    l.persist();
    String summary = k.describe(true) + " " + other.systemReference + " (" + k.label() + ")";
    audit.record(actor, "request.linked", SUBJECT, r.id, summary, null, null);
    audit.record(
        actor,
        "request.linked",
        SUBJECT,
        other.id,
        k.describe(false) + " " + r.systemReference + " (" + k.label() + ")",
        null,
        null);
  }

  /** Removes a link recorded by mistake, from either of the two requests' pages. */
  public void unlink(String reference, long version, long linkId, String actor) {
    FoiRequest r = RequestLocks.current(reference, version);
    RequestLink l =
        RequestLink.touching(r).stream()
            .filter(x -> x.id == linkId)
            .findFirst()
            .orElseThrow(
                () -> ValidationProblem.of("link", "This request has no such link to remove"));
    boolean outgoing = l.request.id.equals(r.id);
    FoiRequest other = outgoing ? l.other : l.request;
    String what = l.kind.label();
    l.delete();
    audit.record(
        actor,
        "request.unlinked",
        SUBJECT,
        r.id,
        "Link to " + other.systemReference + " removed (" + what + ")",
        null,
        null);
    audit.record(
        actor,
        "request.unlinked",
        SUBJECT,
        other.id,
        "Link to " + r.systemReference + " removed (" + what + ")",
        null,
        null);
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
