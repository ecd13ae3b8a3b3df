package uk.foitracker.request;

/** One audit event of the request. */
public record TimelineEntry(
    String when, String actor, String summary, String before, String after) {}
