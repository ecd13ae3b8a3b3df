package uk.foitracker.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Public pages: the disclosure log and each published case. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DisclosureLogPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<CaseSummary> cases);

    static native TemplateInstance show(CaseView c, List<PublishedCases.VersionSummary> versions, Integer shownVersion);
  }

  private final PublishedCases cases;

  DisclosureLogPage(PublishedCases cases) {
    this.cases = cases;
  }

  @GET
  public TemplateInstance index() {
    return Templates.index(cases.list());
  }

  @GET
  @Path("cases")
  public TemplateInstance log() {
    return Templates.index(cases.list());
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
  public TemplateInstance version(@PathParam("slug") String slug, @PathParam("version") int version) {
    return Templates.show(
        cases.version(slug, version).orElseThrow(() -> new NotFoundException("No version " + version + " of " + slug)),
        cases.versions(slug),
        version);
  }
}
