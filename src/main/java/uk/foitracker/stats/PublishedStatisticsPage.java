package uk.foitracker.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.authority.Authority;
import uk.foitracker.web.CsvCells;

/**
 * The published FOI statistics, open to anyone (s.45 Code of Practice, 2018, paras 8.5 and 8.6):
 * the page and the same figures as CSV, per quarter, in the Cabinet Office bulletin's columns, from
 * the same count as the auditor's statistics. Every authority's together, with a comparison of
 * their timeliness and the ICO's bands, at /statistics; one authority's at /a/{slug}/statistics.
 */
@Path("/")
@Tag(name = "Published statistics")
public class PublishedStatisticsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        PublishedStatistics stats, Scope scope, List<AuthorityTimeliness> comparison);
  }

  /**
   * The authority a page is for, or null for every authority.
   *
   * @param base where its pages are: "/" or "/a/{slug}/"
   */
  record Scope(String slug, String name, String base) {}

  private final StatisticsService statistics;

  PublishedStatisticsPage(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Path("statistics")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance index() {
    return Templates.index(statistics.published(), null, comparison());
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

  @GET
  @Path("statistics/authorities.csv")
  @Produces(StatsExports.CSV_TYPE)
  @Operation(
      summary = "Timeliness of every authority compared, as CSV",
      description =
          "One row per authority: requests received, responded to, in time, late, open past the"
              + " deadline, the percentage in time, the ICO's band, and whether it is below the"
              + " ICO's monitoring threshold of 90% in time. Counts only.")
  public Response comparisonCsv() {
    StringWriter out = new StringWriter();
    out.write("\uFEFF");
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      CsvCells.print(p, AuthorityTimeliness.CSV_HEADER);
      for (AuthorityTimeliness row : comparison()) {
        CsvCells.print(p, row.csvRow());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString(), StatsExports.CSV_TYPE)
        .header("Content-Disposition", "attachment; filename=\"foi-timeliness-by-authority.csv\"")
        .build();
  }

  @GET
  @Path("a/{authority}/statistics")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance authority(@PathParam("authority") String slug) {
    Authority a = find(slug);
    return Templates.index(
        statistics.published(a.id), new Scope(a.slug, a.name, "/a/" + a.slug + "/"), List.of());
  }

  @GET
  @Path("a/{authority}/statistics.csv")
  @Produces(StatsExports.CSV_TYPE)
  @Operation(
      summary = "One authority's FOI statistics per quarter as CSV",
      description = "The columns of /statistics.csv, for the requests of one authority.")
  public Response authorityCsv(@PathParam("authority") String slug) {
    Authority a = find(slug);
    return Response.ok(statistics.published(a.id).csv(), StatsExports.CSV_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"foi-statistics-by-quarter-" + a.slug + ".csv\"")
        .build();
  }

  private static Authority find(String slug) {
    return Authority.findBySlug(slug)
        .orElseThrow(() -> new NotFoundException("No authority has the slug " + slug));
  }

  private List<AuthorityTimeliness> comparison() {
    return statistics.compare(
        Authority.listByName().stream()
            .map(a -> new AuthorityTimeliness.Named(a.id, a.slug, a.name, a.kind.label()))
            .toList());
  }
}
