package uk.foitracker.compose;

import java.time.LocalDate;
import uk.foitracker.web.Dates;

/** The internal review and its clock. */
public record ReviewView(
    LocalDate requestedOn,
    String reviewer,
    String outcome,
    String outcomeLabel,
    String reasons,
    LocalDate decidedOn,
    LocalDate due,
    LocalDate latestDue,
    String clockStatus,
    int lateByWorkingDays) {
  public String requestedText() {
    return Dates.display(requestedOn);
  }

  public String decidedText() {
    return Dates.display(decidedOn);
  }

  public String dueText() {
    return Dates.display(due);
  }

  public String latestDueText() {
    return Dates.display(latestDue);
  }
}
