package uk.foitracker.clock;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateFields;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.ValidationProblem;

/**
 * "When is a response due?": a GET form, so a result has its own address to share. The first visit
 * (no fields) shows the empty form; anything typed is checked.
 */
@Path("/deadline")
@Produces(MediaType.TEXT_HTML)
public class DeadlinePage {

  /** What was typed, echoed back into the form. */
  public record Form(String day, String month, String year, String regime) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(Form form, FormErrors errors, DeadlineView result);
  }

  private final Deadlines deadlines;

  DeadlinePage(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @GET
  public Response page(
      @QueryParam("received-day") String day,
      @QueryParam("received-month") String month,
      @QueryParam("received-year") String year,
      @QueryParam("regime") String regime) {
    Form form = new Form(day, month, year, regime);
    if (day == null && month == null && year == null && regime == null) {
      return Response.ok(Templates.page(form, FormErrors.NONE, null)).build();
    }
    try {
      Regime chosen = Deadlines.regime("regime", regime);
      DeadlineView result =
          deadlines.calculate(
              "received",
              chosen,
              DateFields.fromBoxes("received", "Date the request was received", day, month, year));
      return Response.ok(Templates.page(form, FormErrors.NONE, result)).build();
    } catch (ValidationProblem problem) {
      return Response.status(400)
          .entity(Templates.page(form, FormErrors.of(problem), null))
          .build();
    }
  }
}
