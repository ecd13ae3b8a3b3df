package uk.foitracker.rules.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.stats.FoiStatistics.ProvisionCount;
import uk.foitracker.rules.stats.FoiStatistics.Row;
import uk.foitracker.rules.stats.FoiStatistics.RowKind;
import uk.foitracker.rules.stats.RequestFacts.Cited;

/**
 * The statistics counted one request at a time, so that a million requests need not be held in
 * memory at once: {@link #add} each request's facts, then ask {@link #result} for any year and
 * regime. Counts per regime and quarter of receipt (or "date not stated"); the rows of a result are
 * sums of those cells, exactly as {@link FoiStatistics#compute} defines them.
 */
public final class StatisticsTally {
  private record Cell(Regime regime, Optional<Period> period) {}

  private record ExemptionKey(Regime regime, Optional<Integer> year, String code) {}

  private final Map<Cell, Counts> cells = new HashMap<>();
  private final Map<ExemptionKey, Integer> exemptions = new HashMap<>();
  private final Map<String, String> references = new HashMap<>();
  private int added;

  /** Counts one request. */
  public void add(RequestFacts r) {
    added++;
    cells.computeIfAbsent(new Cell(r.regime(), r.period()), c -> new Counts()).add(r);
    if (!r.resolved()) {
      return;
    }
    Optional<Integer> year = r.received().map(d -> d.getYear());
    r.questions().stream()
        .flatMap(q -> q.citations().stream())
        .peek(c -> references.putIfAbsent(c.code(), c.reference()))
        .filter(c -> c.type().isExemption())
        .map(Cited::code)
        .distinct()
        .forEach(
            code -> exemptions.merge(new ExemptionKey(r.regime(), year, code), 1, Integer::sum));
  }

  /** Adds what another tally counted to this one (several authorities' figures as one). */
  public void merge(StatisticsTally other) {
    added += other.added;
    other.cells.forEach(
        (cell, counts) -> cells.computeIfAbsent(cell, c -> new Counts()).merge(counts));
    other.exemptions.forEach((key, n) -> exemptions.merge(key, n, Integer::sum));
    other.references.forEach(references::putIfAbsent);
  }

  /** How many requests were counted. */
  public int requests() {
    return added;
  }

  /**
   * The statistics of the requests counted.
   *
   * @param year only requests received in this year; empty for all (then requests with no received
   *     date are counted in "date not stated" and in the total)
   * @param regime only requests under this regime; empty for both
   */
  public FoiStatistics.Result result(Optional<Integer> year, Optional<Regime> regime) {
    Map<Optional<Period>, Counts> byPeriod = new HashMap<>();
    cells.forEach(
        (cell, counts) -> {
          if (regime.isEmpty() || cell.regime() == regime.get()) {
            byPeriod.computeIfAbsent(cell.period(), p -> new Counts()).merge(counts);
          }
        });
    TreeSet<Integer> allYears = new TreeSet<>();
    byPeriod.keySet().forEach(p -> p.ifPresent(q -> allYears.add(q.year())));
    TreeSet<Integer> years = new TreeSet<>();
    if (year.isPresent()) {
      years.add(year.get());
    } else {
      years.addAll(allYears);
    }
    List<Row> rows = new ArrayList<>();
    Counts total = new Counts();
    for (int y : years) {
      Counts ofYear = new Counts();
      for (int q = 1; q <= 4; q++) {
        Period p = new Period(y, q);
        Counts ofQuarter = byPeriod.getOrDefault(Optional.of(p), new Counts());
        ofYear.merge(ofQuarter);
        rows.add(new Row(p.code(), p.label(), RowKind.QUARTER, ofQuarter.figures()));
      }
      total.merge(ofYear);
      rows.add(new Row(String.valueOf(y), "Year " + y, RowKind.YEAR, ofYear.figures()));
    }
    if (year.isEmpty()) {
      Counts notStated = byPeriod.getOrDefault(Optional.<Period>empty(), new Counts());
      total.merge(notStated);
      rows.add(new Row("not-stated", "Date not stated", RowKind.NOT_STATED, notStated.figures()));
    }
    rows.add(new Row("total", "Total", RowKind.TOTAL, total.figures()));
    return new FoiStatistics.Result(
        List.copyOf(rows), exemptions(year, regime), List.copyOf(allYears));
  }

  private List<ProvisionCount> exemptions(Optional<Integer> year, Optional<Regime> regime) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    exemptions.forEach(
        (key, n) -> {
          if ((regime.isEmpty() || key.regime() == regime.get())
              && (year.isEmpty() || key.year().equals(year))) {
            counts.merge(key.code(), n, Integer::sum);
          }
        });
    return counts.entrySet().stream()
        .map(e -> new ProvisionCount(e.getKey(), references.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingInt(ProvisionCount::requests)
                .reversed()
                .thenComparing(ProvisionCount::code))
        .toList();
  }

  /** The running figures of a set of requests (a cell, a year, the total): see {@link Figures}. */
  static final class Counts {
    int received;
    int resolved;
    int met;
    int extended;
    int late;
    int unknown;
    int reviews;
    int lapsed;
    int onHold;
    int overdue;
    int pending;
    final EnumMap<ReviewTimeliness, Integer> reviewTimeliness =
        new EnumMap<>(ReviewTimeliness.class);
    final EnumMap<RequestOutcome, Integer> outcomes = new EnumMap<>(RequestOutcome.class);
    final EnumMap<ReviewOutcome, Integer> reviewOutcomes = new EnumMap<>(ReviewOutcome.class);

    void add(RequestFacts r) {
      received++;
      if (r.review().isPresent()) {
        reviews++;
        r.review().get().outcome().ifPresent(o -> reviewOutcomes.merge(o, 1, Integer::sum));
        r.review().get().timeliness().ifPresent(t -> reviewTimeliness.merge(t, 1, Integer::sum));
      }
      if (!r.resolved()) {
        switch (r.open().orElse(OpenStatus.NOT_KNOWN)) {
          case LAPSED -> lapsed++;
          case ON_HOLD -> onHold++;
          case OVERDUE -> overdue++;
          case NOT_YET_DUE -> pending++;
          case NOT_KNOWN -> unknown++;
        }
        return;
      }
      resolved++;
      outcomes.merge(RequestOutcome.classify(r.questions()), 1, Integer::sum);
      if (r.timeliness().isEmpty()) {
        unknown++;
      } else {
        switch (r.timeliness().get()) {
          case MET_DEADLINE -> met++;
          case PERMITTED_EXTENSION -> extended++;
          case LATE -> late++;
        }
      }
    }

    void merge(Counts o) {
      received += o.received;
      resolved += o.resolved;
      met += o.met;
      extended += o.extended;
      late += o.late;
      unknown += o.unknown;
      reviews += o.reviews;
      lapsed += o.lapsed;
      onHold += o.onHold;
      overdue += o.overdue;
      pending += o.pending;
      o.reviewTimeliness.forEach((k, v) -> reviewTimeliness.merge(k, v, Integer::sum));
      o.outcomes.forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
      o.reviewOutcomes.forEach((k, v) -> reviewOutcomes.merge(k, v, Integer::sum));
    }

    Figures figures() {
      return new Figures(
          received,
          resolved,
          met,
          extended,
          late,
          unknown,
          outcomes,
          reviews,
          reviewOutcomes,
          lapsed,
          onHold,
          overdue,
          pending,
          reviewTimeliness);
    }
  }
}
