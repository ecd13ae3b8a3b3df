package uk.foitracker.review;

/** A note: not a failing. */
public record NoteRow(String ruleId, String questionsLabel, String message) {}
