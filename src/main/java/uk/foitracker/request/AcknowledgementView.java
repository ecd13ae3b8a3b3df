package uk.foitracker.request;

import java.util.List;
import uk.foitracker.authority.Letterhead;
import uk.foitracker.clock.DeadlineView;

/**
 * The acknowledgement letter: officers only (it names the addressee, and carries the access code
 * while the officer who logged the request still holds it). What the request does not state reads
 * "Not stated".
 *
 * @param due the due date with its working; null when the received date is not stated or is outside
 *     the holiday calendar
 * @param statedDueText the due date the authority stated in an acknowledgement already sent, or
 *     null
 * @param accessCode the requester's access code for the status check, or null when it can no longer
 *     be shown (the service keeps only its hash)
 * @param statusUrl the public status check page, where the reference and access code are given
 */
public record AcknowledgementView(
    Letterhead head,
    String addresseeName,
    List<String> addresseeAddress,
    String reference,
    String authorityReference,
    String subject,
    String regimeTitle,
    String dateText,
    String receivedText,
    DeadlineView due,
    String statedDueText,
    String accessCode,
    String statusUrl) {

  public String greeting() {
    return addresseeName == null || addresseeName.isBlank()
        ? "Dear requester,"
        : "Dear " + addresseeName + ",";
  }

  public String dueText() {
    return due == null ? "Not stated" : due.dueText();
  }
}
