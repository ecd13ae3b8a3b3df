package uk.foitracker.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import uk.foitracker.search.SearchIndex;

/**
 * What the public reads, kept in memory between changes: a case as published, its rendered page,
 * counts and filter choices of the disclosure log. Everything here is derived from published cases
 * only (never a draft, never personal data) and is the same for every reader.
 *
 * <p>An entry is used only while no published case has changed in this instance since it was made
 * ({@link SearchIndex#changes()} grows after every commit that publishes, corrects or withdraws a
 * case), and for {@link #MAX_AGE}, after which a change made by another instance shows: then one
 * reader remakes it while the others are given the entry as it was until the new one is ready, so
 * that a count over a million cases is not run by every reader at once when it falls due (at
 * concurrency 64 on a million requests, that left every database connection busy for half a
 * minute). The memory it takes is bounded by {@link #MAX_WEIGHT} (a page weighs its characters).
 */
@ApplicationScoped
public class PublicationCache {
  /** How long an entry is kept at most: the delay before another instance's change shows. */
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  /** Eight million characters (8 to 16 MB): a few hundred case pages. */
  static final long MAX_WEIGHT = 8L * 1024 * 1024;

  /** A value that says how much memory it takes (in characters); others count as 4 KB. */
  public interface Weighed {
    int weight();
  }

  /** How long an entry nobody reads is kept. */
  static final Duration UNUSED = Duration.ofMinutes(10);

  private record Entry(Object value, long changes, long madeAt) {}

  private final LongSupplier changes;
  private final long maxAgeNanos;
  private final Cache<String, Entry> entries =
      Caffeine.newBuilder()
          .maximumWeight(MAX_WEIGHT)
          .weigher((String key, Entry e) -> weight(e.value()))
          .expireAfterAccess(UNUSED)
          .build();
  private final Set<String> remaking = ConcurrentHashMap.newKeySet();

  @Inject
  PublicationCache(SearchIndex search) {
    this(search::changes, MAX_AGE);
  }

  PublicationCache(LongSupplier changes, Duration maxAge) {
    this.changes = changes;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /**
   * The value kept under {@code key}, or the one {@code load} makes now (and keeps) when there is
   * none or a published case has changed since it was made. A null from {@code load} is not kept.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> load) {
    long now = changes.getAsLong();
    Entry kept = entries.getIfPresent(key);
    if (kept != null && kept.changes() == now) {
      if (System.nanoTime() - kept.madeAt() < maxAgeNanos) {
        return (T) kept.value();
      }
      if (!remaking.add(key)) {
        return (T) kept.value(); // another reader is remaking it
      }
      try {
        return make(key, load, now);
      } finally {
        remaking.remove(key);
      }
    }
    return make(key, load, now);
  }

  private <T> T make(String key, Supplier<T> load, long changes) {
    T value = load.get();
    if (value != null) {
      entries.put(key, new Entry(value, changes, System.nanoTime()));
    }
    return value;
  }

  /**
   * The value kept under {@code key} while no published case has changed since it was made, however
   * old; null if there is none.
   */
  @SuppressWarnings("unchecked")
  public <T> T peek(String key) {
    Entry kept = entries.getIfPresent(key);
    return kept != null && kept.changes() == changes.getAsLong() ? (T) kept.value() : null;
  }

  /** Forgets everything: for tests and after a bulk change made outside the app. */
  public void clear() {
    entries.invalidateAll();
  }

  private static int weight(Object value) {
    if (value instanceof Weighed weighed) {
      return Math.max(1, weighed.weight());
    }
    if (value instanceof String page) {
      return Math.max(1, page.length()); // a rendered page
    }
    return 4096; // a view record or a count: counted as a few kilobytes
  }
}
