package uk.foitracker.request;

/**
 * The outcome of logging a request: its reference and the requester's access code, which exists
 * only here (the database keeps its hash) and is shown once.
 */
public record Logged(String reference, String accessCode) {
  @Override
  public String toString() {
    return "Logged[" + reference + ", access code redacted]";
  }
}
