package uk.foitracker.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The auditor's evidence for the findings on one case (issue 18, item 4): the questions, answers,
 * tables, citations with reasons and public interest tests, the notice and the letter as sent, the
 * clock with its events and the audit trail, read-only.
 */
@Path("/audit/cases/{ref}")
@RolesAllowed("auditor")
@Produces(MediaType.TEXT_HTML)
public class EvidencePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(EvidenceView view);
  }

  private final Evidence evidence;

  EvidencePage(Evidence evidence) {
    this.evidence = evidence;
  }

  /** The evidence, the findings judged as at {@code asAt} (YYYY-MM-DD, blank for today). */
  @GET
  public TemplateInstance show(@PathParam("ref") String ref, @QueryParam("asAt") String asAt) {
    return Templates.show(evidence.show(ref, asAt));
  }

  /** The letter as sent, without the addressee's name and address. */
  @GET
  @Path("letter")
  public TemplateInstance letter(@PathParam("ref") String ref) {
    return evidence.letter(ref);
  }
}
