package uk.foitracker.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Hidden;
import uk.foitracker.web.Option;
import uk.foitracker.web.Pagination;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;

/**
 * What the disclosure log page shows: the filter form as typed, the results and the page links.
 * Links are canonical: the same query always gives the same address, so a page can be shared.
 */
public record LogView(
    LogResult result, Form form, Pagination pagination, LogResult.AuthorityOption scope) {

  /** The form keeps what was typed, even when it was wrong. */
  public record Form(
      String q,
      List<Option> outcomes,
      List<Option> provisions,
      List<Option> regimes,
      List<Option> years,
      List<Option> sorts,
      long undated,
      boolean searching,
      List<Hidden> searchKeeps,
      List<Hidden> filterKeeps,
      List<Option> authorities) {
    /** Says which cases a year filter leaves out: those whose publication date is not stated. */
    public String yearHint() {
      if (undated == 0) {
        return null;
      }
      return undated == 1
          ? "1 published response does not state when it was published: it appears only when no"
              + " year is chosen."
          : undated
              + " published responses do not state when they were published: they appear only when"
              + " no year is chosen.";
    }
  }

  static LogView of(LogQuery.Raw raw, LogResult result) {
    return new LogView(result, form(raw, result, false), pagination(result, null), null);
  }

  /** One authority's disclosure log, /a/{slug}/: the same page, its links kept under it. */
  static LogView of(LogQuery.Raw raw, LogResult result, LogResult.AuthorityOption scope) {
    return new LogView(result, form(raw, result, true), pagination(result, scope), scope);
  }

  /** Where the forms and "clear" link go: / for every authority, /a/{slug}/ for one. */
  public String action() {
    return scope == null ? "/cases" : authorityBase(scope.slug());
  }

  /** The address of an authority's log. */
  static String authorityBase(String slug) {
    return "/a/" + encode(slug) + "/";
  }

  /** The log's own feeds and CSV: the authority's on its page, every authority's on /. */
  public String feedBase() {
    return scope == null ? "/" : authorityBase(scope.slug());
  }

  public FormErrors errors() {
    return new FormErrors(result.errors());
  }

  public String errorFor(String field) {
    return result.errors().stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  /** The address of this page's results as CSV is the whole log: see the page text. */
  public String canonical() {
    return href(result.query(), result.query().page());
  }

  private static Form form(LogQuery.Raw raw, LogResult result, boolean scoped) {
    List<String> typedOutcomes =
        raw.outcomes().stream().filter(Objects::nonNull).map(String::strip).toList();
    List<Option> outcomes =
        Arrays.stream(Outcome.values())
            .map(
                o -> new Option(o.name(), StatuteLabels.label(o), typedOutcomes.contains(o.name())))
            .toList();

    List<Option> provisions = new ArrayList<>();
    provisions.add(new Option("", "Any provision", isBlank(raw.provision())));
    boolean listed = false;
    for (CaseSummary.CitedProvision p : result.options().provisions()) {
      boolean selected = p.code().equals(strip(raw.provision()));
      listed |= selected;
      provisions.add(new Option(p.code(), p.reference(), selected));
    }
    if (!listed && result.query().provision() != null) {
      // A valid provision nobody has cited yet: keep it selected, it finds nothing.
      provisions.add(new Option(result.query().provision(), result.query().provision(), true));
    }

    List<Option> regimes = new ArrayList<>();
    regimes.add(new Option("", "Any regime", isBlank(raw.regime())));
    for (Regime r : Regime.values()) {
      regimes.add(
          new Option(
              r.name(), r.name() + " (" + r.title() + ")", r.name().equals(strip(raw.regime()))));
    }

    List<Option> years = new ArrayList<>();
    years.add(new Option("", "Any year", isBlank(raw.year())));
    boolean yearListed = false;
    for (Integer y : result.options().years()) {
      boolean selected = String.valueOf(y).equals(strip(raw.year()));
      yearListed |= selected;
      years.add(new Option(String.valueOf(y), String.valueOf(y), selected));
    }
    if (!yearListed && result.query().year() != null) {
      years.add(
          new Option(
              String.valueOf(result.query().year()), String.valueOf(result.query().year()), true));
    }

    boolean searching = raw.q() != null && !raw.q().isBlank();
    LogSort current = result.valid() ? result.query().sort() : null;
    List<Option> sorts = new ArrayList<>();
    for (LogSort s : LogSort.values()) {
      if (s == LogSort.RELEVANCE && !searching) {
        continue;
      }
      boolean selected = current != null ? current == s : s.param().equals(strip(raw.sort()));
      sorts.add(new Option(s.param(), s.label(), selected));
    }

    List<Option> authorities = new ArrayList<>();
    if (!scoped) {
      authorities.add(new Option("", "All authorities", isBlank(raw.authority())));
      for (LogResult.AuthorityOption a : result.options().authorities()) {
        authorities.add(new Option(a.slug(), a.name(), a.slug().equals(strip(raw.authority()))));
      }
    }

    List<Hidden> searchKeeps = new ArrayList<>();
    if (!scoped) {
      keep(searchKeeps, "authority", raw.authority());
    }
    typedOutcomes.forEach(o -> searchKeeps.add(new Hidden("outcome", o)));
    keep(searchKeeps, "provision", raw.provision());
    keep(searchKeeps, "regime", raw.regime());
    keep(searchKeeps, "year", raw.year());
    List<Hidden> filterKeeps = new ArrayList<>();
    if (searching) {
      filterKeeps.add(new Hidden("q", raw.q()));
    }
    return new Form(
        raw.q() == null ? "" : raw.q(),
        outcomes,
        provisions,
        regimes,
        years,
        sorts,
        result.options().undated(),
        searching,
        searchKeeps,
        filterKeeps,
        authorities);
  }

  private static Pagination pagination(LogResult result, LogResult.AuthorityOption scope) {
    if (!result.valid()) {
      return Pagination.NONE;
    }
    return Pagination.of(
        result.query().page(), result.pageCount(), n -> scoped(link(result, n), scope));
  }

  /**
   * A link of the log under an authority's own address: /cases?authority=x&page=2 becomes
   * /a/x/?page=2 (the authority is always the first parameter of a canonical address).
   */
  static String scoped(String href, LogResult.AuthorityOption scope) {
    if (scope == null) {
      return href;
    }
    String all = "/cases?authority=" + encode(scope.slug());
    String base = authorityBase(scope.slug());
    if (href.startsWith(all + "&")) {
      return base + "?" + href.substring(all.length() + 1);
    }
    return href.equals(all) ? base : href;
  }

  /**
   * The address of a page: the next and previous pages carry the page key of this page's last or
   * first case, so the database reads them from an index whatever their depth.
   */
  private static String link(LogResult result, int n) {
    int page = result.query().page();
    String href = href(result.query(), n);
    if (n == page + 1) {
      return href + keyParam("after", result.lastKey());
    }
    if (n == page - 1 && n > 1) {
      return href + keyParam("before", result.firstKey());
    }
    return href;
  }

  /** "&after=key" for an address that already has a query string; "" when there is no key. */
  static String keyParam(String name, String key) {
    return key == null ? "" : "&" + name + "=" + encode(key);
  }

  /** The canonical address of page {@code page} of this query. */
  static String href(LogQuery q, int page) {
    StringJoiner params = new StringJoiner("&");
    if (q.authority() != null) {
      params.add("authority=" + encode(q.authority()));
    }
    if (q.q() != null) {
      params.add("q=" + encode(q.q()));
    }
    q.outcomes().stream().sorted().forEach(o -> params.add("outcome=" + o.name()));
    if (q.provision() != null) {
      params.add("provision=" + encode(q.provision()));
    }
    if (q.regime() != null) {
      params.add("regime=" + q.regime().name());
    }
    if (q.year() != null) {
      params.add("year=" + q.year());
    }
    LogSort defaultSort = q.q() != null ? LogSort.RELEVANCE : LogSort.NEWEST;
    if (q.sort() != defaultSort) {
      params.add("sort=" + q.sort().param());
    }
    if (page > 1) {
      params.add("page=" + page);
    }
    return params.length() == 0 ? "/cases" : "/cases?" + params;
  }

  private static void keep(List<Hidden> keeps, String name, String value) {
    if (!isBlank(value)) {
      keeps.add(new Hidden(name, value.strip()));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
