package uk.foitracker.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public authorities this service publishes for, each with its disclosure log's addresses. */
@Path("/api/authorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published cases")
public class AuthoritiesApi {
  private final PublishedAuthorities authorities;

  AuthoritiesApi(PublishedAuthorities authorities) {
    this.authorities = authorities;
  }

  @GET
  @Operation(
      summary = "Every authority, by name",
      description =
          "Slug (its address: /a/{slug}/), name, kind (COUNCIL, POLICE, NHS, CENTRAL_GOVERNMENT,"
              + " OTHER) with its label, the appropriate limit its kind works to (s.12 FOIA), how"
              + " many cases it has published, and links to its log, cases, feed, CSV and"
              + " statistics.")
  public List<AuthoritySummary> list() {
    return authorities.all();
  }

  @GET
  @Path("{authority}")
  @Operation(summary = "One authority")
  @APIResponse(responseCode = "200", description = "The authority")
  @APIResponse(
      responseCode = "404",
      description = "No authority has this slug (application/problem+json)")
  public AuthoritySummary get(@PathParam("authority") String slug) {
    return authorities
        .find(slug)
        .orElseThrow(() -> new NotFoundException("No authority has the slug '" + slug + "'."));
  }
}
