package uk.foitracker.compose;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.web.ValidationProblem;

/**
 * Corrections to a response already sent (issue 20): an answer's words, a table's figure, a
 * citation's reasons. Each needs a {@code reason}, is audited with the text before and after, and,
 * once the case is published, is published at once as a new version carrying the change and the
 * reason ({@code publishedVersion}). {@code version} (optional) is the request's version as read: a
 * stale one gives 409.
 */
@Path("/api/responses/{ref}/sent-corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("officer")
@Tag(name = "Responses (officers)")
public class CorrectionsApi {

  /** The answer's corrected paragraphs and the reason. */
  public record AnswerCorrection(Long version, List<String> paragraphs, String reason) {}

  /**
   * One table cell: {@code row} and {@code column} count from 1 as shown (columns of figures),
   * {@code value} as entered ("1,234", "-" not held, "&lt;5" suppressed).
   */
  public record CellCorrection(
      Long version, Integer row, Integer column, String value, String reason) {}

  /** A citation's corrected reasons. */
  public record CitationCorrection(Long version, String reasons, String reason) {}

  /** What the correction did, and the version of the case published with it (or null). */
  public record CorrectionResult(String message, Integer publishedVersion) {}

  private final Corrections corrections;
  private final SecurityIdentity identity;

  CorrectionsApi(Corrections corrections, SecurityIdentity identity) {
    this.corrections = corrections;
    this.identity = identity;
  }

  @POST
  @Path("answers/{position}")
  @Idempotent
  @Operation(summary = "Correct an answer of a sent response")
  @APIResponse(responseCode = "200", description = "Corrected (and published when published)")
  @APIResponse(responseCode = "400", description = "Invalid fields or not sent; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public CorrectionResult answer(
      @PathParam("ref") String ref, @PathParam("position") int position, AnswerCorrection body) {
    if (body == null) {
      throw ValidationProblem.of("body", "Send the correction as a JSON object");
    }
    return result(
        corrections.answer(
            ref, body.version(), position, body.paragraphs(), body.reason(), actor()));
  }

  @POST
  @Path("answers/{position}/tables/{table}/cells")
  @Idempotent
  @Operation(summary = "Correct a figure in a table of a sent response")
  @APIResponse(responseCode = "200", description = "Corrected (and published when published)")
  @APIResponse(responseCode = "400", description = "Invalid fields or not sent; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public CorrectionResult cell(
      @PathParam("ref") String ref,
      @PathParam("position") int position,
      @PathParam("table") int table,
      CellCorrection body) {
    if (body == null || body.row() == null || body.column() == null) {
      throw ValidationProblem.of("row", "Send row and column, counting from 1");
    }
    return result(
        corrections.tableCell(
            ref,
            body.version(),
            position,
            table,
            body.row(),
            body.column(),
            body.value(),
            body.reason(),
            actor()));
  }

  @POST
  @Path("citations/{position}")
  @Idempotent
  @Operation(summary = "Correct the reasons of a citation of a sent response")
  @APIResponse(responseCode = "200", description = "Corrected (and published when published)")
  @APIResponse(responseCode = "400", description = "Invalid fields or not sent; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public CorrectionResult citation(
      @PathParam("ref") String ref, @PathParam("position") int position, CitationCorrection body) {
    if (body == null) {
      throw ValidationProblem.of("body", "Send the correction as a JSON object");
    }
    return result(
        corrections.citationReasons(
            ref, body.version(), position, body.reasons(), body.reason(), actor()));
  }

  private static CorrectionResult result(Corrections.Corrected c) {
    return new CorrectionResult(c.message(), c.publishedVersion());
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
