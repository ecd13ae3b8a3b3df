package uk.foitracker.request;

/** A question of the request. */
public record QuestionLine(int number, String text) {}
