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
 * The figures of one period (or of requests with no received date), in the columns of the Cabinet
 * Office's "Freedom of Information statistics" bulletins (Table 1, status at time of monitoring;
 * Table 3, timeliness; Table 5, initial outcomes; Tables 6a and 6b; internal reviews): see {@link
 * OpenStatus}, {@link Timeliness}, {@link RequestOutcome} and {@link ReviewTimeliness} for each
 * definition and its source.
 *
 * <p>Timeliness: "in time" is met deadline (20 working days, FOIA s.10(1), EIR reg 5(2)) plus
 * permitted extension (FOIA s.10(3), EIR reg 7), out of the requests received in the period that
 * can be judged: not lapsed, not on hold, not still pending before their deadline, with a known
 * received date. An open request past its deadline counts as not in time ({@link
 * OpenStatus#OVERDUE}).
 *
 * @param received requests received in the period
 * @param resolved of those, responses sent
 * @param metDeadline resolved within 20 working days
 * @param permittedExtension resolved later, within a permitted extension (s.10(3), EIR reg 7)
 * @param late resolved after the time for compliance
 * @param timelinessNotKnown resolved or open, but with no received date (or calendar) to count from
 * @param outcomes the outcome of each resolved request
 * @param reviewsRequested internal reviews asked for, of requests received in the period
 * @param reviewOutcomes the decided reviews by outcome
 * @param lapsed open requests lapsed or withdrawn ({@link OpenStatus#LAPSED})
 * @param onHold open requests waiting for clarification or a fee ({@link OpenStatus#ON_HOLD})
 * @param openOverdue open requests past their deadline: not in time ({@link OpenStatus#OVERDUE})
 * @param stillPending open requests not yet due ({@link OpenStatus#NOT_YET_DUE})
 * @param reviewTimeliness the reviews asked for, by how they met their time limit (those whose
 *     timeliness is known)
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
    Map<ReviewOutcome, Integer> reviewOutcomes,
    int lapsed,
    int onHold,
    int openOverdue,
    int stillPending,
    Map<ReviewTimeliness, Integer> reviewTimeliness) {

  public Figures {
    outcomes = Collections.unmodifiableMap(complete(outcomes, RequestOutcome.class));
    reviewOutcomes = Collections.unmodifiableMap(complete(reviewOutcomes, ReviewOutcome.class));
    reviewTimeliness =
        Collections.unmodifiableMap(complete(reviewTimeliness, ReviewTimeliness.class));
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

  /**
   * The base of the timeliness percentage: requests whose timeliness can be judged, answered (in
   * time or late) or open past their deadline. Lapsed, on hold, not yet due and not known are left
   * out.
   */
  public int timed() {
    return metDeadline + permittedExtension + late + openOverdue;
  }

  /** Not in time: answered late, or open past the deadline. */
  public int notInTime() {
    return late + openOverdue;
  }

  /** Received, less lapsed and on hold: the requests the bulletin's timeliness table covers. */
  public int inScope() {
    return received - lapsed - onHold;
  }

  /**
   * The percentage in time, rounded half up to one decimal place; empty when no request can be
   * judged yet.
   */
  public Optional<BigDecimal> percentInTime() {
    return percent(inTime(), timed());
  }

  private static Optional<BigDecimal> percent(int part, int whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

  /** The bulletin's "withheld in full": exemptions, neither confirm nor deny, s.12 and s.14. */
  public int withheldInFull() {
    return outcomes.entrySet().stream()
        .filter(e -> e.getKey().withheldInFull())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Resolvable requests less the procedural refusals (s.12, s.14): Table 6b's base. */
  public int resolvableExcludingProcedural() {
    return resolvable()
        - outcomes.entrySet().stream()
            .filter(e -> e.getKey().procedural())
            .mapToInt(Map.Entry::getValue)
            .sum();
  }

  /** Table 6a: granted in full as a percentage of resolvable requests. */
  public Optional<BigDecimal> percentGrantedInFull() {
    return percent(outcome(RequestOutcome.GRANTED_IN_FULL), resolvable());
  }

  /** Table 6b: granted in full as a percentage of resolvable requests less procedural refusals. */
  public Optional<BigDecimal> percentGrantedInFullExcludingProcedural() {
    return percent(outcome(RequestOutcome.GRANTED_IN_FULL), resolvableExcludingProcedural());
  }

  public int reviewTimeliness(ReviewTimeliness t) {
    return reviewTimeliness.get(t);
  }

  /** Reviews decided within the longest time allowed (40 working days). */
  public int reviewsInTime() {
    return reviewTimeliness.entrySet().stream()
        .filter(e -> e.getKey().inTime())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Reviews decided, or undecided past their deadline: the base of the review percentage. */
  public int reviewsTimed() {
    return reviewTimeliness.entrySet().stream()
        .filter(e -> e.getKey().timed())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Reviews in time as a percentage of {@link #reviewsTimed}. */
  public Optional<BigDecimal> percentReviewsInTime() {
    return percent(reviewsInTime(), reviewsTimed());
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
