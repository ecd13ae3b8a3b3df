package uk.foitracker.request;

import uk.foitracker.web.DateField;

/**
 * A correction of what was logged, as an officer typed it (the request page's correction form or
 * the API), before validation: the date received, the title (summary) and the request text, with
 * the reason for the correction. A null field (the API only) keeps what is recorded.
 *
 * @param receivedOn the date the request was really received; null keeps the one recorded
 * @param summary the title; null keeps the one recorded
 * @param requestText the request text as received; null keeps the one recorded
 * @param reason why it is corrected, for the audit trail; required
 */
public record RequestCorrection(
    DateField receivedOn, String summary, String requestText, String reason) {
  @Override
  public String toString() {
    return "RequestCorrection[text redacted]";
  }
}
