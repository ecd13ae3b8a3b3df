package uk.foitracker.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A value made from every request (the statistics' tally, the review's summary), kept until what it
 * was made from changes. The key says what it depends on: the audit chain's position (every change
 * to a request writes an audit event, see {@link AuditLog#position()}) and, for values that depend
 * on today, the date.
 *
 * <p>When the key has moved, a value that took no longer than {@code waitFor} to make is made again
 * at once, so readers see it exact; a slower one (a million requests take a minute or more) is made
 * again in the background on a thread of its own while readers get the last one, and can say so
 * (its key differs from theirs). One value is made at a time.
 *
 * @param <K> what the value depends on; compared with {@code equals}
 * @param <T> the value
 */
public final class KeptUntilChanged<K, T> {
  private static final Logger LOG = Logger.getLogger(KeptUntilChanged.class);

  /** A value, the key it was made for, when it was made and how long that took. */
  public record Made<K, T>(T value, K key, Instant at, Duration took) {
    /** Whether the value is still current at {@code now}. */
    public boolean current(K now) {
      return Objects.equals(key, now);
    }
  }

  private final String name;
  private final Supplier<K> key;
  private final Function<K, T> make;
  private final Clock clock;
  private final Object making = new Object();
  private final AtomicBoolean remaking = new AtomicBoolean();
  private ExecutorService background;
  private volatile Made<K, T> made;
  private volatile Duration waitFor;

  /**
   * @param name names the background thread and the log lines
   * @param key reads the current key (in a transaction of the caller's choosing)
   * @param make makes the value for a key
   * @param waitFor how long a make may take and still be redone while the reader waits
   */
  public KeptUntilChanged(
      String name, Supplier<K> key, Function<K, T> make, Clock clock, Duration waitFor) {
    this.name = name;
    this.key = key;
    this.make = make;
    this.clock = clock;
    this.waitFor = waitFor;
  }

  /** The thread that remakes in the background, started the first time it is needed. */
  private synchronized ExecutorService background() {
    if (background == null) {
      background =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, name + "-remake");
                t.setDaemon(true);
                return t;
              });
    }
    return background;
  }

  /** Sets how long a make may take and still be redone at once; returns the setting before. */
  public Duration waitFor(Duration longest) {
    Duration was = waitFor;
    waitFor = longest;
    return was;
  }

  /** Stops the background thread. */
  public synchronized void stop() {
    if (background != null) {
      background.shutdownNow();
    }
  }

  /** The value as at {@code now}, or the last one while a slow remake runs in the background. */
  public Made<K, T> get(K now) {
    Made<K, T> m = made;
    if (m != null && m.current(now)) {
      return m;
    }
    if (m != null && m.took().compareTo(waitFor) > 0) {
      if (remaking.compareAndSet(false, true)) {
        background()
            .execute(
                () -> {
                  try {
                    remake();
                  } catch (RuntimeException e) {
                    LOG.warnf(e, "%s: the background remake failed", name);
                  } finally {
                    remaking.set(false);
                  }
                });
      }
      return m;
    }
    return remake();
  }

  private Made<K, T> remake() {
    synchronized (making) {
      K now = key.get();
      Made<K, T> m = made;
      if (m != null && m.current(now)) {
        return m;
      }
      long start = System.nanoTime();
      T value = make.apply(now);
      m = new Made<>(value, now, Instant.now(clock), Duration.ofNanos(System.nanoTime() - start));
      made = m;
      return m;
    }
  }
}
