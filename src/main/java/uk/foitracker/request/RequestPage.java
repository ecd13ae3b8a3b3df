package uk.foitracker.request;

import java.util.List;
import uk.foitracker.clock.ClockView;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.FormErrors;

/** A request as an officer (with actions and the requester) or an auditor sees it. */
public record RequestPage(
    String base,
    boolean canAct,
    String reference,
    long version,
    String summary,
    Regime regime,
    String channel,
    String received,
    String stateLabel,
    String assignedTo,
    String requestText,
    String preamble,
    List<QuestionLine> questions,
    String postscript,
    RequesterView requester,
    ClockView clock,
    List<ActionView> actions,
    AssignView assign,
    List<TimelineEntry> timeline,
    FormErrors errors) {
  public String assignedText() {
    return assignedTo == null ? "Not assigned" : assignedTo;
  }
}
