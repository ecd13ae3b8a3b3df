package uk.foitracker.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.foitracker.answer.TableView;
import uk.foitracker.publication.CaseView;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.web.FormEcho;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Money;
import uk.foitracker.web.Option;
import uk.foitracker.web.OptionGroup;
import uk.foitracker.web.StatuteLabels;

/** The officer's page to compose, send and publish a response. No entity, no requester data. */
public record ComposePage(
    String reference,
    long version,
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
    List<OptionGroup> provisionGroups,
    String qualifiedProvisions,
    List<Option> activities,
    List<String> excludedActivities,
    List<Integer> costLines,
    CostTotal costTotal,
    NoticeView notice,
    ReviewView review,
    Map<String, FormEcho> forms,
    FormErrors errors,
    boolean eir,
    List<CaseView.InstalmentView> instalments,
    List<ReviewView> reviews,
    boolean hasUnsentAnswers,
    String licenceStatement,
    String attributionStatement,
    List<CitationEntry> citations) {

  /** Sent (or published) with answers not yet sent: they can go out as a further instalment. */
  public boolean furtherInstalment() {
    return (sent || published) && hasUnsentAnswers;
  }

  /** The send form is shown: before sending, and for a further instalment. */
  public boolean canSend() {
    return editable || furtherInstalment();
  }

  /** New answers can be added: before sending, and afterwards for a further instalment. */
  public boolean canAddAnswer() {
    return editable || sent || published;
  }

  /** The id of a question's decision select on the review decision form. */
  public String decisionId(int number) {
    return "decide-decision-" + number;
  }

  /** The typed value's key of a question's decision (ComposeForms#reviewDecisions). */
  public String decisionKey(int number) {
    return "decision-" + number;
  }

  public String decisionLabel(int number) {
    return "Decision on question " + number;
  }

  public String reviewRequestLegend() {
    return review == null
        ? "Date the requester asked for an internal review"
        : "Date the requester asked for a further internal review";
  }

  /** The hint of the new answer's questions. */
  public String newAnswerHint() {
    return editable
        ? "Tick several when they share one answer."
        : "The answer goes out in the next instalment. For a question answered in an earlier"
            + " instalment it adds to that answer.";
  }

  /** The review decision choices per question: a blank first, then the outcomes. */
  public List<Option> decisionItems(String chosen) {
    return Option.withBlank(
        "Not decided",
        Arrays.stream(ReviewOutcome.values())
            .map(o -> new Option(o.name(), StatuteLabels.label(o), false))
            .toList(),
        chosen);
  }

  /** The form with this id: what is stored, or what was typed when it was refused. */
  public FormEcho form(String id) {
    return forms.getOrDefault(id, FormEcho.empty());
  }

  /** "Questions 2, 3, 4 and 5" for a citation. */
  public String questionsText(CitationEntry c) {
    return (c.questions().size() == 1 ? "Question " : "Questions ")
        + Money.joinNumbers(c.questions());
  }

  /** The form of the note under a table: what was typed when it was refused, else empty. */
  public FormEcho tableNoteForm(int answer, int table) {
    return form("answer-" + answer + "-table-" + table + "-note");
  }

  public String costId(int line, String field) {
    return "cost-lines-" + line + "-" + field;
  }

  /** The review outcomes as radios, the chosen one selected. */
  public List<Option> reviewOutcomes(String selected) {
    return Arrays.stream(ReviewOutcome.values())
        .map(o -> new Option(o.name(), StatuteLabels.label(o), o.name().equals(selected)))
        .toList();
  }

  /** The outcome select of a question: a blank first choice, then the outcomes. */
  public List<Option> outcomeItems(String chosen) {
    return Option.withBlank("Choose the outcome", outcomes, chosen);
  }

  /** The provision select's first, blank, choice; the catalogue follows in groups. */
  public List<Option> provisionBlank() {
    return List.of(Option.blank("Choose a provision"));
  }

  /** The provision catalogue grouped by regime, the chosen one selected. */
  public List<OptionGroup> provisionItems(String chosen) {
    return OptionGroup.choose(provisionGroups, chosen);
  }

  /** A cost line's activity select: a blank first choice, then the activities. */
  public List<Option> activityItems(String chosen) {
    return Option.withBlank("Choose the activity", activities, chosen);
  }

  public String base() {
    return "/officer/requests/" + reference + "/response";
  }

  public record QuestionForm(
      int number,
      String text,
      String outcomeLabel,
      String outcomeColour,
      Integer answerPosition,
      List<CitationLine> citations,
      Outcome outcome) {
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
      List<TableView> tables,
      Integer instalment) {
    public String formId() {
      return "answer-" + position;
    }

    public String id(String field) {
      return "answer-" + position + "-" + field;
    }
  }

  public record CostTotal(
      String hoursText,
      String costText,
      String limitText,
      int limitHours,
      String rateText,
      boolean exceeds,
      String computedHoursText,
      String statedHoursText,
      String statedHoursWarning) {
    public String limitDescription() {
      return limitText + " (" + limitHours + " hours at " + rateText + " an hour)";
    }
  }
}
