package uk.foitracker.review;

import java.time.Instant;
import java.util.List;
import uk.foitracker.question.Question;
import uk.foitracker.review.CaseReviewer.Reviewed;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.web.Problem.FieldError;

/**
 * One page of the refusals as the review selects it, before it is shown: what {@link RefusalsModel}
 * makes the page from. The cases' entities are read in full (see {@link CaseReviewer}) and are not
 * changed.
 *
 * @param summary the summary the page's filter choices, totals and order are read from
 * @param selection the cases and questions the filter selects in all
 * @param from the number of the first case shown (0 when none)
 * @param to the number of the last case shown
 * @param reviewedAt when the summary was made
 * @param current whether the summary is of the latest changes (false while a review is under way)
 * @param rejected the mark the auditor must correct, or null
 * @param errors the page's errors (a page that does not exist, a mark refused)
 * @param showCases false when the page asked for is not valid: no cases are shown
 */
record Refusals(
    RefusalFilter filter,
    RefusalSummary summary,
    RefusalSummary.Selection selection,
    int page,
    int pageCount,
    int from,
    int to,
    List<ShownCase> cases,
    Instant reviewedAt,
    boolean current,
    MarkRejected rejected,
    List<FieldError> errors,
    boolean showCases) {

  /** A case of the page: the questions the filter shows and the findings about them. */
  record ShownCase(Reviewed reviewed, List<Question> questions, List<MarkedFinding> findings) {}

  /** A finding with the auditor's mark on it, if any. */
  record MarkedFinding(Finding finding, FindingMark mark) {}
}
