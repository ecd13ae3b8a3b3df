package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A fees period (FOIA s.10(2): from the day the fees notice is given to the day the fee is
 * received); {@code paid} is null while the fee is outstanding.
 */
record FeePeriod(LocalDate notice, LocalDate paid) {

  boolean contains(LocalDate d) {
    return !d.isBefore(notice) && (paid == null || !d.isAfter(paid));
  }

  /** The first of {@code periods} that holds {@code d}, or null. */
  static FeePeriod containing(List<FeePeriod> periods, LocalDate d) {
    for (FeePeriod p : periods) {
      if (p.contains(d)) {
        return p;
      }
    }
    return null;
  }
}
