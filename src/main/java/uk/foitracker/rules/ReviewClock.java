package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The internal review deadline. FOIA: section 45 Code of Practice (2018) para 5.4, 20 working days
 * after the request for review, 40 at most where it is complex or voluminous. EIR reg 11(4): "as
 * soon as possible and no later than 40 working days after the date of receipt of the
 * representations".
 *
 * @param requested the day the review was asked for
 * @param due the target: FOIA the 20th working day, EIR the 40th
 * @param latestDue the longest allowed: the 40th working day under both
 * @param decided the day of the decision, if made
 * @param status pending, overdue or decided
 * @param lateByWorkingDays working days after {@code due}, to the decision or to today; 0 if none
 */
public record ReviewClock(
    LocalDate requested,
    LocalDate due,
    LocalDate latestDue,
    Optional<LocalDate> decided,
    Status status,
    int lateByWorkingDays) {

  /** Where the review stands. */
  public enum Status {
    PENDING,
    OVERDUE,
    DECIDED_ON_TIME,
    DECIDED_LATE
  }

  public ReviewClock {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(latestDue, "latestDue");
    Objects.requireNonNull(decided, "decided");
    Objects.requireNonNull(status, "status");
  }
}
