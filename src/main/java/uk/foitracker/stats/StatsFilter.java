package uk.foitracker.stats;

import java.util.Locale;
import java.util.Optional;
import uk.foitracker.rules.Regime;

/**
 * The filters of the statistics: a calendar year of receipt and a regime; empty means all. Unknown
 * values are ignored: the filter is a convenience, not input to save.
 */
record StatsFilter(Optional<Integer> year, Optional<Regime> regime) {
  static final StatsFilter NONE = new StatsFilter(Optional.empty(), Optional.empty());

  static StatsFilter parse(String year, String regime) {
    Optional<Integer> y =
        year != null && year.strip().matches("\\d{4}")
            ? Optional.of(Integer.valueOf(year.strip()))
            : Optional.empty();
    Optional<Regime> r = Optional.empty();
    if (regime != null && !regime.isBlank()) {
      try {
        r = Optional.of(Regime.valueOf(regime.strip()));
      } catch (IllegalArgumentException e) {
        r = Optional.empty();
      }
    }
    return new StatsFilter(y, r);
  }

  boolean any() {
    return year.isPresent() || regime.isPresent();
  }

  /** The query string that selects the same figures, e.g. "?year=2019&regime=FOIA", or "". */
  String query() {
    StringBuilder q = new StringBuilder();
    year.ifPresent(y -> q.append("year=").append(y));
    regime.ifPresent(r -> q.append(q.isEmpty() ? "" : "&").append("regime=").append(r.name()));
    return q.isEmpty() ? "" : "?" + q;
  }

  /** Part of a download's file name: "-2019-foia", or "". */
  String fileSuffix() {
    return year.map(y -> "-" + y).orElse("")
        + regime.map(r -> "-" + r.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  /** "All years, FOIA and EIR" / "2019, FOIA". */
  String describe() {
    return year.map(String::valueOf).orElse("All years")
        + ", "
        + regime.map(Regime::name).orElse("FOIA and EIR");
  }
}
