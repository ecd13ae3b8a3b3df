package uk.foitracker.web;

import java.time.Duration;

/**
 * Too many wrong tries from one client: a 429 with {@code Retry-After} (whole seconds), as a GOV.UK
 * page or a problem document.
 */
public class TooManyAttempts extends RuntimeException {
  private final Duration retryAfter;

  public TooManyAttempts(Duration retryAfter) {
    super(
        "You have entered the wrong details too many times. Wait "
            + minutes(retryAfter)
            + " and try again.");
    this.retryAfter = retryAfter;
  }

  /** Too many tries of something other than details typed wrong, said in {@code message}. */
  public TooManyAttempts(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, rounded up, at least 1. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  private static String minutes(Duration d) {
    long m = Math.max(1, (d.getSeconds() + 59) / 60);
    return m == 1 ? "1 minute" : m + " minutes";
  }
}
