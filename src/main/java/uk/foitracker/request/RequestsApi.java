package uk.foitracker.request;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.web.DateField;
import uk.foitracker.web.ValidationProblem;

/**
 * Requests for officers (read and write) and auditors (read), with a bearer token. Without a valid
 * token: 401; with the wrong role: 403. The requester's personal data goes in, never out.
 */
@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests (officers and auditors)")
public class RequestsApi {

  /** A new request. {@code questions} may be left out: the proposed split is then used. */
  public record NewRequestBody(
      String regime,
      String receivedOn,
      String channel,
      String summary,
      String requesterName,
      String requesterContact,
      String requestText,
      String preamble,
      List<QuestionBody> questions,
      String postscript) {
    @Override
    public String toString() {
      return "NewRequestBody[personal data redacted]";
    }
  }

  /** One question: its number and text. */
  public record QuestionBody(Integer number, String text) {}

  /** What logging gives back, once: the reference and the requester's access code. */
  public record LoggedBody(String reference, String accessCode, String href) {}

  /** A clock event: kind (e.g. CLARIFICATION_REQUESTED), date, newDue for s.10(3), version. */
  public record ClockEventBody(String kind, String date, String newDue, Long version) {}

  private final OfficerRequests officer;
  private final RequestViews views;
  private final SecurityIdentity identity;

  RequestsApi(OfficerRequests officer, RequestViews views, SecurityIdentity identity) {
    this.officer = officer;
    this.views = views;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({"officer", "auditor"})
  @Operation(
      summary = "The work queue",
      description =
          "Open requests with due date and working days left; same filters as the queue page.")
  public QueueResult list(@BeanParam QueueParams params) {
    QueuePage page = views.queue(params.filter(), Audience.AUDITOR);
    return new QueueResult(
        page.total(), page.page(), page.pages(), QueueFilter.PAGE_SIZE, page.rows());
  }

  @GET
  @Path("{ref}")
  @RolesAllowed({"officer", "auditor"})
  @Operation(
      summary = "One request",
      description =
          "Questions, the statutory clock with its working, the clock events and the audit timeline. No personal data.")
  public RequestDetail get(@PathParam("ref") String ref) {
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @POST
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Log a request",
      description =
          "Gives the reference and the requester's access code; the code is not stored and cannot be read again.")
  @APIResponse(responseCode = "201", description = "Logged")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (application/problem+json with errors)")
  public Response log(NewRequestBody body) {
    if (body == null) {
      throw ValidationProblem.of("body", "Send the request as a JSON object");
    }
    NewRequest draft =
        new NewRequest(
            body.regime(),
            DateField.iso(body.receivedOn()),
            body.channel(),
            body.summary(),
            body.requesterName(),
            body.requesterContact(),
            body.requestText(),
            body.preamble(),
            body.questions() == null
                ? null
                : body.questions().stream()
                    .map(
                        q ->
                            new NewRequest.QuestionDraft(
                                q.number() == null ? "" : q.number().toString(), q.text()))
                    .toList(),
            body.postscript());
    Logged logged = officer.log(draft, identity.getPrincipal().getName(), body.questions() == null);
    String href = "/api/requests/" + logged.reference();
    return Response.created(URI.create(href))
        .entity(new LoggedBody(logged.reference(), logged.accessCode(), href))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{ref}/clock-events")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Record a clock event",
      description =
          "Kinds: CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE_ISSUED, FEES_PAID, PUBLIC_INTEREST_EXTENSION (with newDue), COMPLEX_VOLUMINOUS_EXTENSION. version is the request's version as read; a stale version gives 409.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid or impossible event")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail recordClockEvent(@PathParam("ref") String ref, ClockEventBody body) {
    if (body == null || body.version() == null) {
      throw ValidationProblem.of("version", "Send the version of the request you read");
    }
    ClockEventKind kind;
    try {
      kind = ClockEventKind.valueOf(body.kind() == null ? "" : body.kind());
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of(
          "kind",
          "Kind must be one of "
              + Arrays.stream(ClockEventKind.values())
                  .filter(ClockEventKind::recordedDirectly)
                  .toList());
    }
    officer.recordClockEvent(
        ref,
        body.version(),
        kind,
        DateField.iso(body.date()),
        DateField.iso(body.newDue()),
        identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  private static NotFoundException notFound(String ref) {
    return new NotFoundException("No request has the reference '" + ref + "'.");
  }
}
