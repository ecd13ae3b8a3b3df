package uk.foitracker.compose;

/** One provision relied on, with the questions it covers. */
public record GroundView(
    String reference,
    String questions,
    String kind,
    String reasons,
    String publicInterestFor,
    String publicInterestAgainst,
    String publicInterestConclusion) {
  public boolean qualified() {
    return "QUALIFIED_EXEMPTION".equals(kind);
  }

  public boolean denial() {
    return "DENIAL".equals(kind);
  }
}
