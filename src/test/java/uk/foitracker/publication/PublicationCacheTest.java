package uk.foitracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PublicationCacheTest {
  final AtomicLong changes = new AtomicLong();

  @Test
  void anEntryIsKeptUntilAPublishedCaseChanges() {
    PublicationCache cache = new PublicationCache(changes::get, Duration.ofHours(1));
    AtomicInteger loads = new AtomicInteger();
    assertThat(cache.<String>get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    assertThat(cache.<String>get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    changes.incrementAndGet();
    assertThat(cache.<String>get("k", () -> "v" + loads.incrementAndGet())).isEqualTo("v2");
    assertThat(cache.<String>get("absent", () -> null)).isNull();
  }

  @Test
  void peekGivesAnEntryOfTheCurrentChangesOnly() {
    PublicationCache cache = new PublicationCache(changes::get, Duration.ZERO);
    assertThat(cache.<String>peek("page")).isNull();
    cache.get("page", () -> "<html>");
    // due to be remade (no age allowed) but still of the current changes: given
    assertThat(cache.<String>peek("page")).isEqualTo("<html>");
    changes.incrementAndGet();
    assertThat(cache.<String>peek("page")).isNull();
  }

  /**
   * When an entry falls due, one reader remakes it and the others are given the last one meanwhile
   * rather than all running the same count at once.
   */
  @Test
  void aDueEntryIsRemadeByOneReaderWhileTheOthersReadTheLastOne() throws Exception {
    PublicationCache cache = new PublicationCache(changes::get, Duration.ZERO);
    assertThat(cache.<String>get("count", () -> "old")).isEqualTo("old");
    CountDownLatch remaking = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                cache.get(
                    "count",
                    () -> {
                      remaking.countDown();
                      await(release);
                      return "new";
                    }));
    assertThat(remaking.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicInteger others = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      assertThat(
              cache.<String>get(
                  "count",
                  () -> {
                    others.incrementAndGet();
                    return "again";
                  }))
          .isEqualTo("old");
    }
    assertThat(others).hasValue(0);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("new");
    // due again at once (a maximum age of zero): the next reader remakes it
    assertThat(cache.<String>get("count", () -> "newer")).isEqualTo("newer");
  }

  @Test
  void afterAChangeEveryReaderGetsTheNewValueNotTheLastOne() {
    PublicationCache cache = new PublicationCache(changes::get, Duration.ZERO);
    cache.get("page", () -> "before");
    changes.incrementAndGet();
    assertThat(cache.<String>get("page", () -> "after")).isEqualTo("after");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
