package uk.foitracker.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The proposals not yet confirmed, in memory only: each under a random id, gone when confirmed,
 * abandoned, a few hours old, or pushed out by newer ones (at most {@link #MAX} kept, oldest
 * dropped first). Nothing of a proposal reaches the database or a log before it is confirmed.
 */
@ApplicationScoped
class ImportStore {
  static final int MAX = 200;
  static final Duration KEPT = Duration.ofHours(4);

  /**
   * A proposal kept: the letter's text, what was read, who read it and when, and the ids of the
   * authorities that officer held (null: every one, or nobody signed in): only a person holding all
   * of them may read, confirm or abandon it.
   */
  record Kept(
      String id,
      String text,
      Proposals.Reading reading,
      String officer,
      Instant at,
      Set<Long> authorities) {
    @Override
    public String toString() {
      return "Kept[" + id + "]";
    }
  }

  private final Clock clock;
  private final Map<String, Kept> kept = new LinkedHashMap<>();

  ImportStore(Clock clock) {
    this.clock = clock;
  }

  synchronized Kept put(
      String text, Proposals.Reading reading, String officer, Set<Long> authorities) {
    expire();
    while (kept.size() >= MAX) {
      Iterator<String> first = kept.keySet().iterator();
      first.next();
      first.remove();
    }
    Kept k =
        new Kept(
            UUID.randomUUID().toString(),
            text,
            reading,
            officer,
            Instant.now(clock),
            authorities == null ? null : Set.copyOf(authorities));
    kept.put(k.id(), k);
    return k;
  }

  /** Puts back a proposal taken for confirming whose confirm was refused. */
  synchronized void restore(Kept k) {
    kept.put(k.id(), k);
  }

  synchronized Optional<Kept> get(String id) {
    expire();
    return Optional.ofNullable(id == null ? null : kept.get(id));
  }

  synchronized Optional<Kept> remove(String id) {
    expire();
    return Optional.ofNullable(id == null ? null : kept.remove(id));
  }

  private void expire() {
    Instant cutoff = Instant.now(clock).minus(KEPT);
    kept.values().removeIf(k -> k.at().isBefore(cutoff));
  }
}
