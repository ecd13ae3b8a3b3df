package uk.foitracker.noticecheck;

import com.fasterxml.jackson.core.JsonParseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.foitracker.web.ClientAddress;
import uk.foitracker.web.Problem;
import uk.foitracker.web.ValidationProblem;

/**
 * Checks a refusal notice pasted as text, for anyone: no token, counted per client address (429
 * with Retry-After beyond the limit), nothing stored, nothing of the text logged.
 */
@Path("/api/notices/check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Refusal notice check (anyone)")
public class NoticeCheckApi {
  private final NoticeChecks checks;

  NoticeCheckApi(NoticeChecks checks) {
    this.checks = checks;
  }

  @POST
  @Operation(
      summary = "Check a refusal notice",
      description =
          "Body {\"text\": \"...\" (up to 200,000 characters), \"regime\": \"FOIA\"|\"EIR\""
              + " (optional), \"received\": \"YYYY-MM-DD\" (optional), \"sent\": \"YYYY-MM-DD\""
              + " (optional)}. Reads the letter's questions, citations, public interest tests,"
              + " cost statements, dates and rights paragraphs and runs the rules that review a"
              + " case. Answers {\"regime\", \"findings\": [{\"rule\", \"section\", \"severity\","
              + " \"questions\", \"message\"}], \"cannotAssess\", \"read\"}. Nothing is stored.")
  @APIResponse(responseCode = "200", description = "The findings")
  @APIResponse(responseCode = "400", description = "Bad input (problem+json)")
  @APIResponse(responseCode = "429", description = "Too many checks; see Retry-After")
  public Response check(NoticeChecks.Submission body, @Context HttpServerRequest http) {
    if (body == null) {
      throw ValidationProblem.of("text", "Send a JSON object with the text of the notice");
    }
    NoticeCheckResult result = checks.check(body, ClientAddress.of(http));
    return Response.ok(result).header("Cache-Control", "no-store").build();
  }

  /**
   * JSON that does not parse: a 400 problem document. Jackson's message is not repeated, as it can
   * quote the text sent.
   */
  @ServerExceptionMapper
  public Response malformed(JsonParseException e, UriInfo uri) {
    return Response.status(400)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                "There is a problem",
                400,
                "The body is not the JSON object this call expects.",
                uri.getPath(),
                List.of(new Problem.FieldError("body", "Send a JSON object"))))
        .build();
  }
}
