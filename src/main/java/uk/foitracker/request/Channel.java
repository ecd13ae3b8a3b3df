package uk.foitracker.request;

/**
 * How a request reached the authority. FOIA s.8(1)(a): a request for information must be in writing
 * (s.8(2): an email or web form counts); the EIR also accept a request made orally.
 */
public enum Channel {
  EMAIL("Email", true),
  WEB_FORM("Online form", true),
  POST("Post", true),
  SOCIAL_MEDIA("Social media message", true),
  ORAL("Phone or in person (EIR only)", false);

  private final String label;
  private final boolean inWriting;

  Channel(String label, boolean inWriting) {
    this.label = label;
    this.inWriting = inWriting;
  }

  public String label() {
    return label;
  }

  /** Whether the request is "in writing" within FOIA s.8(1)(a) and s.8(2). */
  public boolean inWriting() {
    return inWriting;
  }
}
