package uk.foitracker.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import uk.foitracker.search.SearchIndex;

/**
 * What the public reads, kept in memory between changes: a case as published, its rendered page,
 * counts and filter choices of the disclosure log. Everything here is derived from published cases
 * only (never a draft, never personal data) and is the same for every reader.
 *
 * <p>An entry is used only while no published case has changed in this instance since it was made
 * ({@link SearchIndex#changes()} grows after every commit that publishes, corrects or withdraws a
 * case), and for at most {@link #MAX_AGE}, after which a change made by another instance shows. The
 * memory it takes is bounded by {@link #MAX_WEIGHT} (a page weighs its characters).
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

  private record Entry(Object value, long changes) {}

  private final SearchIndex search;
  private final Cache<String, Entry> entries =
      Caffeine.newBuilder()
          .maximumWeight(MAX_WEIGHT)
          .weigher((String key, Entry e) -> weight(e.value()))
          .expireAfterWrite(MAX_AGE)
          .build();

  PublicationCache(SearchIndex search) {
    this.search = search;
  }

  /**
   * The value kept under {@code key}, or the one {@code load} makes now (and keeps) when there is
   * none or a published case has changed since it was made. A null from {@code load} is not kept.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> load) {
    long now = search.changes();
    Entry kept = entries.getIfPresent(key);
    if (kept != null && kept.changes() == now) {
      return (T) kept.value();
    }
    T value = load.get();
    if (value != null) {
      entries.put(key, new Entry(value, now));
    }
    return value;
  }

  /** Forgets everything: for tests and after a bulk change made outside the app. */
  public void clear() {
    entries.invalidateAll();
  }

  private static int weight(Object value) {
    if (value instanceof Weighed weighed) {
      return Math.max(1, weighed.weight());
    }
    return 4096; // a view record or a count: counted as a few kilobytes
  }
}
