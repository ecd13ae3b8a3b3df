package uk.foitracker.rules;

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

  /** A line as an officer proposes it: an activity code, its basis, minutes of staff time. */
  public record ProposedLine(String activity, String basis, int minutes) {}

  /** A line that counts. */
  public record Line(CountedActivity activity, String basis, int minutes) {}

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
      if (p.minutes() <= 0 || p.minutes() > MAX_LINE_MINUTES) {
        refused.add(
            new RefusedLine(
                i,
                "minutes",
                code,
                "Minutes must be a whole number between 1 and " + MAX_LINE_MINUTES));
        ok = false;
      }
      if (ok) {
        lines.add(new Line(activity.get(), p.basis().strip(), p.minutes()));
        total += p.minutes();
      }
    }
    return new Result(limit, lines, refused, (int) Math.min(total, Integer.MAX_VALUE));
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
