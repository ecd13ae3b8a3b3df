package uk.foitracker.compose;

import java.util.List;
import java.util.Map;
import uk.foitracker.answer.TableView;
import uk.foitracker.compose.ComposePages.FormState;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.web.FormErrors;

/** The officer's page to compose, send and publish a response. No entity, no requester data. */
public record ComposePage(
    String reference,
    String summary,
    String stateLabel,
    boolean editable,
    boolean sent,
    boolean published,
    String slug,
    String withheldReason,
    String sentText,
    List<Integer> questionNumbers,
    List<QuestionForm> questions,
    List<AnswerForm> answers,
    List<Option> outcomes,
    List<ProvisionGroup> provisionGroups,
    String qualifiedProvisions,
    List<Option> activities,
    List<String> excludedActivities,
    List<Integer> costLines,
    CostTotal costTotal,
    ComposeViews.NoticeView notice,
    ComposeViews.ReviewView review,
    Map<String, FormState> forms,
    FormErrors errors) {

  /** The form with this id: what is stored, or what was typed when it was refused. */
  public FormState form(String id) {
    return forms.getOrDefault(id, new FormState());
  }

  public String costId(int line, String field) {
    return "cost-lines-" + line + "-" + field;
  }

  /** The review outcomes as radios, the chosen one selected. */
  public List<Choice> reviewOutcomes(String selected) {
    return java.util.Arrays.stream(InternalReview.ReviewOutcome.values())
        .map(o -> new Choice(o.name(), o.label(), o.name().equals(selected)))
        .toList();
  }

  public record Choice(String value, String label, boolean selected) {}

  public String base() {
    return "/officer/requests/" + reference + "/response";
  }

  public record QuestionForm(
      int number,
      String text,
      String outcomeLabel,
      String outcomeColour,
      Integer answerPosition,
      List<CitationLine> citations) {
    public String formId() {
      return "q" + number;
    }

    public String id(String field) {
      return "q" + number + "-" + field;
    }

    public String citeForm() {
      return "cite-" + number;
    }

    public String citeId(String field) {
      return "cite-" + number + "-" + field;
    }
  }

  public record CitationLine(
      int position, String reference, String title, String role, String reasons) {}

  public record AnswerForm(
      int position,
      List<Integer> questionNumbers,
      List<String> paragraphs,
      List<TableView> tables) {
    public String formId() {
      return "answer-" + position;
    }

    public String id(String field) {
      return "answer-" + position + "-" + field;
    }
  }

  public record ProvisionGroup(String label, List<Option> options) {}

  public record Option(String value, String label) {}

  public record CostTotal(
      String hoursText,
      String costText,
      String limitText,
      int limitHours,
      String rateText,
      boolean exceeds) {
    public String limitDescription() {
      return limitText + " (" + limitHours + " hours at " + rateText + " an hour)";
    }
  }
}
