package uk.foitracker.review;

/** What the auditor typed in a mark form that was refused, with the errors. */
public record MarkFormState(String verdict, String note, String verdictError, String noteError) {}
