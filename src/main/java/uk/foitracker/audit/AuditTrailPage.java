package uk.foitracker.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The auditor's check of the audit trail: the hash chain walked when the page is loaded. */
@Path("/audit/trail")
@RolesAllowed("auditor")
@Produces(MediaType.TEXT_HTML)
public class AuditTrailPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(TrailCheck check);
  }

  private final AuditTrail trail;

  AuditTrailPage(AuditTrail trail) {
    this.trail = trail;
  }

  @GET
  public TemplateInstance index() {
    return Templates.index(trail.verify());
  }
}
