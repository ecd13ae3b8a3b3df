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
 * Wrong status checks, counted in memory two ways: per client address, and per reference (from any
 * address). After {@code maxFailures} wrong tries from one address, or {@code maxReferenceFailures}
 * against one reference, within {@code window}, that address or reference is refused until its
 * oldest try leaves the window. A reference that does not exist is counted and refused exactly like
 * one that does, so a refusal tells nothing about which references exist. Each map is bounded
 * ({@code maxClients}, {@code maxReferences}; least recently seen forgotten first) and each key
 * keeps at most its limit of times, so memory stays small whatever an attacker sends.
 *
 * <p>One instance only: several instances behind a load balancer each count on their own, so a
 * multi-instance deployment needs a shared store (e.g. a table or Redis) instead of these maps.
 */
@ApplicationScoped
public class FailedAttempts {
  private final Window clients;
  private final Window references;

  FailedAttempts(Clock clock, StatusConfig config) {
    this.clients = new Window(clock, config.maxFailures(), config.window(), config.maxClients());
    this.references =
        new Window(clock, config.maxReferenceFailures(), config.window(), config.maxReferences());
  }

  /** How long the address must wait before trying again; empty when it may try now. */
  public Optional<Duration> retryAfter(String client) {
    return clients.retryAfter(client);
  }

  /**
   * Before a code is checked: refuses when the address or the reference has used up its tries, else
   * counts this try against both at once, as a failure until {@link #succeeded} says otherwise.
   * Checking and counting in one step means parallel guesses cannot all slip in before the first of
   * them is counted.
   *
   * @return the refusal, naming which limit and how long to wait; empty when the code may be
   *     checked
   */
  public synchronized Optional<Refusal> attempt(String client, String reference) {
    Optional<Duration> wait = clients.retryAfter(client);
    if (wait.isPresent()) {
      return Optional.of(new Refusal(Limit.ADDRESS, wait.get()));
    }
    wait = references.retryAfter(reference);
    if (wait.isPresent()) {
      return Optional.of(new Refusal(Limit.REFERENCE, wait.get()));
    }
    clients.failed(client);
    references.failed(reference);
    return Optional.empty();
  }

  /** The code was right: the try counted by {@link #attempt} is taken back. */
  public synchronized void succeeded(String client, String reference) {
    clients.forgetNewest(client);
    references.forgetNewest(reference);
  }

  /** Which count refused a try. */
  public enum Limit {
    ADDRESS,
    REFERENCE
  }

  /** A refused try: which limit, and how long until the next try is allowed. */
  public record Refusal(Limit limit, Duration retryAfter) {}

  /** Forgets every address and reference (tests, or an operator after a false alarm). */
  public void clear() {
    clients.clear();
    references.clear();
  }

  /** Recent failure times per key, bounded in keys and in times per key. */
  private static final class Window {
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures;

    Window(Clock clock, int maxFailures, Duration window, int maxKeys) {
      this.clock = clock;
      this.maxFailures = Math.max(1, maxFailures);
      this.window = window;
      int bound = Math.max(1, maxKeys);
      this.failures =
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
              return size() > bound;
            }
          };
    }

    synchronized Optional<Duration> retryAfter(String key) {
      Deque<Instant> times = current(key);
      if (times == null || times.size() < maxFailures) {
        return Optional.empty();
      }
      Duration wait = Duration.between(Instant.now(clock), times.peekFirst().plus(window));
      return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    synchronized void failed(String key) {
      Deque<Instant> times = current(key);
      if (times == null) {
        times = new ArrayDeque<>();
        failures.put(key, times);
      }
      times.addLast(Instant.now(clock));
      while (times.size() > maxFailures) {
        times.removeFirst();
      }
    }

    synchronized void forgetNewest(String key) {
      Deque<Instant> times = failures.get(key);
      if (times != null && !times.isEmpty()) {
        times.removeLast();
      }
    }

    synchronized void clear() {
      failures.clear();
    }

    /** The key's tries still inside the window, or null; expired ones are dropped. */
    private Deque<Instant> current(String key) {
      Deque<Instant> times = failures.get(key);
      if (times == null) {
        return null;
      }
      Instant cutoff = Instant.now(clock).minus(window);
      while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
        times.removeFirst();
      }
      if (times.isEmpty()) {
        failures.remove(key);
        return null;
      }
      return times;
    }
  }
}
