package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The limiter shared by the status check and the notice check (issue 21). */
class RateLimiterTest {
  private final MovingClock clock = new MovingClock();

  @Test
  void aWindowRefusesAfterMaxTriesUntilTheOldestLeavesIt() {
    RateLimiter limiter = new RateLimiter(clock, 3, Duration.ofMinutes(1), 10);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("a")).isEmpty();
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(limiter.take("a")).contains(Duration.ofSeconds(30));
    assertThat(limiter.take("b")).as("another key is not affected").isEmpty();
    clock.advance(Duration.ofSeconds(30));
    assertThat(limiter.take("a")).isEmpty();
  }

  @Test
  void delaysGrowAfterTheFreeTries() {
    RateLimiter limiter =
        new RateLimiter(clock, 10, Duration.ofMinutes(15), 10, 2, Duration.ofSeconds(2));
    assertThat(limiter.take("k")).isEmpty();
    assertThat(limiter.take("k")).as("a second try at once is free").isEmpty();
    assertThat(limiter.retryAfter("k")).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(limiter.take("k")).isEmpty();
    assertThat(limiter.retryAfter("k")).contains(Duration.ofSeconds(4));
    clock.advance(Duration.ofSeconds(4));
    assertThat(limiter.take("k")).isEmpty();
    assertThat(limiter.retryAfter("k")).contains(Duration.ofSeconds(8));
    assertThat(limiter.retryAfter("other")).isEmpty();
  }

  @Test
  void delaysNeverExceedTheWindowAndExpireWithIt() {
    RateLimiter limiter =
        new RateLimiter(clock, 100, Duration.ofMinutes(1), 10, 0, Duration.ofSeconds(40));
    limiter.record("k");
    clock.advance(Duration.ofSeconds(40));
    limiter.record("k");
    assertThat(limiter.retryAfter("k")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(2));
    assertThat(limiter.retryAfter("k")).isEmpty();
  }

  @Test
  void aRightTryIsTakenBackAndKeysAreBounded() {
    RateLimiter limiter = new RateLimiter(clock, 1, Duration.ofMinutes(1), 2);
    limiter.take("a");
    limiter.forgetNewest("a");
    assertThat(limiter.take("a")).isEmpty();
    limiter.take("b");
    limiter.take("c");
    assertThat(limiter.take("a")).as("a was forgotten, the least recently seen").isEmpty();
    assertThat(limiter.take("c")).isPresent();
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
