package uk.foitracker.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts recent tries per key (a client address, or an address and a reference) in memory, and says
 * how long a key must wait. Two rules, either or both:
 *
 * <ul>
 *   <li>a window: after {@code max} tries within {@code window}, the key waits until its oldest try
 *       leaves the window;
 *   <li>growing delays: after {@code freeTries} tries, each further try must wait {@code
 *       firstDelay}, then twice that, four times, ... after the key's latest try (at most the
 *       window), so guessing slows down exponentially while a person who mistyped once or twice is
 *       not kept waiting.
 * </ul>
 *
 * <p>Bounded memory whatever is sent: at most {@code maxKeys} keys (least recently seen forgotten
 * first), each keeping at most {@code max} times. One instance only: several instances behind a
 * load balancer each count on their own, so a multi-instance deployment needs a shared store (a
 * table or Redis) instead.
 */
public final class RateLimiter {
  private final Clock clock;
  private final int max;
  private final Duration window;
  private final int freeTries;
  private final Duration firstDelay;
  private final Map<String, Deque<Instant>> tries;

  /** A window only: {@code max} tries per {@code window}. */
  public RateLimiter(Clock clock, int max, Duration window, int maxKeys) {
    this(clock, max, window, maxKeys, Integer.MAX_VALUE, Duration.ZERO);
  }

  /** A window and growing delays after {@code freeTries} tries, starting at {@code firstDelay}. */
  public RateLimiter(
      Clock clock, int max, Duration window, int maxKeys, int freeTries, Duration firstDelay) {
    this.clock = clock;
    this.max = Math.max(1, max);
    this.window = window;
    this.freeTries = Math.max(0, freeTries);
    this.firstDelay = firstDelay;
    int bound = Math.max(1, maxKeys);
    this.tries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > bound;
          }
        };
  }

  /** How long the key must wait before its next try; empty when it may try now. */
  public synchronized Optional<Duration> retryAfter(String key) {
    Deque<Instant> times = current(key);
    if (times == null) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    if (times.size() >= max) {
      return Optional.of(atLeastASecond(Duration.between(now, times.peekFirst().plus(window))));
    }
    if (times.size() >= freeTries && !firstDelay.isZero()) {
      int doublings = Math.min(30, times.size() - freeTries);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      if (delay.compareTo(window) > 0) {
        delay = window;
      }
      Instant next = times.peekLast().plus(delay);
      if (now.isBefore(next)) {
        return Optional.of(atLeastASecond(Duration.between(now, next)));
      }
    }
    return Optional.empty();
  }

  /** Counts a try. */
  public synchronized void record(String key) {
    Deque<Instant> times = current(key);
    if (times == null) {
      times = new ArrayDeque<>();
      tries.put(key, times);
    }
    times.addLast(Instant.now(clock));
    while (times.size() > max) {
      times.removeFirst();
    }
  }

  /**
   * Refuses the try, or counts it, in one step (so parallel tries cannot all slip in before the
   * first is counted).
   *
   * @return how long to wait when refused; empty when the try may go ahead (and is counted)
   */
  public synchronized Optional<Duration> take(String key) {
    Optional<Duration> wait = retryAfter(key);
    if (wait.isEmpty()) {
      record(key);
    }
    return wait;
  }

  /** Takes back the key's latest try (it turned out right). */
  public synchronized void forgetNewest(String key) {
    Deque<Instant> times = tries.get(key);
    if (times != null && !times.isEmpty()) {
      times.removeLast();
    }
  }

  /** Forgets every key (tests, or an operator after a false alarm). */
  public synchronized void clear() {
    tries.clear();
  }

  private static Duration atLeastASecond(Duration wait) {
    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  /** The key's tries still inside the window, or null; expired ones are dropped. */
  private Deque<Instant> current(String key) {
    Deque<Instant> times = tries.get(key);
    if (times == null) {
      return null;
    }
    Instant cutoff = Instant.now(clock).minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
    if (times.isEmpty()) {
      tries.remove(key);
      return null;
    }
    return times;
  }
}
