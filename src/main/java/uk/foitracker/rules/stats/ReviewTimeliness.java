package uk.foitracker.rules.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewClock;
import uk.foitracker.rules.ReviewDeadline;

/**
 * How an internal review met its time limit. FOIA: the s.45 Code of Practice (2018) para 5.4, a
 * review should be completed within 20 working days of the request for review; para 5.5, a longer
 * period, but no more than 40 working days in total, where it is complex or voluminous. EIR reg
 * 11(4): "as soon as possible and no later than 40 working days". The Cabinet Office bulletin's
 * internal review table counts reviews by outcome; these columns add how long they took.
 *
 * <ul>
 *   <li>{@link #IN_TARGET}: decided within 20 working days (FOIA) or 40 (EIR);
 *   <li>{@link #WITHIN_LONGEST}: FOIA only, decided on the 21st to 40th working day (para 5.5);
 *   <li>{@link #LATE}: decided after the longest period;
 *   <li>{@link #PENDING}: not decided and not yet past 20 (FOIA) or 40 (EIR) working days;
 *   <li>{@link #OVERDUE}: not decided and past it.
 * </ul>
 */
public enum ReviewTimeliness {
  IN_TARGET,
  WITHIN_LONGEST,
  LATE,
  PENDING,
  OVERDUE;

  /** Decided within the longest time the Code (FOIA) or reg 11(4) (EIR) allows. */
  public boolean inTime() {
    return this == IN_TARGET || this == WITHIN_LONGEST;
  }

  /** Whether it counts in the base of the review timeliness percentage (not still pending). */
  public boolean timed() {
    return this != PENDING;
  }

  /**
   * The timeliness of a review asked for on {@code requested}, decided on {@code decided} if it
   * was, as at {@code today}; working days on the UK-wide calendar.
   */
  public static ReviewTimeliness of(
      Regime regime, LocalDate requested, Optional<LocalDate> decided, LocalDate today) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(decided, "decided");
    ReviewClock clock = ReviewDeadline.of(regime, requested, decided.orElse(null), today);
    if (decided.isEmpty()) {
      return today.isAfter(clock.due()) ? OVERDUE : PENDING;
    }
    LocalDate d = decided.get();
    if (!d.isAfter(clock.due())) {
      return IN_TARGET;
    }
    return d.isAfter(clock.latestDue()) ? LATE : WITHIN_LONGEST;
  }
}
