package uk.foitracker.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import uk.foitracker.clock.ClockView;
import uk.foitracker.rules.Regime;

/** One line of the work queue. */
public record QueueRow(
    String reference,
    String summary,
    Regime regime,
    LocalDate receivedOn,
    LocalDate dueOn,
    Integer workingDaysLeft,
    RequestState state,
    String clockStatus,
    boolean overdue,
    boolean dueSoon,
    String assignedTo,
    @JsonIgnore String received,
    @JsonIgnore String due,
    @JsonIgnore String clockLabel,
    @JsonIgnore String clockColour) {

  @JsonIgnore
  public String stateLabel() {
    return state.label();
  }

  /** The clock status of a request whose clock events the clock refuses. */
  public static final String UNWORKABLE = "UNWORKABLE";

  @JsonIgnore
  public String daysLeftText() {
    if ("STOPPED_SENT".equals(clockStatus)) {
      return "Response sent";
    }
    if (UNWORKABLE.equals(clockStatus)) {
      return "Not known";
    }
    if (ClockView.NO_CLOCK.equals(clockStatus)) {
      return "No clock";
    }
    if (workingDaysLeft == null) {
      return "Clock stopped";
    }
    if (workingDaysLeft < 0) {
      return -workingDaysLeft + " late";
    }
    return String.valueOf(workingDaysLeft);
  }
}
