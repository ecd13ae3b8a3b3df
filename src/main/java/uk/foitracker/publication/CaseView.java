package uk.foitracker.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    @JsonInclude(JsonInclude.Include.NON_NULL) List<CitedView> citations) {

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

  /**
   * One citation as the response makes it: the provision once, with every question it covers, the
   * reasons, the public interest test of a qualified exemption, whether it neither confirms nor
   * denies, and the decisions relied on. {@code provision} is the catalogue code.
   */
  public record CitedView(
      String provision,
      String reference,
      String title,
      ProvisionKind kind,
      CitationRole role,
      List<Integer> questions,
      String reasons,
      PublicInterestView publicInterest,
      boolean ncnd,
      String excludedDuty,
      boolean absolute,
      List<PrecedentView> precedents) {
    public String roleLabel() {
      return StatuteLabels.label(role);
    }

    public String questionsText() {
      return (questions.size() == 1 ? "Question " : "Questions ") + Money.joinNumbers(questions);
    }

    public List<String> reasonParagraphs() {
      return paragraphs(reasons);
    }
  }

  /** The public interest test (FOIA s.17(3), EIR reg 12(1)(b)): arguments and the conclusion. */
  public record PublicInterestView(
      @JsonProperty("for") String argumentsFor, String against, String conclusion) {
    public List<String> forParagraphs() {
      return paragraphs(argumentsFor);
    }

    public List<String> againstParagraphs() {
      return paragraphs(against);
    }

    public List<String> conclusionParagraphs() {
      return paragraphs(conclusion);
    }
  }

  /**
   * A decision relied on: {@code kind} ICO_DECISION_NOTICE or TRIBUNAL_APPEAL; {@code url} where to
   * read it (for an appeal, the tribunal's decisions database: it has no address per appeal).
   */
  public record PrecedentView(String kind, String kindLabel, String reference, String url) {}

  /** Text split into its paragraphs at line breaks; none for no text. */
  static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R+")).map(String::strip).filter(l -> !l.isEmpty()).toList();
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
