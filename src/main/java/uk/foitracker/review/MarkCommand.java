package uk.foitracker.review;

/** What an auditor posted to mark a finding, as typed. */
public record MarkCommand(
    Long requestId, String ruleId, String questions, String verdict, String note) {}
