package uk.foitracker.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A s.12 FOIA cost estimate, line by line. The Freedom of Information and Data Protection
 * (Appropriate Limit and Fees) Regulations 2004, reg 4(3): an authority "may, for the purpose of
 * its estimate, take account only of the costs it reasonably expects to incur in relation to the
 * request in (a) determining whether it holds the information, (b) locating the information, or a
 * document which may contain the information, (c) retrieving the information, or a document which
 * may contain the information, and (d) extracting the information from a document containing it".
 * The list is closed: time spent redacting or considering exemptions does not count. Reg 4(4):
 * staff time at £25 an hour.
 */
public final class CostEstimate {
  /** The most minutes one line may claim: a year of working days, a guard against typing slips. */
  public static final int MAX_LINE_MINUTES = 60 * 24 * 365;

  private CostEstimate() {}

  /** The four activities of reg 4(3), in the order the regulation lists them. */
  public enum CountedActivity {
    DETERMINING("reg 4(3)(a)"),
    LOCATING("reg 4(3)(b)"),
    RETRIEVING("reg 4(3)(c)"),
    EXTRACTING("reg 4(3)(d)");

    private final String paragraph;

    CountedActivity(String paragraph) {
      this.paragraph = paragraph;
    }

    public String paragraph() {
      return paragraph;
    }
  }

  /** Activities people often put in an estimate that reg 4(3) does not let them count. */
  public enum ExcludedActivity {
    REDACTING("Redaction"),
    CONSIDERING_EXEMPTIONS("Considering whether exemptions apply"),
    CONSULTING_THIRD_PARTIES("Consulting third parties"),
    PREPARING_RESPONSE("Preparing the response"),
    LEGAL_ADVICE("Obtaining legal advice");

    private final String label;

