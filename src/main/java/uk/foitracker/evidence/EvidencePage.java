package uk.foitracker.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.foitracker.compose.ResponseLetters;

/**
 * The evidence behind a finding, for the auditor, linked from each case on the refusals page:
 * read-only.
 */
@Path("/audit/evidence/{ref}")
@RolesAllowed("auditor")
@Produces(MediaType.TEXT_HTML)
public class EvidencePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(EvidenceView view);
  }

  private final CaseEvidence evidence;
  private final ResponseLetters letters;

  EvidencePage(CaseEvidence evidence, ResponseLetters letters) {
    this.evidence = evidence;
    this.letters = letters;
  }

  @GET
  public TemplateInstance show(@PathParam("ref") String ref) {
    return Templates.show(
        evidence
            .of(ref)
            .orElseThrow(() -> new NotFoundException("No request has the reference " + ref + ".")));
  }

  /** The letter as sent, without the addressee. */
  @GET
  @Path("letter")
  public TemplateInstance letter(@PathParam("ref") String ref) {
    return letters.html(
        evidence
            .letter(ref)
            .orElseThrow(() -> new NotFoundException("No request has the reference " + ref + ".")));
  }
}
