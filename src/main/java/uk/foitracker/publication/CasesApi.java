package uk.foitracker.publication;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.foitracker.web.ValidationProblem;

/** The disclosure log as JSON, re-usable under the Open Government Licence v3.0. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published cases")
public class CasesApi {
  private final DisclosureLog log;
  private final CaseVersions versions;

  CasesApi(DisclosureLog log, CaseVersions versions) {
    this.log = log;
    this.versions = versions;
  }

  @GET
  @Operation(
      summary = "The published cases, one page at a time",
      description =
          "Slug, title, authority (its name), regime, outcomes, provisions cited, publication date"
              + " (null when the response does not state it) and authoritySlug of each published"
              + " case; with authority (a slug), only that authority's cases. With q, only cases"
              + " matching the words, best match first, each with the matching passages (text, and"
              + " html with the text escaped and matches in <mark>). Filters combine. The Link"
              + " header gives the first, previous, next and last pages; X-Total-Count the number"
              + " of cases.")
  @APIResponse(
      responseCode = "200",
      description = "One page of cases",
      headers = {
        @Header(name = "Link", description = "RFC 8288 links to the other pages"),
        @Header(name = "X-Total-Count", description = "How many cases match")
      })
  @APIResponse(
      responseCode = "400",
      description = "A parameter is not valid; errors names each one (application/problem+json)")
  public RestResponse<List<CaseSummary>> list(
      @BeanParam DisclosureLogParams params,
      @Parameter(description = "Slug of the authority that answered (GET /api/authorities)")
          @QueryParam("authority")
          String authority,
      @Context UriInfo uri) {
    LogResult result = log.browse(params.raw(uri, authority));
    if (!result.valid()) {
      throw new ValidationProblem(result.errors());
    }
    return RestResponse.ResponseBuilder.ok(result.cases())
        .header("X-Total-Count", result.total())
        .header("Link", links(result))
        .build();
  }

  @GET
  @Path("{slug}/versions")
  @Operation(
      summary = "The published versions of a case",
      description =
          "Version number, date and the reason for each correction; empty for a case published before versions were kept.")
  public List<CaseVersions.VersionSummary> versions(@PathParam("slug") String slug) {
    versions
        .find(slug)
        .orElseThrow(() -> new NotFoundException("No published case has the slug '" + slug + "'."));
    return versions.versions(slug);
  }

  @GET
  @Path("{slug}/versions/{version}")
  @Operation(summary = "One published version of a case, as it was published")
  public CaseView version(@PathParam("slug") String slug, @PathParam("version") int version) {
    return versions
        .version(slug, version)
        .orElseThrow(
            () -> new NotFoundException("Case '" + slug + "' has no version " + version + "."));
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "One published case in full",
      description =
          "Questions, answers, tables (cells with state, value and text), provisions cited and the"
              + " cost assessment. Dates the response does not state are null.")
  @APIResponse(responseCode = "200", description = "The case")
  @APIResponse(
      responseCode = "404",
      description = "No published case has this slug (application/problem+json)")
  public CaseView get(@PathParam("slug") String slug) {
    return versions
        .find(slug)
        .orElseThrow(() -> new NotFoundException("No published case has the slug '" + slug + "'."));
  }

  private static String links(LogResult result) {
    LogQuery q = result.query();
    List<String> links = new ArrayList<>();
    links.add(link(q, 1, "first"));
    if (q.page() > 1) {
      String key = q.page() > 2 ? LogView.keyParam("before", result.firstKey()) : "";
      links.add(link(q, q.page() - 1, "prev", key));
    }
    if (q.page() < result.pageCount()) {
      links.add(link(q, q.page() + 1, "next", LogView.keyParam("after", result.lastKey())));
    }
    links.add(link(q, result.pageCount(), "last"));
    return String.join(", ", links);
  }

  private static String link(LogQuery q, int page, String rel) {
    return link(q, page, rel, "");
  }

  private static String link(LogQuery q, int page, String rel, String key) {
    return "<" + "/api" + LogView.href(q, page) + key + ">; rel=\"" + rel + "\"";
  }
}
