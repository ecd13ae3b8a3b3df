package uk.foitracker.compare;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

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

  ComparePage(Comparisons comparisons) {
    this.comparisons = comparisons;
  }

  @GET
  @Path("{batch}")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show(@PathParam("batch") String batch) {
    return Templates.show(comparisons.compare(batch));
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
    ComparisonView v = comparisons.compare(batch);
    return Response.ok(CompareCsv.write(v), CompareCsv.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"compare-" + v.slug() + ".csv\"")
        .build();
  }

  @GET
  @Path("{batch}.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A batch compared, as JSON",
      description =
          "The batch's published cases by authority, their questions with outcomes and grounds,"
              + " the grounds counted, and the aligned tables with each cell's state and source.")
  public ComparisonView json(@PathParam("batch") String batch) {
    return comparisons.compare(batch);
  }
}