    ExcludedActivity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A line as an officer proposes it: an activity code, its basis, and either minutes of staff time
   * or a unit count with minutes for each unit, a single figure or a range ("2000 records × 2
   * minutes", "2–5 minutes a record"). {@code units} null with minutes for each unit means the
   * letter does not state how many units there are (Sheffield's "two hours to go through each
   * file"): the line is kept but its time cannot be computed. {@code units} with minutes and no
   * minutes for each unit is a count with the line's minutes in total ("eight deed packets, which
   * should take an hour in total").
   */
  public record ProposedLine(
      String activity,
      String basis,
      int minutes,
      Integer units,
      Integer minutesEachMin,
      Integer minutesEachMax) {
    /** A line with its minutes stated outright, as before ranges. */
    public ProposedLine(String activity, String basis, int minutes) {
      this(activity, basis, minutes, null, null, null);
    }

    /** A line of units with minutes for each, a range when {@code max} differs from {@code min}. */
    public static ProposedLine perUnit(
        String activity, String basis, Integer units, int minutesEachMin, Integer minutesEachMax) {
      return new ProposedLine(activity, basis, 0, units, minutesEachMin, minutesEachMax);
    }

    boolean perUnit() {
      return minutesEachMin != null || minutesEachMax != null;
    }
  }

  /**
   * A line that counts. {@code minutes} is its time at the low end of any range and {@code
   * minutesMax} at the high end (equal without a range); both are 0 when the unit count is not
   * stated ({@link #computable()} false). {@code units} and the minutes for each are null for a
   * line whose minutes were stated outright.
   */
  public record Line(
      CountedActivity activity,
      String basis,
      int minutes,
      Integer units,
      Integer minutesEachMin,
      Integer minutesEachMax,
      int minutesMax) {
    public Line(CountedActivity activity, String basis, int minutes) {
      this(activity, basis, minutes, null, null, null, minutes);
    }

    /** False when the line gives minutes for each unit but not how many units. */
    public boolean computable() {
      return minutesEachMin == null || units != null;
    }

    public boolean range() {
      return minutesMax != minutes;
    }
  }

  /**
   * A line that cannot be counted, and why; {@code index} is its place in the proposal (0-based).
   */
  public record RefusedLine(int index, String field, String activity, String reason) {}

  /**
   * The estimate: the lines that count, the refused ones, the running total and whether it exceeds
   * the appropriate limit (s.12(1): "would exceed").
   */
  public record Result(
      AppropriateLimit limit, List<Line> lines, List<RefusedLine> refused, int totalMinutes) {
    public Result {
      lines = List.copyOf(lines);
      refused = List.copyOf(refused);
    }

    /** Cost at the hourly rate, in pence, rounded up to the penny. */
    public long costPence() {
      return ((long) totalMinutes * limit.hourlyRatePence() + 59) / 60;
    }

    public boolean exceedsLimit() {
      return limit.exceededBy(totalMinutes);
    }

    /** "18 hours 30 minutes", "45 minutes", "0 minutes". */
    public String hoursText() {
      return durationText(totalMinutes);
    }

    public boolean valid() {
      return refused.isEmpty();
    }

    /** The total at the high end of every range; equals {@link #totalMinutes()} without ranges. */
    public int totalMinutesMax() {
      long max = 0;
      for (Line l : lines) {
        max += l.minutesMax();
      }
      return (int) Math.min(max, Integer.MAX_VALUE);
    }

    public boolean range() {
      return totalMinutesMax() != totalMinutes;
    }

    /** False when a line does not state its unit count, so the totals are only a floor. */
    public boolean complete() {
      return lines.stream().allMatch(Line::computable);
    }

    /** The computed hours at the low end, to one decimal place: 66.7 for 4000 minutes. */
    public BigDecimal computedHours() {
      return hours(totalMinutes);
    }

    public BigDecimal computedHoursMax() {
      return hours(totalMinutesMax());
    }
  }

  /** The counted activity for a code, or empty when the code names none of the four. */
  public static Optional<CountedActivity> counted(String code) {
    String normalised = normalise(code);
    for (CountedActivity a : CountedActivity.values()) {
      if (a.name().equals(normalised)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Checks each proposed line and adds up those that count. */
  public static Result assess(AppropriateLimit limit, List<ProposedLine> proposed) {
    Objects.requireNonNull(limit, "limit");
    List<Line> lines = new ArrayList<>();
    List<RefusedLine> refused = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < proposed.size(); i++) {
      ProposedLine p = proposed.get(i);
      String code = p.activity() == null ? "" : p.activity().strip();
      Optional<CountedActivity> activity = counted(code);
      if (activity.isEmpty()) {
        refused.add(new RefusedLine(i, "activity", code, whyNotCounted(code)));
        continue;
      }
      boolean ok = true;
      if (p.basis() == null || p.basis().isBlank()) {
        refused.add(
            new RefusedLine(
                i,
                "basis",
                code,
                "Say how the time was worked out, for example 1,400 files × 3 minutes"));
        ok = false;
      }
      if (p.perUnit()) {
        Optional<Line> line = perUnitLine(i, activity.get(), code, p, refused);
        if (ok && line.isPresent()) {
          lines.add(line.get());
          total += line.get().minutes();
        }
        continue;
      }
      if (p.minutes() <= 0 || p.minutes() > MAX_LINE_MINUTES) {
        refused.add(
            new RefusedLine(
                i,
                "minutes",
                code,
                "Minutes must be a whole number between 1 and " + MAX_LINE_MINUTES));
        ok = false;
      }
      if (p.units() != null && p.units() <= 0) {
        refused.add(
            new RefusedLine(
                i, "units", code, "The number of units must be a whole number above 0"));
        ok = false;
      }
      if (ok) {
        // units stated with the line's minutes in total ("eight deed packets, an hour in total")
        lines.add(
            new Line(
                activity.get(),
                p.basis().strip(),
                p.minutes(),
                p.units(),
                null,
                null,
                p.minutes()));
        total += p.minutes();
      }
    }
    return new Result(limit, lines, refused, (int) Math.min(total, Integer.MAX_VALUE));
  }

  /** Checks a line of units × minutes each; adds why it is refused to {@code refused}. */
  private static Optional<Line> perUnitLine(
      int i, CountedActivity activity, String code, ProposedLine p, List<RefusedLine> refused) {
    Integer min = p.minutesEachMin() == null ? p.minutesEachMax() : p.minutesEachMin();
    Integer max = p.minutesEachMax() == null ? min : p.minutesEachMax();
    boolean ok = true;
    if (min <= 0 || min > MAX_LINE_MINUTES) {
      refused.add(
          new RefusedLine(
              i,
              "minutesEachMin",
              code,
              "Minutes for each unit must be a whole number between 1 and " + MAX_LINE_MINUTES));
      ok = false;
    } else if (max < min || max > MAX_LINE_MINUTES) {
      refused.add(
          new RefusedLine(
              i,
              "minutesEachMax",
              code,
              "The most minutes for each unit must be at least the least, and at most "
                  + MAX_LINE_MINUTES));
      ok = false;
    }
    if (p.units() != null && p.units() <= 0) {
      refused.add(
          new RefusedLine(i, "units", code, "The number of units must be a whole number above 0"));
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    String basis = p.basis() == null ? "" : p.basis().strip();
    if (p.units() == null) {
      return Optional.of(new Line(activity, basis, 0, null, min, max, 0));
    }
    long low = (long) p.units() * min;
    long high = (long) p.units() * max;
    if (high > MAX_LINE_MINUTES) {
      refused.add(
          new RefusedLine(
              i,
              "units",
              code,
              "Units × minutes each comes to more than " + MAX_LINE_MINUTES + " minutes"));
      return Optional.empty();
    }
    return Optional.of(new Line(activity, basis, (int) low, p.units(), min, max, (int) high));
  }

  /** Hours to one decimal place, half up: 4000 minutes is 66.7 hours. */
  public static BigDecimal hours(int minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  /**
   * Whether the hours an authority stated follow from its lines. A stated figure follows when it
   * lies between the computed least, rounded down to the whole hour, and the computed most, rounded
   * up: Sheffield's "over 2000 records × 2 minutes = 66 hours" (66.7 computed) follows; "2.5 hours
   * + 2 hours for each of 8 files + 1 hour = 20.5 hours" (19.5 computed) does not. When a line does
   * not state its unit count the stated hours cannot be checked, and that is said too.
   *
   * @param warning null when the stated hours follow from the lines
   */
  public record StatedCheck(
      BigDecimal statedHours,
      BigDecimal computedHours,
      BigDecimal computedHoursMax,
      boolean follows,
      String warning) {}

  /** Checks {@code statedHours} against the lines of {@code result}; empty when none is stated. */
  public static Optional<StatedCheck> checkStated(Result result, BigDecimal statedHours) {
    if (statedHours == null) {
      return Optional.empty();
    }
    if (!result.complete()) {
      BigDecimal low = hours(result.totalMinutes());
      BigDecimal high = hours(result.totalMinutesMax());
      String stated = statedHours.stripTrailingZeros().toPlainString();
      String computed =
          result.range()
              ? low.toPlainString() + " to " + high.toPlainString()
              : low.toPlainString();
      List<Integer> uncounted = new ArrayList<>();
      for (int i = 0; i < result.lines().size(); i++) {
        if (!result.lines().get(i).computable()) {
          uncounted.add(i + 1);
        }
      }
      return Optional.of(
          new StatedCheck(
              statedHours,
              low,
              high,
              false,
              "The stated "
                  + stated
                  + " hours cannot be checked: line "
                  + String.join(", ", uncounted.stream().map(String::valueOf).toList())
                  + " does not state how many units; the other lines come to "
                  + computed
                  + " hours"));
    }
    return checkStated(result.totalMinutes(), result.totalMinutesMax(), statedHours);
  }

  /**
   * Checks {@code statedHours} against lines whose every unit count is stated, adding up to {@code
   * lowMinutes} at the low end of their ranges and {@code highMinutes} at the high end.
   */
  public static Optional<StatedCheck> checkStated(
      int lowMinutes, int highMinutes, BigDecimal statedHours) {
    if (statedHours == null) {
      return Optional.empty();
    }
    BigDecimal low = hours(lowMinutes);
    BigDecimal high = hours(highMinutes);
    BigDecimal floor = BigDecimal.valueOf(lowMinutes / 60);
    BigDecimal ceiling = BigDecimal.valueOf((highMinutes + 59) / 60);
    String stated = statedHours.stripTrailingZeros().toPlainString();
    String computed =
        highMinutes != lowMinutes
            ? low.toPlainString() + " to " + high.toPlainString()
            : low.toPlainString();
    boolean follows = statedHours.compareTo(floor) >= 0 && statedHours.compareTo(ceiling) <= 0;
    return Optional.of(
        new StatedCheck(
            statedHours,
            low,
            high,
            follows,
            follows
                ? null
                : "The stated "
                    + stated
                    + " hours do not follow from the lines, which come to "
                    + computed
                    + " hours"));
  }

  /**
   * What a refusal on cost is called under each regime. FOIA: s.12(1), the appropriate limit in
   * pounds. EIR: there is no appropriate limit; a request whose cost is a manifestly unreasonable
   * burden may be refused under reg 12(4)(b), subject to the public interest test of reg 12(1)(b)
   * and the presumption in favour of disclosure of reg 12(2). An EIR case never says "section 12"
   * nor names a limit in pounds.
   */
  public static String costGround(Regime regime) {
    return regime == Regime.EIR
        ? "Manifestly unreasonable (reg 12(4)(b) EIR)"
        : "Cost of compliance (section 12)";
  }

  /** Why a line for {@code code} does not count towards the limit. */
  public static String whyNotCounted(String code) {
    String normalised = normalise(code);
    for (ExcludedActivity e : ExcludedActivity.values()) {
      if (e.name().equals(normalised)) {
        return e.label()
            + " does not count towards the appropriate limit: reg 4(3) of the Fees Regulations 2004"
            + " allows only determining whether the information is held, locating, retrieving and"
            + " extracting it";
      }
    }
    if (normalised.isEmpty()) {
      return "Choose the activity: determining whether the information is held, locating,"
          + " retrieving or extracting it";
    }
    return "\""
        + code
        + "\" is not one of the four activities reg 4(3) of the Fees Regulations 2004 allows:"
        + " determining whether the information is held, locating, retrieving, extracting";
  }

  static String durationText(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return rest + (rest == 1 ? " minute" : " minutes");
    }
    String h = hours + (hours == 1 ? " hour" : " hours");
    return rest == 0 ? h : h + " " + rest + (rest == 1 ? " minute" : " minutes");
  }

  private static String normalise(String code) {
    return code == null
        ? ""
        : code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}
