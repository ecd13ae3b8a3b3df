package uk.foitracker.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The disclosure log as JSON, re-usable under the Open Government Licence v3.0. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published cases")
public class CasesApi {
  private final PublishedCases cases;

  CasesApi(PublishedCases cases) {
    this.cases = cases;
  }

  @GET
  @Operation(summary = "The published cases", description = "Slug, title, authority, regime and outcome summary of each published case.")
  public List<CaseSummary> list() {
    return cases.list();
  }

  @GET
  @Path("{slug}/versions")
  @Operation(summary = "The published versions of a case", description = "Version number, date and the reason for each correction; empty for a case published before versions were kept.")
  public List<PublishedCases.VersionSummary> versions(@PathParam("slug") String slug) {
    cases.find(slug).orElseThrow(() -> new NotFoundException("No published case has the slug '" + slug + "'."));
    return cases.versions(slug);
  }

  @GET
  @Path("{slug}/versions/{version}")
  @Operation(summary = "One published version of a case, as it was published")
  public CaseView version(@PathParam("slug") String slug, @PathParam("version") int version) {
    return cases.version(slug, version).orElseThrow(() -> new NotFoundException("Case '" + slug + "' has no version " + version + "."));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One published case in full", description = "Questions, answers, tables (cells with state, value and text), provisions cited and the cost assessment. Dates the response does not state are null.")
  @APIResponse(responseCode = "200", description = "The case")
  @APIResponse(responseCode = "404", description = "No published case has this slug (application/problem+json)")
  public CaseView get(@PathParam("slug") String slug) {
    return cases.find(slug).orElseThrow(() -> new NotFoundException("No published case has the slug '" + slug + "'."));
  }
}
