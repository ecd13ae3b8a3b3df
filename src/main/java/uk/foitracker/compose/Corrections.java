package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.CellText;
import uk.foitracker.answer.TableCell;
import uk.foitracker.answer.TableRow;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.CitationGroup;
import uk.foitracker.publication.Publishing;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Correcting a response after it has been sent: an answer's words, one cell of a table, the reasons
 * given for a citation. Each needs a reason, is audited with the text before and after, and, once
 * the case is published, publishes the correction at once as a new version carrying the changed
 * text and the reason, dated the day it is made. Before sending, the compose page's own forms
 * change these freely.
 */
@ApplicationScoped
@Transactional
public class Corrections {
  private final ResponseEdits edits;
  private final AuditLog audit;
  private final Publishing publishing;

  Corrections(ResponseEdits edits, AuditLog audit, Publishing publishing) {
    this.edits = edits;
    this.audit = audit;
    this.publishing = publishing;
  }

  /** What a correction did: its words for the banner, and the version published (or null). */
  public record Corrected(String message, Integer publishedVersion) {}

  /** Corrects the words of answer {@code position} of a sent response. */
  public Corrected answer(
      String ref,
      Long version,
      int position,
      List<String> paragraphs,
      String reason,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    requireSent(request);
    List<FieldError> errors = new ArrayList<>();
    List<String> kept =
        paragraphs == null
            ? List.of()
            : paragraphs.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    String body = String.join(Answer.PARAGRAPH_BREAK, kept);
    if (kept.isEmpty()) {
      errors.add(new FieldError("paragraphs", "Enter the answer"));
    } else if (body.length() > 50000) {
      errors.add(new FieldError("paragraphs", "The answer must be 50,000 characters or fewer"));
    }
    String why = QuestionEdits.reason(reason, true, errors);
    Answer answer = ResponseEdits.answer(request, position);
    if (errors.isEmpty() && body.equals(answer.body)) {
      errors.add(new FieldError("paragraphs", "The answer is as sent; change it first"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = answer.body;
    answer.body = body;
    answer.flush();
    audit.record(
        actor,
        "ANSWER_CORRECTED",
        "request",
        request.id,
        "Answer " + position + " corrected after sending. Reason: " + why,
        before,
        body);
    Integer published = publish(request, why, actor);
    return new Corrected(
        "Answer " + position + " corrected" + QuestionEdits.publishedText(published), published);
  }

  /**
   * Corrects one cell of a table of a sent response: {@code row} and {@code column} count from 1
   * (the row and column as shown), {@code value} is read as on entry ("1,234", "-", "&lt;5").
   */
  public Corrected tableCell(
      String ref,
      Long version,
      int answerPosition,
      int tablePosition,
      int row,
      int column,
      String value,
      String reason,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    requireSent(request);
    List<FieldError> errors = new ArrayList<>();
    String why = QuestionEdits.reason(reason, true, errors);
    Answer answer = ResponseEdits.answer(request, answerPosition);
    AnswerTable table =
        AnswerTable.<AnswerTable>find("answer = ?1 and position = ?2", answer, tablePosition)
            .firstResultOptional()
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        "Answer " + answerPosition + " has no table " + tablePosition));
    TableRow r =
        TableRow.<TableRow>find("table = ?1 and position = ?2", table, row)
            .firstResultOptional()
            .orElse(null);
    TableCell cell = null;
    if (r == null) {
      errors.add(new FieldError("row", "The table has no row " + row));
    } else {
      cell = r.cells.stream().filter(c -> c.columnPosition == column).findFirst().orElse(null);
      if (cell == null) {
        errors.add(new FieldError("column", "The table has no column " + column));
      }
    }
    CellText parsed = null;
    try {
      parsed = CellText.parse(value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("value", e.getMessage()));
    }
    if (parsed != null && value.strip().isEmpty()) {
      errors.add(new FieldError("value", "Enter the figure, \"-\" or \"<5\""));
    }
    if (errors.isEmpty() && cell.displayText != null && cell.displayText.equals(parsed.text())) {
      errors.add(new FieldError("value", "The cell reads so already; change it first"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = cell.displayText;
    cell.state = parsed.state();
    cell.numericValue = parsed.value();
    cell.displayText = parsed.text();
    cell.decimalValue = parsed.amount();
    cell.unit = parsed.unit();
    cell.flush();
    String where =
        "Table \""
            + table.caption
            + "\" of answer "
            + answerPosition
            + ", row "
            + row
            + (r.header == null ? "" : " (" + r.header + ")")
            + ", column "
            + column;
    audit.record(
        actor,
        "TABLE_CELL_CORRECTED",
        "request",
        request.id,
        where + " corrected after sending. Reason: " + why,
        where + ": " + before,
        where + ": " + parsed.text());
    Integer published = publish(request, why, actor);
    return new Corrected(where + " corrected" + QuestionEdits.publishedText(published), published);
  }

  /**
   * Corrects the reasons given for citation {@code position} (of the request) of a sent response.
   */
  public Corrected citationReasons(
      String ref, Long version, int position, String reasons, String reason, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    requireSent(request);
    List<FieldError> errors = new ArrayList<>();
    String text = reasons == null ? "" : reasons.strip();
    if (text.isEmpty()) {
      errors.add(new FieldError("reasons", "Enter the reasons the provision applies"));
    } else if (text.length() > 20000) {
      errors.add(new FieldError("reasons", "The reasons must be 20,000 characters or fewer"));
    }
    String why = QuestionEdits.reason(reason, true, errors);
    CitationGroup group =
        CitationGroup.<CitationGroup>find("request = ?1 and position = ?2", request, position)
            .firstResultOptional()
            .orElseThrow(() -> new NotFoundProblem("The request has no citation " + position));
    List<Citation> rows = Citation.list("group", group);
    String before = rows.isEmpty() ? null : rows.get(0).reasons;
    if (errors.isEmpty() && text.equals(before)) {
      errors.add(new FieldError("reasons", "The reasons are as sent; change them first"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    for (Citation c : rows) {
      c.reasons = text;
    }
    Citation.flush();
    String what =
        "Citation "
            + position
            + (rows.isEmpty() ? "" : " (" + rows.get(0).provision.reference + ")");
    audit.record(
        actor,
        "CITATION_CORRECTED",
        "request",
        request.id,
        what + ": reasons corrected after sending. Reason: " + why,
        before,
        text);
    Integer published = publish(request, why, actor);
    return new Corrected(what + " corrected" + QuestionEdits.publishedText(published), published);
  }

  private static void requireSent(FoiRequest request) {
    if (!QuestionEdits.sent(request)) {
      throw ValidationProblem.of(
          "reason",
          "The response has not been sent: change it on the compose page, no correction needed");
    }
  }

  /** Publishes a correction at once as a new version when the case is published; else null. */
  Integer republish(FoiRequest request, String why, String actor) {
    return publish(request, why, actor);
  }

  private Integer publish(FoiRequest request, String why, String actor) {
    return request.state == RequestState.PUBLISHED
        ? publishing.correct(request.systemReference, why, actor)
        : null;
  }
}
