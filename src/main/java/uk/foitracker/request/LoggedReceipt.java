package uk.foitracker.request;

/**
 * What the log form's one post produced; the access code is stored sealed with the form's one-time
 * token ({@code FormSubmissions}), so that the browser that logged the request can see it again.
 */
public record LoggedReceipt(String reference, String accessCode, String summary) {
  @Override
  public String toString() {
    return "LoggedReceipt[" + reference + ", access code redacted]";
  }
}
