package uk.foitracker.status;

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
 * Wrong status checks per client address, in memory: after {@code maxFailures} wrong tries within
 * {@code window}, an address is refused until its oldest try leaves the window. The map is bounded
 * ({@code maxClients}, least recently seen forgotten first) and each address keeps at most {@code
 * maxFailures} times, so memory stays small whatever an attacker sends.
 *
 * <p>One instance only: several instances behind a load balancer each count on their own, so a
 * multi-instance deployment needs a shared store (e.g. a table or Redis) instead of this map.
 */
@ApplicationScoped
public class FailedAttempts {
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures;

  FailedAttempts(Clock clock, StatusConfig config) {
    this.clock = clock;
    this.maxFailures = Math.max(1, config.maxFailures());
    this.window = config.window();
    int maxClients = Math.max(1, config.maxClients());
    this.failures =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > maxClients;
          }
        };
  }

  /** How long the address must wait before trying again; empty when it may try now. */
  public synchronized Optional<Duration> retryAfter(String client) {
    Deque<Instant> times = current(client);
    if (times == null || times.size() < maxFailures) {
      return Optional.empty();
    }
    Duration wait = Duration.between(Instant.now(clock), times.peekFirst().plus(window));
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  /** Counts a wrong try against the address. */
  public synchronized void failed(String client) {
    Deque<Instant> times = current(client);
    if (times == null) {
      times = new ArrayDeque<>();
      failures.put(client, times);
    }
    times.addLast(Instant.now(clock));
    while (times.size() > maxFailures) {
      times.removeFirst();
    }
  }

  /** Forgets every address (tests, or an operator after a false alarm). */
  public synchronized void clear() {
    failures.clear();
  }

  /** The address's tries still inside the window, or null; expired ones are dropped. */
  private Deque<Instant> current(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return null;
    }
    Instant cutoff = Instant.now(clock).minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
    if (times.isEmpty()) {
      failures.remove(client);
      return null;
    }
    return times;
  }
}
