package uk.foitracker.review;

/** A link from a question to a finding about it. */
public record FindingLink(String anchor, String ruleId) {}
