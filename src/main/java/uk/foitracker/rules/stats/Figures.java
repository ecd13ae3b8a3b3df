package uk.foitracker.rules.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.foitracker.rules.ReviewOutcome;

/**
 * The figures of one period (or of requests with no received date), in the government's columns.
 *
 * @param received requests received in the period
 * @param resolved of those, responses sent
 * @param metDeadline resolved within 20 working days
 * @param permittedExtension resolved later, within a permitted extension (s.10(3), EIR reg 7)
 * @param late resolved after the time for compliance
 * @param timelinessNotKnown resolved, but with no received date to count from
 * @param outcomes the outcome of each resolved request
 * @param reviewsRequested internal reviews asked for, of requests received in the period
 * @param reviewOutcomes the decided reviews by outcome
 */
public record Figures(
    int received,
    int resolved,
    int metDeadline,
    int permittedExtension,
    int late,
    int timelinessNotKnown,
    Map<RequestOutcome, Integer> outcomes,
    int reviewsRequested,
    Map<ReviewOutcome, Integer> reviewOutcomes) {

  public Figures {
    outcomes = Collections.unmodifiableMap(complete(outcomes, RequestOutcome.class));
    reviewOutcomes = Collections.unmodifiableMap(complete(reviewOutcomes, ReviewOutcome.class));
  }

  private static <E extends Enum<E>> EnumMap<E, Integer> complete(
      Map<E, Integer> m, Class<E> type) {
    EnumMap<E, Integer> all = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      all.put(e, m.getOrDefault(e, 0));
    }
    return all;
  }

  /** Figures of a set of requests. */
  public static Figures of(List<RequestFacts> requests) {
    StatisticsTally.Counts counts = new StatisticsTally.Counts();
    requests.forEach(counts::add);
    return counts.figures();
  }

  /** Received but not yet resolved. */
  public int open() {
    return received - resolved;
  }

  /** Met the deadline or a permitted extension. */
  public int inTime() {
    return metDeadline + permittedExtension;
  }

  /** Resolved requests whose timeliness is known: the base of the percentage. */
  public int timed() {
    return metDeadline + permittedExtension + late;
  }

  /**
   * The percentage of resolved requests answered in time, rounded half up to one decimal place;
   * empty when no resolved request has a known timeliness.
   */
  public Optional<BigDecimal> percentInTime() {
    if (timed() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(inTime() * 100L)
            .divide(BigDecimal.valueOf(timed()), 1, RoundingMode.HALF_UP));
  }

  /** The ICO band of the unrounded percentage; empty with no percentage. */
  public Optional<TimelinessBand> band() {
    if (timed() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        TimelinessBand.of(
            BigDecimal.valueOf(inTime() * 100L)
                .divide(BigDecimal.valueOf(timed()), 10, RoundingMode.HALF_UP)));
  }

  /** Resolved requests that were resolvable (granted in full, partly or fully withheld). */
  public int resolvable() {
    return outcomes.entrySet().stream()
        .filter(e -> e.getKey().resolvable())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  public int outcome(RequestOutcome o) {
    return outcomes.get(o);
  }

  public int reviewOutcome(ReviewOutcome o) {
    return reviewOutcomes.get(o);
  }

  /** Reviews decided. */
  public int reviewsDecided() {
    return reviewOutcomes.values().stream().mapToInt(Integer::intValue).sum();
  }
}
