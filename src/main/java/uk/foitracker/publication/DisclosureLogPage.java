package uk.foitracker.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
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
import java.util.function.Supplier;
import uk.foitracker.security.CurrentUser;

/** Public pages: the disclosure log (search, filters, order, pages) and each published case. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DisclosureLogPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(LogView view);

    static native TemplateInstance show(
        CaseView c, List<CaseVersions.VersionSummary> versions, Integer shownVersion);
  }

  private final DisclosureLog log;
  private final CaseVersions cases;
  private final PublicationCache cache;
  private final CurrentUser user;

  DisclosureLogPage(
      DisclosureLog log, CaseVersions cases, PublicationCache cache, CurrentUser user) {
    this.log = log;
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

  /**
   * The disclosure log. Its first page with no search or filter, where most readers arrive, is kept
   * for readers who are not signed in like a case page; any other page is read afresh.
   */
  @GET
  public Response index(
      @BeanParam DisclosureLogParams params,
      @QueryParam("authority") String authority,
      @Context UriInfo uri,
      @Context Request request) {
    return logPage(params.raw(uri, authority), null, uri, request);
  }

  @GET
  @Path("cases")
  public Response log(
      @BeanParam DisclosureLogParams params,
      @QueryParam("authority") String authority,
      @Context UriInfo uri,
      @Context Request request) {
    return index(params, authority, uri, request);
  }

  /**
   * One authority's disclosure log: the same page as the log of every authority, filtered to the
   * authority's cases, its links kept under /a/{slug}/. An unknown slug is a 404.
   */
  @GET
  @Path("a/{authority}")
  public Response authorityLog(
      @PathParam("authority") String slug,
      @BeanParam DisclosureLogParams params,
      @Context UriInfo uri,
      @Context Request request) {
    LogResult.AuthorityOption scope =
        log.authority(slug)
            .orElseThrow(() -> new NotFoundException("No authority has the slug " + slug));
    return logPage(params.raw(uri, scope.slug()), scope, uri, request);
  }

  /**
   * A log page, of every authority ({@code scope} null) or of one; 400 with the errors shown when a
   * parameter is not valid. The page with no query string is kept for readers not signed in.
   */
  private Response logPage(
      LogQuery.Raw raw, LogResult.AuthorityOption scope, UriInfo uri, Request request) {
    if (uri.getQueryParameters().isEmpty() && !user.signedIn()) {
      String key = scope == null ? "log" : "log a/" + scope.slug();
      return kept(key, () -> Templates.index(view(raw, log.browse(raw), scope)).render(), request);
    }
    LogResult result = log.browse(raw);
    return Response.status(result.valid() ? 200 : 400)
        .entity(Templates.index(view(raw, result, scope)).render())
        .build();
  }

  private static LogView view(LogQuery.Raw raw, LogResult result, LogResult.AuthorityOption scope) {
    return scope == null ? LogView.of(raw, result) : LogView.of(raw, result, scope);
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
    return kept("page " + slug, () -> render(slug), request);
  }

  /** A page kept in the {@link PublicationCache}, sent with its entity tag, or 304 if unchanged. */
  private Response kept(String key, Supplier<String> render, Request request) {
    RenderedPage page = cache.get(key, () -> RenderedPage.of(render.get()));
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
