package uk.foitracker.publication;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.web.ValidationProblem;

/**
 * The release check of a response, for officers: what would refuse publishing or sending now, each
 * hit in context with its fixes, and marking one as not personal data with a reason (audited).
 */
@Path("/api/responses/{ref}/release-check")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("officer")
@Tag(name = "Responses (officers)")
public class ReleaseCheckApi {
  /** Marks the hit with this key not personal data, for this reason. */
  public record NotPersonalBody(String key, String reason) {}

  private final Publishing publishing;
  private final SecurityIdentity identity;

  ReleaseCheckApi(Publishing publishing, SecurityIdentity identity) {
    this.publishing = publishing;
    this.identity = identity;
  }

  @GET
  @Operation(
      summary = "What the release check finds in the response now",
      description =
          "Every hit: the requester's personal data in any form, anyone's personal data, a"
              + " suppressed cell its totals give away (with the derivation), a small count in a"
              + " table of people, an attachment's hidden content. Each with its key, where it is,"
              + " the text around it (personal data masked), the ways to fix it, and whether it is"
              + " still open. Publishing is refused while open > 0; sending while openForSending"
              + " > 0.")
  public ReleaseReport check(@PathParam("ref") String ref) {
    return ReleaseReport.of(publishing.releaseCheck(ref));
  }

  @POST
  @Idempotent
  @Path("not-personal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mark a release-check hit as not personal data, with the reason",
      description =
          "{\"key\": \"<the hit's key>\", \"reason\": \"...\"}: the hit no longer refuses"
              + " publishing or sending; the decision and the reason are in the audit trail."
              + " Refused (400) without a reason or when the check no longer finds the hit.")
  public ReleaseHit markNotPersonal(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, NotPersonalBody body) {
    if (body == null) {
      throw ValidationProblem.of("key", "Send the hit's key and the reason");
    }
    return publishing.markNotPersonal(ref, version(ifMatch), body.key(), body.reason(), actor());
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }

  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    try {
      return Long.valueOf(v.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw ValidationProblem.of("If-Match", "If-Match must be the request's version");
    }
  }
}
