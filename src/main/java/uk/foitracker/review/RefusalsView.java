package uk.foitracker.review;

import java.util.List;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Hidden;
import uk.foitracker.web.Option;
import uk.foitracker.web.Pagination;

/**
 * The refusals page: one page of the cases that match the filter, worst first.
 *
 * @param caseCount how many cases match in all
 * @param questionCount how many questions of those cases match in all
 * @param from the number of the first case shown (0 when none)
 * @param to the number of the last case shown
 * @param reviewed when the findings were reviewed, and whether a review is under way
 */
public record RefusalsView(
    List<CaseRefusals> cases,
    int caseCount,
    int questionCount,
    int page,
    int pageCount,
    int from,
    int to,
    Pagination pagination,
    List<Hidden> keeps,
    String reviewed,
    List<Option> provisions,
    List<Option> outcomes,
    List<Option> years,
    List<Option> officers,
    boolean filtered,
    FormErrors errors) {}
