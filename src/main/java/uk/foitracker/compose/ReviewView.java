package uk.foitracker.compose;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.publication.CaseView.ReviewDecisionView;
import uk.foitracker.web.Dates;

/** One internal review (the latest, or number {@code number}) and its clock. */
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
    int lateByWorkingDays,
    int number,
    LocalDate acknowledgedOn,
    LocalDate statedDue,
    List<ReviewDecisionView> decisions,
    Integer releasedInstalment) {
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

  public String statedDueText() {
    return Dates.display(statedDue);
  }

  public String acknowledgedText() {
    return Dates.display(acknowledgedOn);
  }

  /** The decision per question, as "1: Upheld; 2: Overturned", or "Not stated". */
  public String decisionsText() {
    if (decisions == null || decisions.isEmpty()) {
      return Dates.NOT_STATED;
    }
    return String.join(
        "; ",
        decisions.stream()
            .map(d -> "Question " + d.questionNumber() + ": " + d.outcomeLabel())
            .toList());
  }
}
