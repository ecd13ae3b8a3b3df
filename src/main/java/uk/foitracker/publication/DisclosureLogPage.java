package uk.foitracker.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Public pages: the disclosure log (search, filters, order, pages) and each published case. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DisclosureLogPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(LogView view);

    static native TemplateInstance show(
        CaseView c, List<PublishedCases.VersionSummary> versions, Integer shownVersion);
  }

  private final PublishedCases cases;

  DisclosureLogPage(PublishedCases cases) {
    this.cases = cases;
  }

  @GET
  public RestResponse<TemplateInstance> index(
      @QueryParam("q") String q,
      @QueryParam("outcome") List<String> outcomes,
      @QueryParam("provision") String provision,
      @QueryParam("regime") String regime,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("after") String after,
      @QueryParam("before") String before,
      @Context UriInfo uri) {
    LogQuery.Raw raw =
        new LogQuery.Raw(
            LogQuery.Raw.search(q, uri),
            outcomes,
            provision,
            regime,
            year,
            sort,
            page,
            after,
            before);
    LogResult result = cases.browse(raw);
    return RestResponse.status(
        result.valid() ? RestResponse.Status.OK : RestResponse.Status.BAD_REQUEST,
        Templates.index(LogView.of(raw, result)));
  }

  @GET
  @Path("cases")
  public RestResponse<TemplateInstance> log(
      @QueryParam("q") String q,
      @QueryParam("outcome") List<String> outcomes,
      @QueryParam("provision") String provision,
      @QueryParam("regime") String regime,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("after") String after,
      @QueryParam("before") String before,
      @Context UriInfo uri) {
    return index(q, outcomes, provision, regime, year, sort, page, after, before, uri);
  }

  @GET
  @Path("cases/{slug}")
  public TemplateInstance show(@PathParam("slug") String slug) {
    return Templates.show(
        cases.find(slug).orElseThrow(() -> new NotFoundException("No published case " + slug)),
        cases.versions(slug),
        null);
  }

  /** An earlier published version of a case, exactly as it was published. */
  @GET
  @Path("cases/{slug}/versions/{version}")
  public TemplateInstance version(
      @PathParam("slug") String slug, @PathParam("version") int version) {
    return Templates.show(
        cases
            .version(slug, version)
            .orElseThrow(() -> new NotFoundException("No version " + version + " of " + slug)),
        cases.versions(slug),
        version);
  }
}
