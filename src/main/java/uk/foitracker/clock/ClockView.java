package uk.foitracker.clock;

import java.util.List;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Explanation;
import uk.foitracker.web.Dates;

/**
 * A request's statutory clock for a page or the API: the figures, the working (day 1, every skipped
 * day and why) and the warnings.
 */
public record ClockView(
    String status,
    String statusLabel,
    String statusColour,
    String due,
    String refusalNoticeDue,
    int workingDayLimit,
    int workingDaysUsed,
    int workingDaysLeft,
    int lateByWorkingDays,
    String countedAfter,
    String dayOne,
    List<DayView> days,
    List<String> notes,
    List<String> warnings,
    String calendar) {

  /** One day of the count: "Day 3" or the reason it was skipped. */
  public record DayView(String date, boolean counted, String text) {}

  public static ClockView of(ClockResult r, boolean dueSoon) {
    Explanation x = r.explanation();
    List<DayView> days =
        x.days().stream()
            .map(
                d ->
                    d instanceof Explanation.Counted c
                        ? new DayView(Dates.withDay(c.date()), true, "Day " + c.number())
                        : new DayView(
                            Dates.withDay(d.date()), false, ((Explanation.Skipped) d).reason()))
            .toList();
    return new ClockView(
        r.status().name(),
        label(r.status(), dueSoon),
        colour(r.status(), dueSoon),
        r.due().map(Dates::withDay).orElse(null),
        r.refusalNoticeDue().map(Dates::withDay).orElse(null),
        r.workingDayLimit(),
        r.workingDaysUsed(),
        r.workingDaysLeft(),
        r.lateByWorkingDays(),
        Dates.withDay(x.countedAfter()),
        Dates.withDay(x.dayOne()),
        days,
        x.notes(),
        r.warnings(),
        r.calendar());
  }

  /** The status of a request whose received date is not stated: it has no statutory clock. */
  public static final String NO_CLOCK = "NO_CLOCK";

  /**
   * A request whose received date is not stated: no clock, no due date, nothing counted (FOIA
   * s.10(1) and EIR reg 5(2) count from the date of receipt, which is not known).
   */
  public static ClockView notStated() {
    return new ClockView(
        NO_CLOCK,
        "No clock: date received not stated",
        "grey",
        null,
        null,
        0,
        0,
        0,
        0,
        "Not stated",
        "Not stated",
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  /** False when the received date is not stated, so there is no clock to show. */
  public boolean hasClock() {
    return !NO_CLOCK.equals(status);
  }

  public String dueText() {
    if (!hasClock()) {
      return "Not stated: the date received is not stated, so no due date can be worked out";
    }
    return due == null ? "No due date while the clock is stopped" : due;
  }

  public String usedText() {
    return workingDaysUsed + " of " + workingDayLimit;
  }

  public String lateText() {
    return lateByWorkingDays + (lateByWorkingDays == 1 ? " working day" : " working days");
  }

  public String countingFromText() {
    return countedAfter + " (the date of receipt)";
  }

  public boolean stopped() {
    return due == null;
  }

  public boolean late() {
    return lateByWorkingDays > 0;
  }

  public boolean sameRefusalDate() {
    return refusalNoticeDue == null || refusalNoticeDue.equals(due);
  }

  public static String label(ClockStatus status, boolean dueSoon) {
    return switch (status) {
      case RUNNING -> dueSoon ? "Due soon" : "On time";
      case OVERDUE -> "Overdue";
      case PAUSED_CLARIFICATION -> "Clock stopped: clarification";
      case PAUSED_FEES -> "Clock paused: fee";
      case STOPPED_SENT -> "Response sent";
    };
  }

  public static String colour(ClockStatus status, boolean dueSoon) {
    return switch (status) {
      case RUNNING -> dueSoon ? "orange" : "green";
      case OVERDUE -> "red";
      case PAUSED_CLARIFICATION, PAUSED_FEES -> "grey";
      case STOPPED_SENT -> "blue";
    };
  }
}
