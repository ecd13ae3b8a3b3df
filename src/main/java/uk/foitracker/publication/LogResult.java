package uk.foitracker.publication;

import java.util.List;
import java.util.Locale;
import uk.foitracker.search.Snippet;
import uk.foitracker.web.Problem.FieldError;

/**
 * One page of the disclosure log, or the problems with what was asked for.
 *
 * @param query what was asked for (all cases when the input could not be read)
 * @param errors empty when the query was valid
 * @param options what the filters can offer
 * @param firstKey the page key of the first case shown (null when the order has no keys)
 * @param lastKey the page key of the last case shown
 */
public record LogResult(
    LogQuery query,
    List<FieldError> errors,
    List<CaseSummary> cases,
    long total,
    int pageCount,
    int pageSize,
    Options options,
    String firstKey,
    String lastKey)
    implements PublicationCache.Weighed {

  /** The filter choices the published cases support. */
  public record Options(
      List<CaseSummary.CitedProvision> provisions,
      List<Integer> years,
      long undated,
      List<AuthorityOption> authorities) {
    /** Without authorities to choose from. */
    public Options(List<CaseSummary.CitedProvision> provisions, List<Integer> years, long undated) {
      this(provisions, years, undated, List.of());
    }
  }

  /** An authority the log can be filtered by: its slug and name. */
  public record AuthorityOption(String slug, String name) {}

  static LogResult invalid(LogQuery query, List<FieldError> errors, int pageSize, Options options) {
    return new LogResult(
        query, List.copyOf(errors), List.of(), 0, 0, pageSize, options, null, null);
  }

  /**
   * What a page of results takes in the publication cache, in characters: its text counted four
   * times over for the objects around it (a search page with its passages is tens of kilobytes;
   * counted as the default few kilobytes, a few thousand different searches filled the heap).
   */
  @Override
  public int weight() {
    long chars = 500;
    for (CaseSummary c : cases) {
      chars += 200 + c.title().length() + c.authority().length();
      if (c.highlights() != null) {
        for (Snippet s : c.highlights()) {
          for (Snippet.Segment g : s.segments()) {
            chars += 40 + g.text().length();
          }
        }
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, 4 * chars);
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  public int page() {
    return query.page();
  }

  /** Position of the first case of this page among all results, from 1. */
  public long from() {
    return cases.isEmpty() ? 0 : (long) (page() - 1) * pageSize + 1;
  }

  /** A count as the page writes it: "607,523". */
  public String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /** A page number as the page writes it: "35,435". */
  public String number(int n) {
    return number((long) n);
  }

  /** How many results the pages can show: every page full. */
  public long shownAtMost() {
    return (long) pageCount * pageSize;
  }

  /** True when more cases match than the pages show (a search goes so many pages deep). */
  public boolean capped() {
    return valid() && total > shownAtMost();
  }

  public long to() {
    return from() == 0 ? 0 : from() + cases.size() - 1;
  }
}
