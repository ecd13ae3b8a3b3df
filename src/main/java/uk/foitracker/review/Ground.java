package uk.foitracker.review;

/** A provision cited for a question, with the reasons given. */
public record Ground(String reference, String title, String role, String reasons) {}
