package uk.foitracker.request;

/** The requester's personal data: officers only. */
public record RequesterView(String name, String contact) {
  @Override
  public String toString() {
    return "RequesterView[personal data redacted]";
  }
}
