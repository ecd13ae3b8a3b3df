package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.foitracker.idempotency.FormSubmissions;

/**
 * The access code of a request while the officer who logged it still holds it: the browser that
 * logged it keeps the log form's token in a cookie (for 15 minutes), and the code is read back from
 * the form's stored outcome. Any other request, person or browser gets nothing: the service keeps
 * only the code's hash.
 */
@ApplicationScoped
public class HeldAccessCodes {
  /** The log form's name for its one-time tokens. */
  static final String LOG_FORM = "log-request";

  /** The cookie that holds the log form's token (path /officer/requests/). */
  public static final String LOGGED_COOKIE = "foi-logged";

  private final FormSubmissions submissions;

  HeldAccessCodes(FormSubmissions submissions) {
    this.submissions = submissions;
  }

  /**
   * The code of request {@code ref} if {@code actor} logged it with the form token {@code token}.
   */
  public Optional<String> of(String actor, String ref, String token) {
    if (ref == null) {
      return Optional.empty();
    }
    return submissions
        .outcome(actor, LOG_FORM, token, LoggedReceipt.class)
        .filter(r -> ref.equals(r.reference()))
        .map(LoggedReceipt::accessCode);
  }
}
