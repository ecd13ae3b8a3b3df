package uk.foitracker.web;

/**
 * A hidden field one form passes on (a filter's value kept by another form on the page), so that
 * submitting it keeps what the other had chosen.
 */
public record Hidden(String name, String value) {}
