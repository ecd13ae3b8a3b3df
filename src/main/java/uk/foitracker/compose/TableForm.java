package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableView;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Problem;
import uk.foitracker.web.ValidationProblem;

/**
 * The add-a-table page: the form as typed, and the preview once the cells read as a table. {@code
 * version} is the request's version when the page was first drawn, carried through the preview so
 * that saving from an out-of-date copy is refused.
 */
public record TableForm(
    String reference,
    String version,
    int answer,
    String caption,
    String headerRows,
    String cells,
    boolean notHeldConfirmed,
    TableView preview,
    int notHeldCells,
    int suppressedCells,
    FormErrors errors) {
  public String base() {
    return "/officer/requests/" + reference + "/response";
  }

  public List<Option> headerChoices() {
    return List.of(
        new Option("1", "1: one row of column headings", !"2".equals(headerRows)),
        new Option("2", "2: grouped headings over the column headings", "2".equals(headerRows)));
  }

  /** The form with the cells shown in the box (an uploaded file's cells, to carry them on). */
  TableForm withCells(String shown) {
    return new TableForm(
        reference,
        version,
        answer,
        caption,
        headerRows,
        shown,
        notHeldConfirmed,
        preview,
        notHeldCells,
        suppressedCells,
        errors);
  }

  /** The form with the table as it will be published. */
  TableForm previewing(TableDraft draft) {
    return new TableForm(
        reference,
        version,
        answer,
        caption,
        headerRows,
        cells,
        notHeldConfirmed,
        draft.toView(1),
        draft.notHeldCells(),
        draft.suppressedCells(),
        FormErrors.NONE);
  }

  /** The form as typed with what was refused. */
  TableForm refused(List<Problem.FieldError> refused) {
    return new TableForm(
        reference,
        version,
        answer,
        caption,
        headerRows,
        cells,
        notHeldConfirmed,
        null,
        0,
        0,
        FormErrors.of(refused, f -> f.equals("notHeldConfirmed") ? "notHeldConfirmed" : f));
  }

  /** The form as typed with why it was refused: what was wrong, or that the request changed. */
  TableForm refusedBy(RuntimeException e) {
    return refused(
        e instanceof ValidationProblem v
            ? v.errors()
            : List.of(new Problem.FieldError("version", e.getMessage())));
  }
}
