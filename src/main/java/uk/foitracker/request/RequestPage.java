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
    FormErrors errors,
    List<String> authorityReferences,
    String statedDue,
    String statedDueWarning,
    DetailsView details,
    List<LinkView> links,
    LinkFormView linkForm,
    List<CorrespondenceLine> correspondence,
    CorrespondenceFormView correspondenceForm,
    List<EventLine> clockEventHistory) {
  /** The leading reference, or "Not stated". */
  public String leadingReferenceText() {
    return authorityReferences.isEmpty() ? "Not stated" : authorityReferences.get(0);
  }

  /** The references after the leading one. */
  public List<String> otherReferences() {
    return authorityReferences.size() < 2
        ? List.of()
        : authorityReferences.subList(1, authorityReferences.size());
  }

  public String otherReferencesText() {
    return String.join("; ", otherReferences());
  }

  public String statedDueText() {
    return statedDue == null ? "Not stated" : statedDue;
  }

  public String channelText() {
    return channel == null ? "Not stated" : channel;
  }

  public String assignedText() {
    return assignedTo == null ? "Not assigned" : assignedTo;
  }
}
