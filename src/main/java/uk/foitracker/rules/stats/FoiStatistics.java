package uk.foitracker.rules.stats;

import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.Regime;

/**
 * The statistics of a set of requests, per calendar quarter and calendar year of receipt, as the
 * government's FOI bulletins count them (requests are placed in the period they were received, and
 * their outcome and timeliness counted there). Requests whose received date is not stated are
 * counted apart, "date not stated": no period is invented for them.
 */
public final class FoiStatistics {
  private FoiStatistics() {}

  /**
   * One row of the figures.
   *
   * @param code a stable key: "2019 Q1", "2019", "not-stated", "total"
   * @param label what a reader sees
   * @param kind quarter, year, not stated or total
   */
  public record Row(String code, String label, RowKind kind, Figures figures) {}

  /** What a row covers. */
  public enum RowKind {
    QUARTER,
    YEAR,
    NOT_STATED,
    TOTAL
  }

  /**
   * Requests citing a provision (each request counted once per provision it cites for any
   * question), among resolved requests.
   */
  public record ProvisionCount(String code, String reference, int requests) {}

  /**
   * The result.
   *
   * @param rows for each year: its four quarters, then the year; then "date not stated" (only
   *     without a year filter); then the total of the selection
   * @param exemptions exemptions and EIR exceptions applied, most used first
   * @param years every year that has requests (for the filter), before filtering by year
   */
  public record Result(List<Row> rows, List<ProvisionCount> exemptions, List<Integer> years) {
    public Row total() {
      return rows.get(rows.size() - 1);
    }
  }

  /**
   * Computes the statistics.
   *
   * @param year only requests received in this year; empty for all (then requests with no received
   *     date are counted in "date not stated" and in the total)
   * @param regime only requests under this regime; empty for both
   */
  public static Result compute(
      List<RequestFacts> requests, Optional<Integer> year, Optional<Regime> regime) {
    StatisticsTally tally = new StatisticsTally();
    requests.forEach(tally::add);
    return tally.result(year, regime);
  }

  static List<ProvisionCount> exemptions(List<RequestFacts> requests) {
    return compute(requests, Optional.empty(), Optional.empty()).exemptions();
  }
}
