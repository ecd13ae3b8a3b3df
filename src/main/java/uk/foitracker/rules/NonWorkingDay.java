package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A day that is not a working day within FOIA s.10(6) (and EIR reg 2(1), which adopts the same
 * definition), with the reason a page can show, e.g. "St Andrew's Day (Scotland)".
 *
 * @param date the day
 * @param kind which limb of the s.10(6) definition excludes it
 * @param reason text for people, naming the holiday and the parts of the UK where it applies
 * @param parts the parts of the UK where it is a bank holiday; empty for weekends, Christmas Day
 *     and Good Friday, which s.10(6) names itself
 */
public record NonWorkingDay(LocalDate date, Kind kind, String reason, Set<UkPart> parts) {

  /** Which limb of s.10(6) applies. */
  public enum Kind {
    SATURDAY,
    SUNDAY,
    CHRISTMAS_DAY,
    GOOD_FRIDAY,
    /** A bank holiday under the Banking and Financial Dealings Act 1971, from Jollyday. */
    BANK_HOLIDAY,
    /** A bank holiday from the {@link OneOffHolidays} table. */
    ONE_OFF_BANK_HOLIDAY
  }

  public NonWorkingDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    parts = Set.copyOf(parts);
  }
}
