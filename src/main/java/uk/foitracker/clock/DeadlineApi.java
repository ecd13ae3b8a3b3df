package uk.foitracker.clock;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.web.DateFields;

/** The deadline calculator as JSON. */
@Path("/api/deadline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class DeadlineApi {
  private final Deadlines deadlines;

  DeadlineApi(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @GET
  @Operation(
      summary = "When a response is due",
      description =
          "The 20th working day after receipt (FOIA s.10(1), EIR reg 5(2)), day 1 being the first working day after the"
              + " day of receipt, on a calendar that excludes weekends, Christmas Day, Good Friday and the bank holidays"
              + " of every part of the UK. Lists each day skipped and why.")
  @APIResponse(responseCode = "200", description = "The due date and the working")
  @APIResponse(
      responseCode = "400",
      description =
          "Not a date, an unknown regime, or a date outside the calendar (application/problem+json)")
  public DeadlineView due(
      @Parameter(description = "Date of receipt, YYYY-MM-DD", example = "2023-04-28")
          @QueryParam("received")
          String received,
      @Parameter(description = "FOIA or EIR", example = "FOIA") @QueryParam("regime")
          String regime) {
    return deadlines.calculate(
        "received",
        Deadlines.regime("regime", regime),
        DateFields.fromIso("received", "Date the request was received", received));
  }
}
