package uk.foitracker.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.foitracker.answer.TableView;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Money;
import uk.foitracker.web.StatuteLabels;

/**
 * A published case as people read and re-use it: every question, answer, table, citation and the
 * cost assessment. Dates and the authority's reference are null when the response does not state
 * them. No requester data can reach this record.
 *
 * @param authorityReference the authority's reference the letter leads with, or null
 * @param due the statutory due date the clock gives from the date received
 * @param authorityReferences every reference the authority stated, the leading one first (null in a
 *     version published before they were kept)
 * @param statedDue the due date the authority stated, or null when not stated
 * @param relatedCases published cases this one belongs with (refined, repeated, aggregated), read
 *     at the time of reading: never an unpublished request
 *     <p>The last three are left out of the JSON when null (a version published before they were
 *     kept), so that such a version reads back and writes out exactly as it was published.
 */
public record CaseView(
    String slug,
    String title,
    String authority,
    Regime regime,
    String authorityReference,
    LocalDate receivedOn,
    LocalDate due,
    LocalDate sentOn,
    LocalDate publishedOn,
    String preamble,
    List<QuestionView> questions,
    String postscript,
    CostView costAssessment,
    String licence,
    String licenceStatement,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> authorityReferences,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate statedDue,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<RelatedCaseView> relatedCases) {

  /**
   * A published case this one belongs with.
   *
   * @param kind REFINED, REPEATED or AGGREGATED
   * @param label how the link reads from this case, e.g. "Refines request"
   * @param kindLabel the kind in words, with the law it comes from
   */
  public record RelatedCaseView(
      String kind, String label, String kindLabel, String slug, String title) {}

  /** The same case with its related cases as they stand now. */
  public CaseView withRelatedCases(List<RelatedCaseView> related) {
    return new CaseView(
        slug,
        title,
        authority,
        regime,
        authorityReference,
        receivedOn,
        due,
        sentOn,
        publishedOn,
        preamble,
        questions,
        postscript,
        costAssessment,
        licence,
        licenceStatement,
        authorityReferences,
        statedDue,
        List.copyOf(related));
  }

  /** The references after the leading one. */
  public List<String> otherReferences() {
    return authorityReferences == null || authorityReferences.size() < 2
        ? List.of()
        : authorityReferences.subList(1, authorityReferences.size());
  }

  public String otherReferencesText() {
    return String.join("; ", otherReferences());
  }

  /** The due date the authority stated, or "Not stated". */
  public String statedDueText() {
    return Dates.display(statedDue);
  }

  public record QuestionView(
      int number,
      String text,
      Outcome outcome,
      String outcomeLabel,
      List<CitationView> provisions,
      AnswerView answer) {}

  /** An answer; {@code questionNumbers} lists every question it answers (Leicester's 4 and 5). */
  public record AnswerView(
      int position,
      List<Integer> questionNumbers,
      List<String> paragraphs,
      List<TableView> tables) {}

  public record CitationView(
      String code,
      String reference,
      String title,
      ProvisionKind kind,
      CitationRole role,
      String reasons) {
    public String roleLabel() {
      return StatuteLabels.label(role);
    }
  }

  public record CostView(
      int limitPence,
      int hourlyRatePence,
      int limitHours,
      List<Integer> questionNumbers,
      List<CostLineView> lines,
      int estimatedMinutes,
      String statement,
      String advice) {
    public String limitText() {
      return Money.pounds(limitPence);
    }

    public String rateText() {
      return Money.pounds(hourlyRatePence);
    }

    public String questionsText() {
      return Money.joinNumbers(questionNumbers);
    }

    public boolean itemised() {
      return !lines.isEmpty();
    }
  }

  public record CostLineView(String activity, String activityLabel, String basis, int minutes) {}

  public String referenceText() {
    return authorityReference == null ? Dates.NOT_STATED : authorityReference;
  }

  public String receivedText() {
    return Dates.display(receivedOn);
  }

  /** The statutory due date, worked out only from a stated received date, never guessed. */
  public String dueText() {
    return receivedOn == null
        ? "Not stated (the date the request was received is not stated)"
        : Dates.display(due);
  }

  public String sentText() {
    return Dates.display(sentOn);
  }

  public String publishedText() {
    return Dates.display(publishedOn);
  }

  public List<TableView> allTables() {
    List<TableView> tables = new ArrayList<>();
    blocks()
        .forEach(
            b -> {
              if (b.answer() != null) tables.addAll(b.answer().tables());
            });
    return tables;
  }

  /** Questions grouped with the answer they share, in order: how the letter reads. */
  public List<AnswerBlock> blocks() {
    List<AnswerBlock> blocks = new ArrayList<>();
    for (QuestionView q : questions) {
      AnswerBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null
          && q.answer() != null
          && last.answer() != null
          && last.answer().position() == q.answer().position()) {
        last.questions().add(q);
      } else {
        blocks.add(new AnswerBlock(new ArrayList<>(List.of(q)), q.answer()));
      }
    }
    return blocks;
  }

  /** One or more questions and the answer they share. */
  public record AnswerBlock(List<QuestionView> questions, AnswerView answer) {
    public String heading() {
      List<Integer> numbers = questions.stream().map(QuestionView::number).toList();
      return (numbers.size() == 1 ? "Question " : "Questions ") + Money.joinNumbers(numbers);
    }

    public String id() {
      return "question-"
          + questions.stream()
              .map(q -> String.valueOf(q.number()))
              .collect(Collectors.joining("-"));
    }
  }
}
