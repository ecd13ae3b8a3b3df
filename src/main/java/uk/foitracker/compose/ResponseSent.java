package uk.foitracker.compose;

import java.time.LocalDate;

/**
 * A response (or one instalment of it) was sent by the app: fired by {@link Sending} inside the
 * sending's transaction, so that whatever delivers it (the mail outbox) is written with it or not
 * at all. Not fired for a response recorded as already sent by other means.
 *
 * @param reference the request's reference
 * @param instalment the instalment's number (1 for a response sent in one go)
 * @param sentOn the date recorded as sent
 * @param complete true when this instalment completes the response (stops the clock)
 * @param actor who sent it
 */
public record ResponseSent(
    String reference, int instalment, LocalDate sentOn, boolean complete, String actor) {}
