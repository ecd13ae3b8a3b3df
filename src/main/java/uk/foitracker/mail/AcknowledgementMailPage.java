package uk.foitracker.mail;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.request.HeldAccessCodes;

/**
 * "E-mail the acknowledgement": from the request page, or from the confirmation after logging
 * (where the officer's browser still holds the access code). Redirects to the request page with a
 * success banner (POST/redirect/GET); a second post sends nothing more.
 */
@Path("/officer/requests/{ref}/acknowledgement-email")
public class AcknowledgementMailPage {
  private final AcknowledgementMails mails;
  private final HeldAccessCodes heldCodes;
  private final SecurityIdentity identity;

  AcknowledgementMailPage(
      AcknowledgementMails mails, HeldAccessCodes heldCodes, SecurityIdentity identity) {
    this.mails = mails;
    this.heldCodes = heldCodes;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response send(
      @PathParam("ref") String ref,
      @RestForm Long version,
      @CookieParam(HeldAccessCodes.LOGGED_COOKIE) String token) {
    String actor = identity.getPrincipal().getName();
    String held = heldCodes.of(actor, ref, token).orElse(null);
    AcknowledgementMails.Outcome outcome = mails.send(ref, version, held, actor);
    String done =
        outcome == AcknowledgementMails.Outcome.QUEUED
            ? "acknowledgement-emailed"
            : "acknowledgement-already";
    return Response.seeOther(URI.create("/officer/requests/" + ref + "?done=" + done + "#mail"))
        .build();
  }
}
