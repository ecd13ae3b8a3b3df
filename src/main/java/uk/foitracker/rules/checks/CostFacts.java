package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The s.12 cost assessment.
 *
 * @param limitPence the appropriate limit the authority applied
 * @param hourlyRatePence the rate per hour
 * @param questionNumbers the questions it covers
 * @param lines the estimate, line by line
 * @param statement why the cost would exceed the limit, as stated
 * @param advice the advice given on bringing the request within the limit (s.16)
 * @param statedMinutes the total time the authority stated ("over 18 hours"), if it stated one
 */
public record CostFacts(
    int limitPence,
    int hourlyRatePence,
    List<Integer> questionNumbers,
    List<Line> lines,
    String statement,
    String advice,
    Optional<Integer> statedMinutes) {

  /** An assessment with no stated total. */
  public CostFacts(
      int limitPence,
      int hourlyRatePence,
      List<Integer> questionNumbers,
      List<Line> lines,
      String statement,
      String advice) {
    this(limitPence, hourlyRatePence, questionNumbers, lines, statement, advice, Optional.empty());
  }

  public CostFacts {
    statedMinutes = statedMinutes == null ? Optional.empty() : statedMinutes;
    questionNumbers = List.copyOf(questionNumbers);
    lines = List.copyOf(lines);
  }

  /**
   * One line of the estimate.
   *
   * @param activity the activity by name: DETERMINING, LOCATING, RETRIEVING or EXTRACTING are the
   *     four the Fees Regulations 2004 reg 4(3) allow; anything else does not count
   * @param basis how the time was worked out
   * @param minutes the time (at the low end of a range of minutes for each unit)
   * @param minutesMax the time at the high end of a range ("2-5 minutes a record"); equal to {@code
   *     minutes} without a range
   */
  public record Line(String activity, String basis, int minutes, int minutesMax) {
    public Line {
      Objects.requireNonNull(activity, "activity");
      minutesMax = Math.max(minutes, minutesMax);
    }

    /** A line whose time is one figure. */
    public Line(String activity, String basis, int minutes) {
      this(activity, basis, minutes, minutes);
    }
  }

  public int totalMinutes() {
    return lines.stream().mapToInt(Line::minutes).sum();
  }

  /** The total at the high end of every range; equal to {@link #totalMinutes()} without ranges. */
  public int totalMinutesMax() {
    return lines.stream().mapToInt(Line::minutesMax).sum();
  }
}
