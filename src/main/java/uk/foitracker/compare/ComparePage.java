package uk.foitracker.compare;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.foitracker.security.CurrentUser;
import uk.foitracker.web.NotFoundProblem;

/**
 * The public comparison of a batch: {@code /compare/{batch}} (page), {@code .csv} (one line per
 * aligned cell) and {@code .json} (the whole comparison). Published cases only.
 */
@Path("/compare")
public class ComparePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(ComparisonView compare);
  }

  private final Comparisons comparisons;
  private final CurrentUser user;

  ComparePage(Comparisons comparisons, CurrentUser user) {
    this.comparisons = comparisons;
    this.user = user;
  }

  @GET
  @Path("{batch}")
  @Produces(MediaType.TEXT_HTML)
  public Response show(
      @PathParam("batch") String batch, @QueryParam("page") @DefaultValue("1") String page) {
    int number = pageNumber(page);
    if (user.signedIn()) { // their header differs: rendered for them each time
      return Response.ok(Templates.show(comparisons.compare(batch, number)).render()).build();
    }
    return Response.ok(comparisons.rendered(batch, number, v -> Templates.show(v).render()))
        .build();
  }

  /** A page number as asked for; anything but a whole number from 1 is a page not found. */
  private static int pageNumber(String page) {
    try {
      return Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundProblem("No page \"" + page + "\" of this comparison");
    }
  }

  @GET
  @Path("{batch}.csv")
  @Produces(CompareCsv.MEDIA_TYPE)
  @Operation(
      summary = "A batch's aligned tables as CSV",
      description =
          "One line per aligned cell: the aligned table, row, column and authority, the cell's"
              + " state (VALUE, NIL, NOT_HELD, SUPPRESSED, NOT_APPLICABLE, NOT_STATED, or ABSENT"
              + " where the authority's table has no such row or column), its figure and text,"
              + " and the case, table, row and column it came from.")
  public Response csv(@PathParam("batch") String batch) {
    Stream<ComparisonView.Grid> tables = comparisons.allTables(batch);
    StreamingOutput body =
        // the printer flushes and closes the writer when done
        out ->
            CompareCsv.write(
                tables, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    return Response.ok(body, CompareCsv.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"compare-" + batch + ".csv\"")
        .build();
  }

  @GET
  @Path("{batch}.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A batch compared, as JSON",
      description =
          "The batch's published cases by authority, their questions with outcomes and grounds,"
              + " the grounds counted, and the aligned tables with each cell's state and source."
              + " A batch of more than 20 authorities comes a page of 20 at a time (page, pages,"
              + " authoritiesTotal); the grounds are always counted over the whole batch, and the"
              + " CSV has every cell.")
  public ComparisonView json(
      @PathParam("batch") String batch, @QueryParam("page") @DefaultValue("1") String page) {
    return comparisons.compare(batch, pageNumber(page));
  }
}
