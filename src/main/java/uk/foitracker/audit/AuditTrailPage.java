package uk.foitracker.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's audit trail: the hash chain walked when the page is loaded, and the newest events
 * (who, what, when, before and after) with the check beside each, filtered by a request's reference
 * and by kind of event.
 */
@Path("/audit/trail")
@RolesAllowed("auditor")
@Produces(MediaType.TEXT_HTML)
public class AuditTrailPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(AuditTrailView view);
  }

  private final AuditTrail trail;
  private final AuditEvents events;

  AuditTrailPage(AuditTrail trail, AuditEvents events) {
    this.trail = trail;
    this.events = events;
  }

  @GET
  public TemplateInstance index(
      @QueryParam("reference") String reference, @QueryParam("kind") String kind) {
    String ref = reference == null ? "" : reference.strip();
    String k = kind == null ? "" : kind.strip();
    TrailCheck check = trail.verify();
    List<AuditEvents.Kind> kinds = events.kinds();
    Optional<String> action = k.isEmpty() ? Optional.empty() : Optional.of(k);
    String error = null;
    Optional<Long> request = Optional.empty();
    if (!ref.isEmpty()) {
      if (ref.length() > 40) {
        error = "A reference is 40 characters or fewer";
      } else {
        request = events.requestId(ref);
        if (request.isEmpty()) {
          error = "No request has the reference " + ref;
        }
      }
    }
    List<AuditEvents.Row> rows = error != null ? List.of() : events.newest(request, action);
    return Templates.index(AuditTrailView.of(check, ref, error, kinds, k, rows));
  }
}
