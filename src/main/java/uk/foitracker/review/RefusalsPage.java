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
import uk.foitracker.rules.Outcome;

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

  /** A page of the refusals, worst case first; a page number that is not valid gives 400. */
  @GET
  public Response index(
      @QueryParam("provision") String provision,
      @QueryParam("outcome") String outcome,
      @QueryParam("year") String year,
      @QueryParam("officer") String officer,
      @QueryParam("page") String page) {
    RefusalsView view =
        RefusalsModel.of(review.refusals(filter(provision, outcome, year, officer), page));
    return html(view.errors().any() ? 400 : 200, view);
  }

  private static Response html(int status, RefusalsView view) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.index(view))
        .build();
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

  /**
   * Saves a mark and goes back to the finding, on the page of the refusals (with the filter the
   * form was on) that holds its case; a mark that cannot be saved shows that page with its errors.
   */
  @POST
  @Path("marks")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response mark(
      @FormParam("requestId") Long requestId,
      @FormParam("ruleId") String ruleId,
      @FormParam("questions") String questions,
      @FormParam("verdict") String verdict,
      @FormParam("note") String note,
      @FormParam("provision") String provision,
      @FormParam("outcome") String outcome,
      @FormParam("year") String year,
      @FormParam("officer") String officer) {
    MarkCommand command = new MarkCommand(requestId, ruleId, questions, verdict, note);
    RefusalFilter filter = filter(provision, outcome, year, officer);
    try {
      String anchor = review.mark(identity.getPrincipal().getName(), command);
      Integer page = review.pageOf(filter, requestId);
      if (page == null) {
        // the case no longer matches the filter: find it without one
        filter = RefusalFilter.NONE;
        page = review.pageOf(filter, requestId);
      }
      String href = filter.href(page == null ? 1 : page);
      return Response.seeOther(URI.create(href + "#" + anchor)).build();
    } catch (MarkRejected e) {
      return html(400, RefusalsModel.of(review.rejected(filter, e)));
    }
  }
}
