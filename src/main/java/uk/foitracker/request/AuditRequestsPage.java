package uk.foitracker.request;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.foitracker.request.RequestViews.Audience;

/**
 * The auditor's read-only view of the queue and of each request: the same pages without the action
 * forms and without the requester's personal data.
 */
@Path("/audit/requests")
@Produces(MediaType.TEXT_HTML)
public class AuditRequestsPage {
  private final RequestViews views;
  private final QueueSearch queue;

  AuditRequestsPage(RequestViews views, QueueSearch queue) {
    this.views = views;
    this.queue = queue;
  }

  @GET
  public TemplateInstance queue(@BeanParam QueueParams params) {
    return RequestTemplates.queue(queue.page(params.filter(), Audience.AUDITOR));
  }

  @GET
  @Path("{ref}")
  public TemplateInstance show(@PathParam("ref") String ref) {
    return RequestTemplates.show(
        views
            .page(ref, Audience.AUDITOR, null)
            .orElseThrow(() -> new NotFoundException("No request has the reference " + ref + ".")),
        null);
  }
}
