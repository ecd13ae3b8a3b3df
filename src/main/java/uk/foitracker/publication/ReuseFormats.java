package uk.foitracker.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.answer.TableView;
import uk.foitracker.web.PublicBaseUrl;

/**
 * The published cases in re-usable formats, under the Open Government Licence v3.0: each answer
 * table as CSV, the whole log as CSV, and an Atom feed of newly published cases.
 */
@Path("/")
@Tag(name = "Published cases")
public class ReuseFormats {
  private static final String OGL_LINK =
      "<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>;"
          + " rel=\"license\"";

  private final DisclosureLog log;
  private final CaseVersions cases;
  private final LogConfig config;
  private final Clock clock;
  private final String authority;
  private final String service;
  private final PublicBaseUrl publicBase;

  ReuseFormats(
      DisclosureLog log,
      CaseVersions cases,
      LogConfig config,
      Clock clock,
      @ConfigProperty(name = "foi.authority.name") String authority,
      @ConfigProperty(name = "foi.service.name") String service,
      PublicBaseUrl publicBase) {
    this.publicBase = publicBase;
    this.log = log;
    this.cases = cases;
    this.config = config;
    this.clock = clock;
    this.authority = authority;
    this.service = service;
  }

  @GET
  @Path("cases/{slug}/tables/{number: \\d{1,4}}.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "One answer table as CSV",
      description =
          "Tables are numbered from 1 in the order of the response. For each published column, the"
              + " figure (a plain number, or the text as published when the cell is not a number,"
              + " such as \"-\") and its state (Value, Not held, Withheld (small number), Nil, Not"
              + " applicable, Not stated). A column with a unit in any cell (\"£12,345\", \"12.5%\")"
              + " has its unit (\"£\", \"%\") in a column between the figure and the state.")
  public Response table(@PathParam("slug") String slug, @PathParam("number") int number) {
    CaseView c =
        cases.find(slug).orElseThrow(() -> new NotFoundException("No published case " + slug));
    TableView table =
        c.allTables().stream()
            .filter(t -> t.number() == number)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("The case " + slug + " has no table " + number));
    return download(Csv.table(table), slug + "-table-" + number + ".csv");
  }

  @GET
  @Path("cases.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "The whole disclosure log as CSV",
      description = "One row per published case; a date the response does not state is left blank.")
  public Response log() {
    return download(Csv.log(log.list(), publicBase.base()), "disclosure-log.csv");
  }

  @GET
  @Path("cases.atom")
  @Produces(AtomFeed.MEDIA_TYPE)
  @Operation(summary = "Atom feed of newly published cases")
  public Response feed() {
    String xml =
        AtomFeed.write(
            authority,
            service,
            log.newest(config.feedSize()),
            publicBase.base(),
            Instant.now(clock));
    return Response.ok(xml, AtomFeed.MEDIA_TYPE).header("Link", OGL_LINK).build();
  }

  @GET
  @Path("a/{authority}/cases.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "One authority's disclosure log as CSV",
      description = "The columns of /cases.csv, for the cases of the authority of this slug.")
  public Response authorityLog(@PathParam("authority") String slug) {
    Long id = authorityId(slug);
    return download(
        Csv.log(log.newest(id, Integer.MAX_VALUE), publicBase.base()),
        "disclosure-log-" + slug + ".csv");
  }

  @GET
  @Path("a/{authority}/cases.atom")
  @Produces(AtomFeed.MEDIA_TYPE)
  @Operation(summary = "Atom feed of one authority's newly published cases")
  public Response authorityFeed(@PathParam("authority") String slug) {
    Long id = authorityId(slug);
    String name = log.authority(slug).map(LogResult.AuthorityOption::name).orElseThrow();
    String xml =
        AtomFeed.write(
            name,
            service,
            log.newest(id, config.feedSize()),
            publicBase.base(),
            Instant.now(clock));
    return Response.ok(xml, AtomFeed.MEDIA_TYPE).header("Link", OGL_LINK).build();
  }

  /** The id of the authority of this slug; a 404 when there is none. */
  private Long authorityId(String slug) {
    Long id = log.authorityId(slug);
    if (id == null) {
      throw new NotFoundException("No authority has the slug " + slug);
    }
    return id;
  }

  private static Response download(String csv, String filename) {
    return Response.ok(csv, Csv.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Link", OGL_LINK)
        .build();
  }
}
