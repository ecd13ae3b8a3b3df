package uk.foitracker.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
              + " severity, message and the auditor's mark (null if unmarked). With case, every"
              + " finding of that case, worst first. Without, one page of cases at a time (20 cases"
              + " a page): the cases worst first (by their worst finding, then the number of"
              + " findings), each case's findings together and worst first. The Link header gives"
              + " the first, previous, next and last pages; X-Total-Count the number of findings"
              + " in all pages, X-Case-Count the number of cases. With asAt (YYYY-MM-DD, today or"
              + " before; blank is today), what is still open (no response sent, an internal"
              + " review not decided, an instalment to come) is judged as at that day, overdue"
              + " only if it was due before it: a thread that ends before its due date is not"
              + " late. A response already sent is judged on the day it was sent. Each finding"
              + " and the X-As-At header give the day judged as at.")
  @APIResponse(
      responseCode = "200",
      description = "The findings",
      headers = {
        @Header(name = "Link", description = "RFC 8288 links to the other pages"),
        @Header(name = "X-Total-Count", description = "How many findings there are in all"),
        @Header(name = "X-Case-Count", description = "How many cases have findings"),
        @Header(name = "X-As-At", description = "The day the findings are judged as at")
      })
  @APIResponse(
      responseCode = "400",
      description =
          "The page is not a number from 1, or there is no such page, or asAt is not a real date"
              + " written YYYY-MM-DD, today or before")
  @APIResponse(responseCode = "401", description = "No bearer token")
  @APIResponse(responseCode = "403", description = "Not an auditor")
  @APIResponse(responseCode = "404", description = "No case has this slug or reference")
  public RestResponse<List<FindingView>> list(
      @Parameter(description = "Only this case's findings (then page is not read)")
          @QueryParam("case")
          String slug,
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
      @Parameter(
              description =
                  "Only the findings of the request with this reference, published or not (then"
                      + " page is not read)")
          @QueryParam("reference")
          String reference,
      @Parameter(
              description =
                  "Judge what is still open as at this day (YYYY-MM-DD, today or before) instead"
                      + " of today")
          @QueryParam("asAt")
          String asAt) {
    LocalDate day = review.asAt(asAt);
    if (slug != null && !slug.isBlank()) {
      return RestResponse.ResponseBuilder.ok(review.findingsOf(slug, day))
          .header("X-As-At", day.toString())
          .build();
    }
    if (reference != null && !reference.isBlank()) {
      return RestResponse.ResponseBuilder.ok(review.findingsOfReference(reference.strip(), day))
          .header("X-As-At", day.toString())
          .build();
    }
    FindingsPage found = review.findings(page, day);
    return RestResponse.ResponseBuilder.ok(found.findings())
        .header("X-As-At", day.toString())
        .header("X-Total-Count", found.findingCount())
        .header("X-Case-Count", found.caseCount())
        .header("Link", links(found, asAt == null || asAt.isBlank() ? "" : "&asAt=" + day))
        .build();
  }

  private static String links(FindingsPage found, String query) {
    List<String> links = new ArrayList<>();
    links.add(link(1, "first", query));
    if (found.page() > 1) {
      links.add(link(found.page() - 1, "prev", query));
    }
    if (found.page() < found.pageCount()) {
      links.add(link(found.page() + 1, "next", query));
    }
    links.add(link(found.pageCount(), "last", query));
    return String.join(", ", links);
  }

  private static String link(int page, String rel, String query) {
    return "</api/audit/findings?page=" + page + query + ">; rel=\"" + rel + "\"";
  }
}
