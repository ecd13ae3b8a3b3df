package uk.foitracker.review;

import uk.foitracker.question.Outcome;

/**
 * The filters of the refusals page; null means any.
 *
 * @param provision a provision code, e.g. "FOIA-12"
 * @param outcome a question outcome
 * @param year the year the request was received
 * @param officer the officer the request is assigned to
 */
public record RefusalFilter(String provision, Outcome outcome, Integer year, String officer) {
  public static final RefusalFilter NONE = new RefusalFilter(null, null, null, null);

  public boolean any() {
    return provision != null || outcome != null || year != null || officer != null;
  }
}
