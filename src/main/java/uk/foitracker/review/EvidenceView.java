package uk.foitracker.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.foitracker.compose.NoticeView;
import uk.foitracker.publication.CaseView;
import uk.foitracker.request.RequestPage;
import uk.foitracker.web.FormErrors;

/**
 * What an auditor reads to judge a finding: the case as recorded, read-only.
 *
 * @param key the reference (or, for a case without one, the slug) the page is addressed by
 * @param findings the checks' findings on this case, worst first
 * @param request the request as the auditor's request page shows it: questions, the clock with its
 *     events, and the audit trail's events in order (no personal data of the requester)
 * @param c the response: questions, answers, tables, citations with their reasons and public
 *     interest tests, the cost, the rights as sent
 * @param notice the refusal notice assembled from the citations, with what it lacks
 * @param state the response's state, as the officer sees it
 * @param asAt the day the findings are judged as at (today unless the auditor chose another)
 * @param asAtTyped the day as the auditor typed it, blank for today
 * @param errors what is wrong with the day typed, for the error summary
 */
public record EvidenceView(
    String key,
    List<FindingView> findings,
    RequestPage request,
    CaseView c,
    NoticeView notice,
    String state,
    LocalDate asAt,
    String asAtTyped,
    FormErrors errors) {

  /** The day judged as at, as a person reads it ("22 April 2025"). */
  public String asAtText() {
    return asAt.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }
}
