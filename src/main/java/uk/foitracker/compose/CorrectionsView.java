package uk.foitracker.compose;

import java.util.List;
import java.util.Map;
import uk.foitracker.web.FormEcho;
import uk.foitracker.web.FormErrors;

/**
 * The officer's corrections page: the questions (reword, split, merge, renumber) and, once the
 * response has been sent, its answers, table cells and citations' reasons. {@code banner} is the
 * success message after a correction; {@code forms} holds each form's values (as stored, or as
 * typed after a refusal) by form id.
 */
public record CorrectionsView(
    String reference,
    long version,
    String summary,
    boolean sent,
    boolean published,
    String banner,
    FormErrors errors,
    Map<String, FormEcho> forms,
    List<QuestionItem> questions,
    List<AnswerItem> answers,
    List<CitationItem> citations) {

  /** A question, and the number of the question after it (null for the last). */
  public record QuestionItem(int number, String text, Integer next) {}

  /** An answer of a sent response, its questions and its tables. */
  public record AnswerItem(int position, String questionsText, List<TableItem> tables) {}

  /** A table: its caption, rows and columns (as shown, from 1). */
  public record TableItem(int position, String caption, int rows, int columns, String rowsText) {}

  /** A citation (of the request) and its provision. */
  public record CitationItem(int position, String provision) {}

  /** The values and errors of form {@code id}; empty when none. */
  public FormEcho form(String id) {
    FormEcho f = forms.get(id);
    return f == null ? FormEcho.empty() : f;
  }

  /** The form of one item, e.g. formOf("reword", 3) for question 3's reword form. */
  public FormEcho formOf(String kind, int n) {
    return form(kind + "-" + n);
  }

  public FormEcho cellForm(int answer, int table) {
    return form("cell-" + answer + "-" + table);
  }

  /** The form that removes table {@code table} of answer {@code answer}, with the reason. */
  public FormEcho removalForm(int answer, int table) {
    return form("removal-" + answer + "-" + table);
  }

  public String removalLabel(TableItem table) {
    return "Reason for removing table " + table.position() + " (" + table.caption() + ")";
  }

  public String removalId(int answer, int table, String field) {
    return "removal-" + answer + "-" + table + "-" + field;
  }

  /** An input's id, e.g. id("reword", 3, "text") is "reword-3-text". */
  public String id(String kind, int n, String field) {
    return kind + "-" + n + "-" + field;
  }

  public String cellId(int answer, int table, String field) {
    return "cell-" + answer + "-" + table + "-" + field;
  }

  /** The renumber form's field of question {@code number}, and its input's id. */
  public String numberField(int number) {
    return "number-" + number;
  }

  public String numberId(int number) {
    return "renumber-number-" + number;
  }

  public String reasonLabel() {
    return sent ? "Reason for the correction" : "Reason (optional)";
  }

  public String rewordLabel(int number) {
    return "Reword question " + number;
  }

  public String renumberLabel(int number) {
    return "New number of question " + number;
  }

  public String answerLabel(AnswerItem a) {
    return "Answer " + a.position() + " (questions " + a.questionsText() + ")";
  }

  public String citationLabel(CitationItem c) {
    return "Reasons given for " + c.provision() + " (citation " + c.position() + ")";
  }

  public boolean hasSeveral() {
    return questions.size() > 1;
  }
}
