package uk.foitracker.rules;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days as FOIA s.10(6) defines them: "any day other than a Saturday, a Sunday, Christmas
 * Day, Good Friday or a day which is a bank holiday under the Banking and Financial Dealings Act
 * 1971 in any part of the United Kingdom". EIR reg 2(1) adopts the same definition.
 *
 * <p>Bank holidays come from Jollyday {@link HolidayCalendar#UNITED_KINGDOM}, asking each of the
 * subdivisions {@code eng}, {@code wls}, {@code sct} and {@code nir} and taking the union (so 2
 * January, St Andrew's Day and 12 July are non-working days for every authority), merged with the
 * {@link OneOffHolidays} table. Jollyday's {@link Holiday#getDate()} is the observed (substitute)
 * date, which is the bank holiday under the 1971 Act.
 *
 * <p>Thread-safe; each year is loaded once and cached.
 */
public final class WorkingDayCalendar {

  /**
   * First year covered. FOIA s.1 and the EIR came into force on 1 January 2005, so no request can
   * have been received earlier (and Jollyday's 2002 data lacks the Golden Jubilee days).
   */
  public static final int FIRST_YEAR = 2005;

  /** Last year covered. Later years may still gain one-off days by proclamation. */
  public static final int LAST_YEAR = 2035;

  /**
   * The last year whose non-working days were compared, day by day, with the official lists on
   * gov.uk/bank-holidays (England and Wales, Scotland, Northern Ireland). 2020 and 2022 to 2025
   * matched exactly (see RECIPES.md). Re-check each year when gov.uk publishes the next list and
   * raise this constant.
   */
  public static final int LAST_CHECKED_YEAR = 2025;

  /** The Jollyday release on the class path; keep in step with pom.xml. */
  static final String JOLLYDAY_VERSION = "2.19.0";

  /** Built on first use: loading Jollyday's data takes about a second. */
  private static final class UkWide {
    static final WorkingDayCalendar INSTANCE = new WorkingDayCalendar(OneOffHolidays.current());
  }

  private final OneOffHolidays oneOffs;
  private final HolidayManager jollyday;
  private final Map<Integer, Map<LocalDate, NonWorkingDay>> holidaysByYear =
      new ConcurrentHashMap<>();
  private final Map<Integer, int[]> runningCounts = new ConcurrentHashMap<>();

  WorkingDayCalendar(OneOffHolidays oneOffs) {
    this.oneOffs = Objects.requireNonNull(oneOffs, "oneOffs");
    this.jollyday =
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
  }

  /** The UK-wide calendar with the current one-off table; shared, thread-safe. */
  public static WorkingDayCalendar ukWide() {
    return UkWide.INSTANCE;
  }

  /**
   * The calendar in use, for display, e.g. "UK-wide working-day calendar: Jollyday 2.19.0
   * UNITED_KINGDOM (eng, wls, sct, nir) + one-off days table v1".
   */
  public String name() {
    return "UK-wide working-day calendar: Jollyday "
        + JOLLYDAY_VERSION
        + " UNITED_KINGDOM (eng, wls, sct, nir) + one-off days table v"
        + oneOffs.version();
  }

  /**
   * A short key of the holidays this calendar knows (the Jollyday release and the one-off table's
   * version), e.g. "jollyday-2.19.0+one-off-v1". Stored beside a due date worked out on this
   * calendar, so that dates worked out on an older one are noticed and worked out again.
   */
  public String version() {
    return versionWith(oneOffs);
  }

  /** The {@link #version()} of the UK-wide calendar, known without loading its holidays. */
  public static String ukWideVersion() {
    return versionWith(OneOffHolidays.current());
  }

  private static String versionWith(OneOffHolidays oneOffs) {
    return "jollyday-" + JOLLYDAY_VERSION + "+one-off-v" + oneOffs.version();
  }

  /** First year covered, inclusive. */
  public int firstYear() {
    return FIRST_YEAR;
  }

  /** Last year covered, inclusive. */
  public int lastYear() {
    return LAST_YEAR;
  }

  /** Last year checked against the official gov.uk lists. */
  public int lastCheckedYear() {
    return LAST_CHECKED_YEAR;
  }

  /**
   * Whether the date is a working day (FOIA s.10(6)).
   *
   * @throws OutsideCalendarException if the date's year is not covered
   */
  public boolean isWorkingDay(LocalDate date) {
    Map<LocalDate, NonWorkingDay> holidays = holidaysOf(date.getYear());
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(date);
  }

  /**
   * Why the date is not a working day, or empty when it is one. Weekends come first, then Christmas
   * Day and Good Friday (named by s.10(6) itself), then bank holidays.
   *
   * @throws OutsideCalendarException if the date's year is not covered
   */
  public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map<LocalDate, NonWorkingDay> holidays = holidaysOf(date.getYear());
    DayOfWeek dow = date.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY) {
      return Optional.of(
          new NonWorkingDay(date, NonWorkingDay.Kind.SATURDAY, "Saturday", Set.of()));
    }
    if (dow == DayOfWeek.SUNDAY) {
      return Optional.of(new NonWorkingDay(date, NonWorkingDay.Kind.SUNDAY, "Sunday", Set.of()));
    }
    return Optional.ofNullable(holidays.get(date));
  }

  /**
   * Every weekday that is not a working day in the year (holidays only, no weekends), in date
   * order: the calendar a page can show.
   *
   * @throws OutsideCalendarException if the year is not covered
   */
  public List<NonWorkingDay> holidays(Year year) {
    return List.copyOf(holidaysOf(year.getValue()).values());
  }

  /**
   * The {@code n}th working day after {@code date}; day 1 is the first working day after it.
   *
   * @throws OutsideCalendarException if the count runs outside the covered years
   */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    LocalDate d = date;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code toInclusive};
   * 0 when {@code toInclusive} is not after {@code fromExclusive}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (!toInclusive.isAfter(fromExclusive)) {
      return 0;
    }
    // a year at a time, from each year's running count, rather than a day at a time: the clock of
    // a request received years ago counts thousands of days
    LocalDate first = fromExclusive.plusDays(1);
    int count = 0;
    for (int year = first.getYear(); year <= toInclusive.getYear(); year++) {
      int[] running = runningCount(year);
      int from = year == first.getYear() ? first.getDayOfYear() : 1;
      int to = year == toInclusive.getYear() ? toInclusive.getDayOfYear() : running.length - 1;
      count += running[to] - running[from - 1];
    }
    return count;
  }

  /**
   * The year's working days counted from 1 January: element {@code d} is the number of working days
   * up to and including day-of-year {@code d}; element 0 is 0.
   */
  private int[] runningCount(int year) {
    holidaysOf(year); // refuses a year outside the calendar
    return runningCounts.computeIfAbsent(
        year,
        y -> {
          LocalDate day = LocalDate.of(y, 1, 1);
          int[] running = new int[day.lengthOfYear() + 1];
          for (int d = 1; d < running.length; d++, day = day.plusDays(1)) {
            running[d] = running[d - 1] + (isWorkingDay(day) ? 1 : 0);
          }
          return running;
        });
  }

  private Map<LocalDate, NonWorkingDay> holidaysOf(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new OutsideCalendarException(LocalDate.of(year, 1, 1), FIRST_YEAR, LAST_YEAR);
    }
    return holidaysByYear.computeIfAbsent(year, this::load);
  }

  private Map<LocalDate, NonWorkingDay> load(int year) {
    // date -> holiday name -> parts where it applies (names kept in the order first seen)
    Map<LocalDate, Map<String, Set<UkPart>>> named = new TreeMap<>();
    Map<LocalDate, NonWorkingDay.Kind> kinds = new TreeMap<>();
    synchronized (jollyday) {
      for (UkPart part : UkPart.values()) {
        for (String subdivision : part.jollydaySubdivisions()) {
          for (Holiday h : jollyday.getHolidays(Year.of(year), subdivision)) {
            LocalDate date = h.getDate();
            named
                .computeIfAbsent(date, k -> new LinkedHashMap<>())
                .computeIfAbsent(displayName(h), k -> EnumSet.noneOf(UkPart.class))
                .add(part);
            kinds.put(date, kindOf(h));
          }
        }
      }
    }
    Map<LocalDate, String> oneOffReasons = new TreeMap<>();
    for (OneOffHolidays.OneOffDay day : oneOffs.days()) {
      if (day.date().getYear() != year) {
        continue;
      }
      if (day.change() == OneOffHolidays.Change.WITHDRAWN) {
        named.remove(day.date());
        kinds.remove(day.date());
      } else {
        oneOffReasons.put(
            day.date(),
            day.name()
                + " (one-off day: "
                + UkPart.labels(day.parts())
                + "; "
                + day.source()
                + ")");
        named
            .computeIfAbsent(day.date(), k -> new LinkedHashMap<>())
            .computeIfAbsent(day.name(), k -> EnumSet.noneOf(UkPart.class))
            .addAll(day.parts());
        kinds.putIfAbsent(day.date(), NonWorkingDay.Kind.ONE_OFF_BANK_HOLIDAY);
      }
    }
    Map<LocalDate, NonWorkingDay> result = new LinkedHashMap<>();
    named.forEach(
        (date, names) -> {
          if (date.getDayOfWeek() == DayOfWeek.SATURDAY
              || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return; // weekends are reported as weekends
          }
          Set<UkPart> parts = EnumSet.noneOf(UkPart.class);
          names.values().forEach(parts::addAll);
          NonWorkingDay.Kind kind = kinds.get(date);
          if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25) {
            result.put(
                date,
                new NonWorkingDay(
                    date, NonWorkingDay.Kind.CHRISTMAS_DAY, "Christmas Day", Set.of()));
          } else if (kind == NonWorkingDay.Kind.GOOD_FRIDAY) {
            result.put(date, new NonWorkingDay(date, kind, "Good Friday", Set.of()));
          } else {
            String reason =
                oneOffReasons.containsKey(date) && names.size() == 1
                    ? oneOffReasons.get(date)
                    : names.entrySet().stream()
                        .map(e -> e.getKey() + " (" + UkPart.labels(e.getValue()) + ")")
                        .collect(Collectors.joining("; "));
            result.put(date, new NonWorkingDay(date, kind, reason, parts));
          }
        });
    return Collections.unmodifiableMap(result);
  }

  private static NonWorkingDay.Kind kindOf(Holiday h) {
    return "christian.GOOD_FRIDAY".equals(h.getPropertiesKey())
        ? NonWorkingDay.Kind.GOOD_FRIDAY
        : NonWorkingDay.Kind.BANK_HOLIDAY;
  }

  /**
   * The name gov.uk/bank-holidays uses, rather than Jollyday's English description (which says
   * "Christmas", "St. Andrew's Day", "2nd January"); Jollyday's own description when the key is new
   * to us.
   */
  private static String displayName(Holiday h) {
    String key = h.getPropertiesKey() == null ? "" : h.getPropertiesKey();
    String name =
        switch (key) {
          case "NEW_YEAR" -> "New Year's Day";
          case "2ND_JANUARY" -> "2 January";
          case "ST_PATRICK" -> "St Patrick's Day";
          case "christian.GOOD_FRIDAY" -> "Good Friday";
          case "christian.EASTER_MONDAY" -> "Easter Monday";
          case "EARLY_MAY_BANK_HOLIDAY" -> "Early May bank holiday";
          case "SPRING_BANK_HOLIDAY" -> "Spring bank holiday";
          case "BATTLE_BOYNE" -> "Battle of the Boyne (Orangemen's Day)";
          case "SUMMER_BANK_HOLIDAY" -> "Summer bank holiday";
          case "ST_ANDREW" -> "St Andrew's Day";
          case "CHRISTMAS" -> "Christmas Day";
          case "BOXING_DAY" -> "Boxing Day";
          case "ROYAL_WEDDING" -> "Royal wedding";
          case "QUEENS_DIAMOND_JUBILEE" -> "Queen's Diamond Jubilee";
          case "QUEENS_PLATINUM_JUBILEE" -> "Platinum Jubilee bank holiday";
          case "QUEENS_STATE_FUNERAL" -> "Bank Holiday for the State Funeral of Queen Elizabeth II";
          case "KINGS_CORONATION" -> "Bank holiday for the coronation of King Charles III";
          case "WORLD_CUP_BANK_HOLIDAY" -> "World Cup bank holiday";
          default -> h.getDescription(Locale.UK);
        };
    return h.getObservedDate().isPresent() ? name + " (substitute day)" : name;
  }
}
