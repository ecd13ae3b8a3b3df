package uk.foitracker.review;

import java.util.List;
import uk.foitracker.compose.NoticeView;
import uk.foitracker.publication.CaseView;
import uk.foitracker.request.RequestPage;

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
 */
public record EvidenceView(
    String key,
    List<FindingView> findings,
    RequestPage request,
    CaseView c,
    NoticeView notice,
    String state) {}
