package uk.foitracker.request;

import java.time.LocalDate;
import uk.foitracker.web.Dates;

/**
 * A letter the authority sent about the request, for officers (the page and the API).
 *
 * @param kind ACKNOWLEDGED or HOLDING_REPLY
 * @param label the kind in words, e.g. "Acknowledgement sent"
 * @param sentOn the day the letter was sent
 * @param note the officer's note, or null; never published
 */
public record CorrespondenceLine(String kind, String label, LocalDate sentOn, String note) {
  /** "5 March 2015". */
  public String sentOnText() {
    return Dates.display(sentOn);
  }

  static CorrespondenceLine of(Correspondence c) {
    return new CorrespondenceLine(c.kind.name(), c.kind.label(), c.sentOn, c.note);
  }
}
