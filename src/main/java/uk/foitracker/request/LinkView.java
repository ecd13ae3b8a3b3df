package uk.foitracker.request;

/**
 * A link to another request as one request's page shows it, e.g. "Refines request FOI-2024-00012".
 *
 * @param kind REFINED, REPEATED or AGGREGATED
 * @param label how the link reads from this request
 * @param kindLabel the kind in words, with the law it comes from
 * @param otherReference the other request's system reference
 * @param otherTitle the other request's summary
 * @param outgoing true on the request the link was recorded from
 * @param note the officer's note; never published
 * @param id the link's id, to remove it
 */
public record LinkView(
    String kind,
    String label,
    String kindLabel,
    String otherReference,
    String otherTitle,
    boolean outgoing,
    String note,
    long id) {}
