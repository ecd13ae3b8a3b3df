package uk.foitracker.review;

/** A link from a question to a finding about it. */
public record FindingLink(String anchor, String ruleId, String label) {
  public FindingLink(String anchor, String ruleId) {
    this(anchor, ruleId, ruleId);
  }
}
