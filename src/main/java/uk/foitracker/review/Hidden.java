package uk.foitracker.review;

/** A filter value the mark forms pass on, so that saving a mark comes back to the same page. */
public record Hidden(String name, String value) {}
