package uk.foitracker.rules.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.stats.RequestFacts.Cited;

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
    List<RequestFacts> ofRegime =
        requests.stream().filter(r -> regime.isEmpty() || r.regime() == regime.get()).toList();
    TreeSet<Integer> allYears = new TreeSet<>();
    ofRegime.forEach(r -> r.received().ifPresent(d -> allYears.add(d.getYear())));
    List<RequestFacts> selected =
        ofRegime.stream()
            .filter(r -> year.isEmpty() || r.received().map(d -> d.getYear()).equals(year))
            .toList();
    List<Row> rows = new ArrayList<>();
    TreeSet<Integer> years = new TreeSet<>();
    if (year.isPresent()) {
      years.add(year.get());
    } else {
      years.addAll(allYears);
    }
    for (int y : years) {
      for (int q = 1; q <= 4; q++) {
        Period p = new Period(y, q);
        rows.add(
            new Row(
                p.code(),
                p.label(),
                RowKind.QUARTER,
                Figures.of(
                    selected.stream().filter(r -> r.period().equals(Optional.of(p))).toList())));
      }
      rows.add(
          new Row(
              String.valueOf(y),
              "Year " + y,
              RowKind.YEAR,
              Figures.of(
                  selected.stream()
                      .filter(r -> r.received().map(d -> d.getYear() == y).orElse(false))
                      .toList())));
    }
    if (year.isEmpty()) {
      rows.add(
          new Row(
              "not-stated",
              "Date not stated",
              RowKind.NOT_STATED,
              Figures.of(selected.stream().filter(r -> r.received().isEmpty()).toList())));
    }
    rows.add(new Row("total", "Total", RowKind.TOTAL, Figures.of(selected)));
    return new Result(List.copyOf(rows), exemptions(selected), List.copyOf(allYears));
  }

  static List<ProvisionCount> exemptions(List<RequestFacts> requests) {
    Map<String, String> references = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RequestFacts r : requests) {
      if (!r.resolved()) {
        continue;
      }
      r.questions().stream()
          .flatMap(q -> q.citations().stream())
          .filter(c -> c.type().isExemption())
          .map(Cited::code)
          .distinct()
          .forEach(code -> counts.merge(code, 1, Integer::sum));
      r.questions().stream()
          .flatMap(q -> q.citations().stream())
          .forEach(c -> references.putIfAbsent(c.code(), c.reference()));
    }
    return counts.entrySet().stream()
        .map(e -> new ProvisionCount(e.getKey(), references.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingInt(ProvisionCount::requests)
                .reversed()
                .thenComparing(ProvisionCount::code))
        .toList();
  }
}
