package uk.foitracker.noticecheck;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks per client address, counted in memory as the status check counts wrong tries: a window of
 * the last {@code maxChecks} times per address, bounded in addresses (least recently seen forgotten
 * first), so memory stays small whatever is sent. One instance only (see {@code
 * status.FailedAttempts}).
 */
@ApplicationScoped
public class CheckLimit {
  private final Clock clock;
  private final int max;
  private final Duration window;
  private final Map<String, Deque<Instant>> times;

  CheckLimit(Clock clock, NoticeCheckConfig config) {
    this.clock = clock;
    this.max = Math.max(1, config.maxChecks());
    this.window = config.window();
    int bound = Math.max(1, config.maxClients());
    this.times =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > bound;
          }
        };
  }

  /**
   * Counts a check from {@code client}, or refuses it.
   *
   * @return how long to wait when refused; empty when the check may go ahead (and is counted)
   */
  public synchronized Optional<Duration> take(String client) {
    Instant now = Instant.now(clock);
    Deque<Instant> mine = times.computeIfAbsent(client, k -> new ArrayDeque<>());
    Instant cutoff = now.minus(window);
    while (!mine.isEmpty() && !mine.peekFirst().isAfter(cutoff)) {
      mine.removeFirst();
    }
    if (mine.size() >= max) {
      Duration wait = Duration.between(now, mine.peekFirst().plus(window));
      return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
    mine.addLast(now);
    return Optional.empty();
  }

  /** Forgets every address (tests). */
  public synchronized void clear() {
    times.clear();
  }
}
