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

    static native TemplateInstance show(CaseView c);
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
    return Templates.show(cases.find(slug).orElseThrow(() -> new NotFoundException("No published case " + slug)));
  }
}
