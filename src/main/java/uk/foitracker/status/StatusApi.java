package uk.foitracker.status;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.web.ClientAddress;
import uk.foitracker.web.ValidationProblem;

/**
 * The status check for programs: anonymous (no token), a POST so the access code is never in an
 * address. Same answers as the page: 200, 400 for a malformed body or reference, 404 for a wrong
 * reference or code alike, 429 with Retry-After after too many wrong tries.
 */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Request status (requesters)")
public class StatusApi {

  /** The reference and access code from the acknowledgement. */
  public record StatusQuery(String reference, String accessCode) {
    @Override
    public String toString() {
      return "StatusQuery[access code redacted]";
    }
  }

  private final RequestStatuses statuses;

  StatusApi(RequestStatuses statuses) {
    this.statuses = statuses;
  }

  @POST
  @Operation(
      summary = "Check a request's status",
      description =
          "With the reference (FOI-2026-00042) and the access code from the acknowledgement: the"
              + " state, the received and due dates, working days left, the days skipped and why,"
              + " the clarification awaited and the published case. No personal data.")
  @APIResponse(responseCode = "200", description = "The status")
  @APIResponse(responseCode = "400", description = "Malformed body or reference (problem+json)")
  @APIResponse(responseCode = "404", description = "Wrong reference or access code (the same)")
  @APIResponse(responseCode = "429", description = "Too many wrong tries; see Retry-After")
  public Response check(StatusQuery body, @Context HttpServerRequest http) {
    if (body == null) {
      throw ValidationProblem.of(
          "body", "Send a JSON object with the reference and the access code");
    }
    RequestStatus status =
        statuses.check(body.reference(), body.accessCode(), ClientAddress.of(http));
    return Response.ok(status).header("Cache-Control", "no-store").build();
  }
}
