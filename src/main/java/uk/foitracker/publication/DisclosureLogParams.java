package uk.foitracker.publication;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The disclosure log's query string: search words, filters, order and page, as the log page ({@code
 * /}, {@code /cases}), an authority's log ({@code /a/{slug}}) and {@code GET /api/cases} all take
 * it. {@link LogQuery#parse} checks it, the same way for each. The authority is not here: the log
 * of every authority takes it as {@code ?authority=}, an authority's log from its path.
 */
public class DisclosureLogParams {
  @Parameter(description = "Search words, 1 to 200 characters")
  @QueryParam("q")
  public String q;

  @Parameter(
      description = "Outcome of any question, e.g. REFUSED_COST_LIMIT; repeat for any of several")
  @QueryParam("outcome")
  public List<String> outcomes;

  @Parameter(description = "Code of a provision cited, e.g. FOIA-12")
  @QueryParam("provision")
  public String provision;

  @Parameter(description = "FOIA or EIR")
  @QueryParam("regime")
  public String regime;

  @Parameter(description = "Year of publication; cases whose date is not stated never match a year")
  @QueryParam("year")
  public String year;

  @Parameter(description = "newest (default), oldest, title, or relevance (default with q)")
  @QueryParam("sort")
  public String sort;

  @Parameter(description = "Page number, from 1")
  @QueryParam("page")
  public String page;

  @Parameter(description = "Page key of the last case of the previous page (from the Link header)")
  @QueryParam("after")
  public String after;

  @Parameter(description = "Page key of the first case of the next page (from the Link header)")
  @QueryParam("before")
  public String before;

  /**
   * The parameters as they came, for {@link DisclosureLog#browse}; {@code uri} tells an empty
   * search ({@code ?q=}) from no search; {@code authority} is a slug, or null for every authority.
   */
  LogQuery.Raw raw(UriInfo uri, String authority) {
    return new LogQuery.Raw(
        LogQuery.Raw.search(q, uri.getQueryParameters().containsKey("q")),
        outcomes,
        provision,
        regime,
        year,
        sort,
        page,
        after,
        before,
        authority);
  }
}
