package uk.foitracker.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import uk.foitracker.question.Outcome;
import uk.foitracker.review.Views.RefusalsView;

/** The auditor's list of refusals, with the checks' findings and the auditor's marks. */
@Path("/audit/refusals")
@RolesAllowed("auditor")
@Produces(MediaType.TEXT_HTML)
public class RefusalsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(RefusalsView view);
  }

  private final ReviewService review;
  private final SecurityIdentity identity;

  RefusalsPage(ReviewService review, SecurityIdentity identity) {
    this.review = review;
    this.identity = identity;
  }

  @GET
  public TemplateInstance index(
      @QueryParam("provision") String provision,
      @QueryParam("outcome") String outcome,
      @QueryParam("year") String year,
      @QueryParam("officer") String officer) {
    return Templates.index(review.refusals(filter(provision, outcome, year, officer), null));
  }

  /** Unknown values in a filter are ignored: the filter is a convenience, not input to save. */
  static RefusalFilter filter(String provision, String outcome, String year, String officer) {
    Outcome o = null;
    if (outcome != null && !outcome.isBlank()) {
      try {
        o = Outcome.valueOf(outcome);
      } catch (IllegalArgumentException e) {
        o = null;
      }
    }
    Integer y = null;
    if (year != null && year.matches("\\d{4}")) {
      y = Integer.valueOf(year);
    }
    return new RefusalFilter(blankToNull(provision), o, y, blankToNull(officer));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @POST
  @Path("marks")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response mark(
      @FormParam("requestId") Long requestId,
      @FormParam("ruleId") String ruleId,
      @FormParam("questions") String questions,
      @FormParam("verdict") String verdict,
      @FormParam("note") String note) {
    MarkCommand command = new MarkCommand(requestId, ruleId, questions, verdict, note);
    try {
      String anchor = review.mark(identity.getPrincipal().getName(), command);
      return Response.seeOther(URI.create("/audit/refusals#" + anchor)).build();
    } catch (MarkRejected e) {
      return Response.status(400)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(Templates.index(review.refusals(RefusalFilter.NONE, e)))
          .build();
    }
  }
}
