package uk.foitracker.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import uk.foitracker.security.CurrentUser;

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
  private final PublicationCache cache;
  private final CurrentUser user;

  DisclosureLogPage(PublishedCases cases, PublicationCache cache, CurrentUser user) {
    this.cases = cases;
    this.cache = cache;
    this.user = user;
  }

  /** A case page as rendered for readers who are not signed in, and its entity tag. */
  record RenderedPage(String html, EntityTag etag) implements PublicationCache.Weighed {
    static RenderedPage of(String html) {
      return new RenderedPage(
          html, new EntityTag(Integer.toHexString(html.hashCode()) + "-" + html.length()));
    }

    @Override
    public int weight() {
      return html.length();
    }
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

  /**
   * A published case. Readers who are not signed in all get the same page, so it is rendered once
   * and kept until a case changes (see {@link PublicationCache}), with an entity tag for
   * conditional requests; a signed-in reader's header differs, so theirs is rendered each time.
   */
  @GET
  @Path("cases/{slug}")
  public Response show(@PathParam("slug") String slug, @Context Request request) {
    if (user.signedIn()) {
      return Response.ok(render(slug)).build();
    }
    RenderedPage page = cache.get("page " + slug, () -> RenderedPage.of(render(slug)));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(page.etag());
    return (notModified != null ? notModified : Response.ok(page.html()))
        .tag(page.etag())
        .cacheControl(REVALIDATE)
        .build();
  }

  private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

  private String render(String slug) {
    return Templates.show(
            cases.find(slug).orElseThrow(() -> new NotFoundException("No published case " + slug)),
            cases.versions(slug),
            null)
        .render();
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
