package uk.foitracker.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published FOI statistics, open to anyone (s.45 Code of Practice, 2018, paras 8.5 and 8.6):
 * the page and the same figures as CSV, per quarter, in the Cabinet Office bulletin's columns, from
 * the same count as the auditor's statistics.
 */
@Path("/")
@Tag(name = "Published statistics")
public class PublishedStatisticsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(PublishedStatistics stats);
  }

  private final StatisticsService statistics;

  PublishedStatisticsPage(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Path("statistics")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance index() {
    return Templates.index(statistics.published());
  }

  @GET
  @Path("statistics.csv")
  @Produces(StatsExports.CSV_TYPE)
  @Operation(
      summary = "FOI statistics per quarter as CSV",
      description =
          "One row per calendar quarter of receipt; a header row of the Cabinet Office bulletin's"
              + " column names. Counts only.")
  public Response csv() {
    return Response.ok(statistics.published().csv(), StatsExports.CSV_TYPE)
        .header("Content-Disposition", "attachment; filename=\"foi-statistics-by-quarter.csv\"")
        .build();
  }
}
