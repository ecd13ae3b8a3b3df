package uk.foitracker.citation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Public pages explaining each provision an authority can cite. */
@Path("/provisions")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvisionsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<ProvisionView> provisions);

    static native TemplateInstance show(ProvisionView provision);
  }

  @GET
  public TemplateInstance index() {
    return Templates.index(Provision.catalogue().stream().map(ProvisionView::of).toList());
  }

  @GET
  @Path("{code}")
  public TemplateInstance show(@PathParam("code") String code) {
    return Templates.show(
        Provision.findByCode(code)
            .map(ProvisionView::of)
            .orElseThrow(() -> new NotFoundException("No provision " + code)));
  }
}
