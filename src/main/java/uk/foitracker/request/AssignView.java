package uk.foitracker.request;

/** The assign form. */
public record AssignView(String assignee, String error) {}
