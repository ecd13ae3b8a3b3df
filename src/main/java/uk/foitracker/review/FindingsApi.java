package uk.foitracker.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.review.Views.FindingView;

/** The review checks' findings as JSON, for auditors (bearer token with the auditor role). */
@Path("/api/audit/findings")
@RolesAllowed("auditor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class FindingsApi {
  private final ReviewService review;

  FindingsApi(ReviewService review) {
    this.review = review;
  }

  @GET
  @Operation(
      summary = "Findings of the review checks",
      description =
          "Each finding with its case slug, question numbers, rule id, the provision it enforces,"
              + " severity, message and the auditor's mark (null if unmarked), worst first.")
  @APIResponse(responseCode = "200", description = "The findings")
  @APIResponse(responseCode = "401", description = "No bearer token")
  @APIResponse(responseCode = "403", description = "Not an auditor")
  @APIResponse(responseCode = "404", description = "No case has this slug")
  public List<FindingView> list(
      @Parameter(description = "Only this case's findings") @QueryParam("case") String slug) {
    return review.findings(slug);
  }
}
