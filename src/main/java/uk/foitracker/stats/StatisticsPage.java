package uk.foitracker.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.foitracker.authority.AuthorityScope;

/** The auditor's performance statistics: the page, and the same figures as CSV and XLSX. */
@Path("/audit")
@RolesAllowed("auditor")
public class StatisticsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(StatisticsView view);
  }

  private final StatisticsService statistics;
  private final AuthorityScope scope;

  StatisticsPage(StatisticsService statistics, AuthorityScope scope) {
    this.statistics = statistics;
    this.scope = scope;
  }

  /** The auditor's authorities' figures: every request's for an auditor of every authority. */
  private StatisticsView view(String year, String regime) {
    StatsFilter filter = StatsFilter.parse(year, regime);
    return scope.all() ? statistics.statistics(filter) : statistics.statistics(filter, scope.ids());
  }

  @GET
  @Path("statistics")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance index(
      @QueryParam("year") String year, @QueryParam("regime") String regime) {
    return Templates.index(view(year, regime));
  }

  @GET
  @Path("statistics.csv")
  @Produces(StatsExports.CSV_TYPE)
  public Response csv(@QueryParam("year") String year, @QueryParam("regime") String regime) {
    StatisticsView view = view(year, regime);
    return download(StatsExports.csv(view), StatsExports.CSV_TYPE, view, "csv");
  }

  @GET
  @Path("statistics.xlsx")
  @Produces(StatsExports.XLSX_TYPE)
  public Response xlsx(@QueryParam("year") String year, @QueryParam("regime") String regime) {
    StatisticsView view = view(year, regime);
    return download(StatsExports.xlsx(view), StatsExports.XLSX_TYPE, view, "xlsx");
  }

  private static Response download(Object body, String type, StatisticsView view, String ext) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"foi-statistics" + view.fileSuffix() + "." + ext + "\"")
        .build();
  }
}
