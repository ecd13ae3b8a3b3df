package uk.foitracker.noticecheck;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import uk.foitracker.web.RateLimiter;

/**
 * Checks per client address: at most {@code maxChecks} within the window, counted by the same
 * {@link RateLimiter} as the status check's wrong tries (bounded in addresses, one instance only).
 */
@ApplicationScoped
public class CheckLimit {
  private final RateLimiter limiter;

  CheckLimit(Clock clock, NoticeCheckConfig config) {
    this.limiter = new RateLimiter(clock, config.maxChecks(), config.window(), config.maxClients());
  }

  /**
   * Counts a check from {@code client}, or refuses it.
   *
   * @return how long to wait when refused; empty when the check may go ahead (and is counted)
   */
  public Optional<Duration> take(String client) {
    return limiter.take(client);
  }

  /** Forgets every address (tests). */
  public void clear() {
    limiter.clear();
  }
}
