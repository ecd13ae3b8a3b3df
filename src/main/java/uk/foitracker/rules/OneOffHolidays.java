package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A small, versioned table of one-off bank holidays (days appointed by Royal Proclamation under
 * s.1(3) of the Banking and Financial Dealings Act 1971) and of usual days withdrawn by such a
 * proclamation, for the days that Jollyday does not know. The {@link WorkingDayCalendar} merges it
 * with Jollyday; bump {@link #version()} on every change, because the calendar's name shows it.
 *
 * <p>Version 1 is empty on purpose. Jollyday 2.19.0 already holds every one-off day from 2005 to
 * 2035 that we know of: 29 Apr 2011 (royal wedding), 4 and 5 Jun 2012 (Spring bank holiday moved;
 * Diamond Jubilee), 8 May 2020 (Early May bank holiday moved for VE Day), 2 and 3 Jun 2022 (Spring
 * bank holiday moved; Platinum Jubilee), 19 Sep 2022 (State Funeral of Queen Elizabeth II), 8 May
 * 2023 (Coronation of King Charles III) and 15 Jun 2026 (World Cup bank holiday, Scotland). {@code
 * WorkingDayCalendarTest} fails if a Jollyday upgrade loses one of them, and if an entry here
 * duplicates Jollyday. (Jollyday lacks 3 and 4 Jun 2002, Golden Jubilee, but FOIA and the EIR were
 * not in force before 1 Jan 2005, so the calendar starts in 2005.)
 */
public final class OneOffHolidays {

  /** Whether the entry adds a bank holiday or withdraws one that Jollyday would otherwise give. */
  public enum Change {
    ADDED,
    WITHDRAWN
  }

  /**
   * One row of the table.
   *
   * @param date the day
   * @param name e.g. "Bank holiday for the coronation of King Charles III"
   * @param parts where it applies
   * @param source the instrument, e.g. "Proclamation of 8 Nov 2022 under s.1(3) BFDA 1971"
   * @param change added or withdrawn
   */
  public record OneOffDay(
      LocalDate date, String name, Set<UkPart> parts, String source, Change change) {
    public OneOffDay {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(change, "change");
      parts = Set.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("a one-off day applies to at least one part of the UK");
      }
    }
  }

  private static final OneOffHolidays CURRENT = new OneOffHolidays(1, List.of());

  private final int version;
  private final List<OneOffDay> days;

  OneOffHolidays(int version, List<OneOffDay> days) {
    this.version = version;
    this.days = List.copyOf(days);
  }

  /** The table in force. */
  public static OneOffHolidays current() {
    return CURRENT;
  }

  /** The table's version, shown in the calendar's name. */
  public int version() {
    return version;
  }

  /** Every row, in the order written. */
  public List<OneOffDay> days() {
    return days;
  }
}
