package uk.foitracker.compose;

import static uk.foitracker.compose.ResponseEdits.answer;
import static uk.foitracker.compose.ResponseEdits.numbers;
import static uk.foitracker.compose.ResponseEdits.question;
import static uk.foitracker.compose.ResponseEdits.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.TableCell;
import uk.foitracker.answer.TableColumn;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableRow;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.instalment.AnswerAddition;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.Outcome;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.ValidationProblem;

/**
 * Answering the questions: the answers, each question's outcome, and the tables of an answer. Each
 * public method is one officer action with its audit event; bad input changes nothing. A {@code
 * version} (the request's, as the officer saw it) refuses a change made from an out-of-date copy.
 */
@ApplicationScoped
@Transactional
public class Answers {
  private final ResponseEdits edits;
  private final AuditLog audit;

  private final Corrections corrections;

  Answers(ResponseEdits edits, AuditLog audit, Corrections corrections) {
    this.edits = edits;
    this.audit = audit;
    this.corrections = corrections;
  }

  /** {@link #saveAnswer(String, Long, Integer, AnswerInput, String)} without a version check. */
  public int saveAnswer(String ref, Integer position, AnswerInput input, String actor) {
    return saveAnswer(ref, null, position, input, actor);
  }

  /**
   * Writes an answer and links it to its questions; {@code position} null creates a new answer.
   * Returns the answer's position. An answer left without questions is removed.
   */
  public int saveAnswer(
      String ref, Long version, Integer position, AnswerInput input, String actor) {
    if (position != null && asSent(ref, position)) {
      correctSent(ref, version, position, input, actor);
      return position;
    }
    FoiRequest request = edits.editable(ref, version, actor);
    List<FieldError> errors = new ArrayList<>();
    List<Question> questions = questions(request, input.questions(), "questions", errors);
    String body = body(input.paragraphs(), errors);
    Answer answer = null;
    if (position != null) {
      answer = answer(request, position);
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    List<Question> moved = moving(answer, questions);
    if (!moved.isEmpty() && !Boolean.TRUE.equals(input.confirm())) {
      throw new ReassignmentProblem(moved);
    }
    boolean created = answer == null;
    if (created) {
      answer = new Answer();
      answer.request = request;
      answer.position = nextAnswerPosition(request);
    }
    answer.body = body;
    answer.persist();
    link(answer, questions);
    audit.record(
        actor,
        created ? "ANSWER_ADDED" : "ANSWER_CHANGED",
        "request",
        request.id,
        (created ? "Answer " : "Changed answer ")
            + answer.position
            + " to questions "
            + numbers(questions),
        null,
        null);
    return answer.position;
  }

  /**
   * Whether answer {@code position} has gone to the requester: it went out in an instalment, or the
   * whole response was sent. Such an answer is corrected, with a reason, not rewritten.
   */
  private static boolean asSent(String ref, int position) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref));
    Answer answer =
        Answer.<Answer>find("request = ?1 and position = ?2", request, position).firstResult();
    return answer != null && (answer.instalment != null || QuestionEdits.sent(request));
  }

  /**
   * An answer already sent, changed through the compose API: its words are corrected as on the
   * corrections page (a reason, the text before and after in the audit trail, a new published
   * version once published); the questions it answers cannot change.
   */
  private void correctSent(
      String ref, Long version, int position, AnswerInput input, String actor) {
    List<FieldError> errors = new ArrayList<>();
    FoiRequest request = FoiRequest.findByReference(ref).orElseThrow();
    Answer answer = answer(request, position);
    List<Integer> now =
        Question.<Question>list("answer = ?1", answer).stream()
            .map(q -> q.number)
            .sorted()
            .toList();
    List<Integer> asked =
        input.questions() == null
            ? List.of()
            : input.questions().stream().filter(Objects::nonNull).distinct().sorted().toList();
    if (!asked.isEmpty() && !asked.equals(now)) {
      errors.add(
          new FieldError(
              "questions",
              "Answer "
                  + position
                  + " has been sent: the questions it answers cannot change. Correct its words,"
                  + " with a reason"));
    }
    if (input.reason() == null || input.reason().isBlank()) {
      errors.add(
          new FieldError(
              "reason",
              "Answer "
                  + position
                  + " has been sent: enter the reason for the correction, which is recorded and"
                  + " published with it"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    corrections.answer(ref, version, position, input.paragraphs(), input.reason(), actor);
  }

  private static String body(List<String> input, List<FieldError> errors) {
    List<String> paragraphs =
        input == null
            ? List.of()
            : input.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    if (paragraphs.isEmpty()) {
      errors.add(new FieldError("paragraphs", "Enter the answer"));
    }
    String body = String.join(Answer.PARAGRAPH_BREAK, paragraphs);
    if (body.length() > 50000) {
      errors.add(new FieldError("paragraphs", "The answer must be 50,000 characters or fewer"));
    }
    return body;
  }

  /**
   * The questions that saving {@code answer} for {@code questions} would take from another answer
   * not yet sent: a move the officer must confirm. A question whose answer was sent in an earlier
   * instalment is not moved: an unsent answer adds to it, as the next instalment.
   */
  private static List<Question> moving(Answer answer, List<Question> questions) {
    List<Question> moved = new ArrayList<>();
    for (Question q : questions) {
      if (q.answer != null && q.answer != answer && !addsTo(answer, q)) {
        moved.add(q);
      }
    }
    return moved;
  }

  /** True when {@code answer} (not yet sent) would add to the sent answer of {@code q}. */
  private static boolean addsTo(Answer answer, Question q) {
    return q.answer != null
        && q.answer.instalment != null
        && (answer == null || answer.instalment == null);
  }

  /**
   * Links the questions to the answer, or records it as adding to a question answered in an earlier
   * instalment; an unsent answer they leave with no question is removed.
   */
  private static void link(Answer answer, List<Question> questions) {
    Set<Answer> previous = new HashSet<>();
    for (Question q : Question.<Question>list("answer = ?1", answer)) {
      if (!questions.contains(q)) {
        q.answer = null;
      }
    }
    for (AnswerAddition x : AnswerAddition.<AnswerAddition>list("answer", answer)) {
      if (!questions.contains(x.question)) {
        x.delete();
      }
    }
    for (Question q : questions) {
      if (q.answer == answer) {
        continue;
      }
      if (addsTo(answer, q)) {
        if (AnswerAddition.count("answer = ?1 and question = ?2", answer, q) == 0) {
          AnswerAddition x = new AnswerAddition();
          x.answer = answer;
          x.question = q;
          x.persist();
        }
        continue;
      }
      if (q.answer != null) {
        previous.add(q.answer);
      }
      q.answer = answer;
    }
    Question.flush();
    for (Answer old : previous) {
      if (Question.count("answer", old) == 0 && AnswerAddition.count("answer", old) == 0) {
        deleteAnswer(old);
      }
    }
  }

  /** {@link #setOutcome(String, Long, int, String, String)} without a version check. */
  public void setOutcome(String ref, int number, String outcome, String actor) {
    setOutcome(ref, null, number, outcome, actor);
  }

  /** Sets the outcome of one question. */
  public void setOutcome(String ref, Long version, int number, String outcome, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Question question = question(request, number);
    Outcome parsed;
    try {
      parsed = Outcome.valueOf(outcome == null ? "" : outcome.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of(
          "outcome", "Choose the outcome: one of " + List.of(Outcome.values()));
    }
    Outcome before = question.outcome;
    question.outcome = parsed;
    audit.record(
        actor,
        "OUTCOME_SET",
        "request",
        request.id,
        "Question " + number + ": " + StatuteLabels.label(parsed),
        before == null ? null : before.name(),
        parsed.name());
  }

  // --- tables ----------------------------------------------------------------------------------

  /** {@link #addTable(String, Long, int, List, TableDraft.Layout, String, String)}, unchecked. */
  public int addTable(
      String ref,
      int answerPosition,
      List<List<String>> grid,
      TableDraft.Layout layout,
      String sourceField,
      String actor) {
    return addTable(ref, null, answerPosition, grid, layout, sourceField, actor);
  }

  /** {@link #addTable(String, Long, int, List, TableDraft.Layout, String, String, String)}. */
  public int addTable(
      String ref,
      Long version,
      int answerPosition,
      List<List<String>> grid,
      TableDraft.Layout layout,
      String sourceField,
      String actor) {
    return addTable(ref, version, answerPosition, grid, layout, sourceField, null, actor);
  }

  /**
   * Adds a table, read and confirmed, to the end of an answer. Returns its position. Once the
   * answer has been sent this is a correction: it needs a {@code reason}, is audited with the
   * answer's tables before and after, and is published at once as a new version when the case is
   * published.
   */
  public int addTable(
      String ref,
      Long version,
      int answerPosition,
      List<List<String>> grid,
      TableDraft.Layout layout,
      String sourceField,
      String reason,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Answer answer = answer(request, answerPosition);
    List<FieldError> errors = new ArrayList<>();
    String why = sentReason(request, answer, reason, errors);
    TableDraft draft = confirmedDraft(grid, layout, sourceField, errors);
    if (draft == null || !errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String what = added(draft, answerPosition, layout);
    if (why == null) {
      int position = createTable(answer, draft, layout);
      audit.record(actor, "TABLE_ADDED", "request", request.id, what, null, null);
      return position;
    }
    String before = tablesText(answer);
    int position = createTable(answer, draft, layout);
    correctedTables(request, answer, what, before, why, actor);
    return position;
  }

  private static int createTable(Answer answer, TableDraft draft, TableDraft.Layout layout) {
    int position =
        AnswerTable.<AnswerTable>list("answer = ?1", answer).stream()
                .mapToInt(t -> t.position)
                .max()
                .orElse(0)
            + 1;
    AnswerTable table = AnswerTable.create(answer, position, draft);
    table.countsPeople = layout.countsPeople();
    return position;
  }

  private static String added(TableDraft draft, int answerPosition, TableDraft.Layout layout) {
    return "Table \""
        + draft.caption()
        + "\" added to answer "
        + answerPosition
        + ": "
        + draft.rows().size()
        + " rows, "
        + draft.columns().size()
        + " columns, "
        + draft.notHeldCells()
        + " not held (confirmed), "
        + draft.suppressedCells()
        + " suppressed"
        + (layout.countsPeople() ? "; counts people" : "");
  }

  /** The table read and confirmed, or null with what is wrong put first in {@code errors}. */
  private static TableDraft confirmedDraft(
      List<List<String>> grid,
      TableDraft.Layout layout,
      String sourceField,
      List<FieldError> errors) {
    try {
      TableDraft draft = TableDraft.read(grid, layout, sourceField);
      draft.requireConfirmation(layout);
      return draft;
    } catch (ValidationProblem e) {
      errors.addAll(0, e.errors());
      return null;
    }
  }

  /**
   * The reason a change to the tables of {@code answer} needs once it has been sent (in an
   * instalment, or with the whole response); null, and no error, before then.
   */
  private static String sentReason(
      FoiRequest request, Answer answer, String reason, List<FieldError> errors) {
    if (answer.instalment == null && !QuestionEdits.sent(request)) {
      return null;
    }
    List<FieldError> missing = new ArrayList<>();
    String why = QuestionEdits.reason(reason, true, missing);
    for (FieldError e : missing) {
      errors.add(
          new FieldError(
              e.field(),
              why == null
                  ? "Answer "
                      + answer.position
                      + " has been sent: enter the reason for changing its tables, which is"
                      + " recorded and published with the correction"
                  : e.message()));
    }
    return why;
  }

  /**
   * Records a change to the tables of a sent answer as a correction, with the tables before and
   * after, and publishes it at once as a new version when the case is published.
   */
  private Integer correctedTables(
      FoiRequest request, Answer answer, String what, String before, String why, String actor) {
    AnswerTable.flush();
    audit.record(
        actor,
        "ANSWER_TABLES_CORRECTED",
        "request",
        request.id,
        what + " after sending. Reason: " + why,
        before,
        tablesText(answer));
    return corrections.republish(request, why, actor);
  }

  /** The tables of an answer as text, for the audit trail's before and after. */
  static String tablesText(Answer answer) {
    List<AnswerTable> tables =
        AnswerTable.<AnswerTable>list("answer = ?1 order by position", answer);
    if (tables.isEmpty()) {
      return "Answer " + answer.position + ": no tables";
    }
    StringBuilder text = new StringBuilder();
    for (AnswerTable t : tables) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append("Table ").append(t.position).append(": ").append(t.caption);
      text.append("\n");
      // read, then let go of, so that removing the table with bulk deletes leaves none behind
      EntityManager em = AnswerTable.getEntityManager();
      List<TableColumn> columns = TableColumn.list("table = ?1 order by position", t);
      text.append(
          String.join("\t", columns.stream().map(c -> c.label == null ? "" : c.label).toList()));
      columns.forEach(em::detach);
      for (TableRow r : TableRow.<TableRow>list("table = ?1 order by position", t)) {
        text.append("\n").append(r.header == null ? "" : r.header);
        // queried, not r.cells: a table created in this transaction has not filled that list
        List<TableCell> cells = TableCell.list("row = ?1 order by columnPosition", r);
        cells.forEach(c -> text.append('\t').append(c.displayText == null ? "" : c.displayText));
        cells.forEach(em::detach);
        em.detach(r);
      }
      if (t.note != null) {
        text.append("\nNote: ").append(t.note);
      }
    }
    return text.toString();
  }

  /**
   * Sets the note under a table (a caveat, a key for "-" or "<5"): it is part of the table, shown
   * under it on the page, in the letter and in the JSON. A blank note removes it.
   */
  public void setTableNote(
      String ref, Long version, int answerPosition, int tablePosition, String note, String actor) {
    setTableNote(ref, version, answerPosition, tablePosition, note, null, actor);
  }

  /**
   * {@link #setTableNote(String, Long, int, int, String, String)}; once the answer has been sent, a
   * correction with its {@code reason}.
   */
  public void setTableNote(
      String ref,
      Long version,
      int answerPosition,
      int tablePosition,
      String note,
      String reason,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Answer answer = answer(request, answerPosition);
    AnswerTable table =
        AnswerTable.<AnswerTable>find("answer = ?1 and position = ?2", answer, tablePosition)
            .firstResultOptional()
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        "Answer " + answerPosition + " has no table " + tablePosition));
    String text = note == null || note.isBlank() ? null : note.strip();
    List<FieldError> errors = new ArrayList<>();
    if (text != null && text.length() > TableDraft.MAX_NOTE_CHARS) {
      errors.add(
          new FieldError(
              "note", "The note must be " + TableDraft.MAX_NOTE_CHARS + " characters or fewer"));
    }
    String why = sentReason(request, answer, reason, errors);
    if (why != null && errors.isEmpty() && Objects.equals(text, table.note)) {
      errors.add(new FieldError("note", "The note is as sent; change it first"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = table.note;
    String all = why == null ? null : tablesText(answer);
    table.note = text;
    String what =
        "Note under table \""
            + table.caption
            + "\" of answer "
            + answerPosition
            + (text == null ? " removed" : " set");
    if (why == null) {
      audit.record(actor, "TABLE_NOTE_SET", "request", request.id, what, before, text);
    } else {
      correctedTables(request, answer, what, all, why, actor);
    }
  }

  /** {@link #removeTable(String, Long, int, int, String)} without a version check. */
  public void removeTable(String ref, int answerPosition, int tablePosition, String actor) {
    removeTable(ref, null, answerPosition, tablePosition, actor);
  }

  /** Removes a table from an answer. */
  public void removeTable(
      String ref, Long version, int answerPosition, int tablePosition, String actor) {
    removeTable(ref, version, answerPosition, tablePosition, null, actor);
  }

  /**
   * Removes a table from an answer; once the answer has been sent, a correction with its {@code
   * reason} (to replace a table sent wrong, add the right one and remove the wrong one). Returns
   * the version the correction is published as, or null when none is.
   */
  public Integer removeTable(
      String ref,
      Long version,
      int answerPosition,
      int tablePosition,
      String reason,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Answer answer = answer(request, answerPosition);
    AnswerTable table =
        AnswerTable.<AnswerTable>find("answer = ?1 and position = ?2", answer, tablePosition)
            .firstResultOptional()
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        "Answer " + answerPosition + " has no table " + tablePosition));
    List<FieldError> errors = new ArrayList<>();
    String why = sentReason(request, answer, reason, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = why == null ? null : tablesText(answer);
    String caption = table.caption;
    deleteTable(table);
    String what = "Table \"" + caption + "\" removed from answer " + answerPosition;
    if (why == null) {
      audit.record(actor, "TABLE_REMOVED", "request", request.id, what, null, null);
      return null;
    }
    return correctedTables(request, answer, what, before, why, actor);
  }

  private static void deleteTable(AnswerTable table) {
    TableCell.delete("row.id in (select r.id from TableRow r where r.table = ?1)", table);
    TableRow.delete("table", table);
    TableColumn.delete("table", table);
    table.delete();
  }

  private static void deleteAnswer(Answer answer) {
    AnswerAddition.delete("answer", answer);
    for (AnswerTable t : AnswerTable.<AnswerTable>list("answer", answer)) {
      deleteTable(t);
    }
    answer.delete();
  }

  private static int nextAnswerPosition(FoiRequest request) {
    return Answer.<Answer>list("request", request).stream()
            .mapToInt(a -> a.position)
            .max()
            .orElse(0)
        + 1;
  }
}
