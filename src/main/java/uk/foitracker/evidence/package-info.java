/**
 * The evidence behind the auditor's findings (issue 18, item 4): a read-only view of one case, with
 * the letter as sent (questions, answers, tables, citations with their reasons and public interest
 * test, the notice's rights paragraphs), the statutory clock with its events, and the audit trail's
 * events in order. No requester's personal data: the letter is shown without its addressee.
 */
package uk.foitracker.evidence;
