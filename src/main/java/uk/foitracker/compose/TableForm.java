package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableView;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Problem;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.ValidationProblem;

/**
 * The add-a-table page: the form as typed, and the preview once the cells read as a table. {@code
 * version} is the request's version when the page was first drawn, carried through the preview so
 * that saving from an out-of-date copy is refused. What a blank cell and a "-" mean, which rows and
 * columns are totals and the note under the table are the officer's: nothing is assumed. {@code
 * sent}: the answer has been sent, so a new table is a correction and needs the {@code reason}.
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
    FormErrors errors,
    String blankMeans,
    String dashMeans,
    String totalRows,
    String totalColumns,
    String note,
    boolean countsPeople,
    boolean sent,
    String reason) {
  public String base() {
    return "/officer/requests/" + reference + "/response";
  }

  public List<Option> headerChoices() {
    return List.of(
        new Option("1", "Yes: one row of column headings", !"2".equals(headerRows) && !isNone()),
        new Option("2", "Yes: grouped headings over the column headings", "2".equals(headerRows)),
        new Option("0", "No: the table is a list of labels and values", isNone()));
  }

  private boolean isNone() {
    return "0".equals(headerRows);
  }

  /** What a blank cell means: "not stated" unless the officer says otherwise. */
  public List<Option> blankChoices() {
    String chosen = blankMeans == null || blankMeans.isBlank() ? "NOT_STATED" : blankMeans;
    return List.of(
            BlankMeaning.NOT_STATED,
            BlankMeaning.ZERO,
            BlankMeaning.NOT_HELD,
            BlankMeaning.NOT_APPLICABLE)
        .stream()
        .map(m -> new Option(m.name(), text(m), m.name().equals(chosen)))
        .toList();
  }

  /**
   * What a "-" means: none chosen until the officer says; left unchosen, a "-" reads as not held
   * and the officer confirms it (as before).
   */
  public List<Option> dashChoices() {
    String chosen = dashMeans == null ? "" : dashMeans;
    return List.of(
            BlankMeaning.NOT_HELD,
            BlankMeaning.ZERO,
            BlankMeaning.NOT_APPLICABLE,
            BlankMeaning.NOT_STATED)
        .stream()
        .map(m -> new Option(m.name(), text(m), m.name().equals(chosen)))
        .toList();
  }

  private static String text(BlankMeaning m) {
    return m == BlankMeaning.NOT_STATED
        ? "Not stated: the response does not say"
        : StatuteLabels.label(m);
  }

  /** Each stated total of the preview that differs from the sum of its cells. */
  public List<String> totalsWarnings() {
    return preview == null ? List.of() : preview.totalsWarnings();
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
        errors,
        blankMeans,
        dashMeans,
        totalRows,
        totalColumns,
        note,
        countsPeople,
        sent,
        reason);
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
        FormErrors.NONE,
        blankMeans,
        dashMeans,
        totalRows,
        totalColumns,
        note,
        countsPeople,
        sent,
        reason);
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
        FormErrors.of(refused, f -> f),
        blankMeans,
        dashMeans,
        totalRows,
        totalColumns,
        note,
        countsPeople,
        sent,
        reason);
  }

  /** The form as typed with why it was refused: what was wrong, or that the request changed. */
  TableForm refusedBy(RuntimeException e) {
    return refused(
        e instanceof ValidationProblem v
            ? v.errors()
            : List.of(new Problem.FieldError("version", e.getMessage())));
  }
}
