package uk.foitracker.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import uk.foitracker.rules.Outcome;
import uk.foitracker.web.Hidden;

/**
 * The filters of the refusals page; null means any.
 *
 * @param provision a provision code, e.g. "FOIA-12"
 * @param outcome a question outcome
 * @param year the year the request was received
 * @param officer the officer the request is assigned to
 */
public record RefusalFilter(String provision, Outcome outcome, Integer year, String officer) {
  public static final RefusalFilter NONE = new RefusalFilter(null, null, null, null);

  public boolean any() {
    return provision != null || outcome != null || year != null || officer != null;
  }

  /** The filter's fields as query parameters, in a fixed order: "" for none. */
  List<Hidden> params() {
    List<Hidden> params = new ArrayList<>();
    if (provision != null) {
      params.add(new Hidden("provision", provision));
    }
    if (outcome != null) {
      params.add(new Hidden("outcome", outcome.name()));
    }
    if (year != null) {
      params.add(new Hidden("year", String.valueOf(year)));
    }
    if (officer != null) {
      params.add(new Hidden("officer", officer));
    }
    return params;
  }

  /** The canonical address of page {@code page} of the refusals page with this filter. */
  String href(int page) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    for (Hidden p : params()) {
      query.add(p.name() + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8));
    }
    if (page > 1) {
      query.add("page=" + page);
    }
    return "/audit/refusals" + query;
  }
}
