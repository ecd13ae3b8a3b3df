package uk.foitracker.mail;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The officer asks for a waiting e-mail to be tried again now; back to the request page. */
@Path("/officer/outbox")
public class OutboxPage {
  private final Outbox outbox;
  private final SecurityIdentity identity;

  OutboxPage(Outbox outbox, SecurityIdentity identity) {
    this.outbox = outbox;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{outbox}/retry")
  public Response retry(@PathParam("outbox") long id) {
    String ref = outbox.retryNow(id, identity.getPrincipal().getName());
    return Response.seeOther(URI.create("/officer/requests/" + ref + "#mail")).build();
  }
}
