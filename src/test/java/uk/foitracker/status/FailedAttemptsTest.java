package uk.foitracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: no count is per reference alone, so a stranger cannot lock the requester out; one
 * address against one reference waits longer after each wrong try. Production values.
 */
class FailedAttemptsTest {
  private static final String REF = "FOI-2026-00042";
  private final MovingClock clock = new MovingClock();
  private final FailedAttempts attempts = new FailedAttempts(clock, new Production());

  @Test
  void strangersCannotLockTheRequesterOut() {
    for (int i = 0; i < 200; i++) {
      String stranger = "203.0.113." + i;
      for (int t = 0; t < 10; t++) {
        attempts.attempt(stranger, REF);
      }
    }
    assertThat(attempts.attempt("198.51.100.1", REF)).isEmpty();
  }

  @Test
  void oneAddressAgainstOneReferenceWaitsLongerEachTime() {
    String me = "198.51.100.2";
    assertThat(attempts.attempt(me, REF)).isEmpty();
    assertThat(attempts.attempt(me, REF)).isEmpty();
    Optional<FailedAttempts.Refusal> third = attempts.attempt(me, REF);
    assertThat(third).map(FailedAttempts.Refusal::limit).contains(FailedAttempts.Limit.PAIR);
    assertThat(third).map(FailedAttempts.Refusal::retryAfter).contains(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(attempts.attempt(me, REF)).isEmpty();
    assertThat(attempts.attempt(me, REF))
        .map(FailedAttempts.Refusal::retryAfter)
        .contains(Duration.ofSeconds(4));
    // another reference from the same address is not delayed (the address limit is 5 a window)
    assertThat(attempts.attempt(me, "FOI-2026-00043")).isEmpty();
    // and five wrong tries in all: the address waits out the window
    clock.advance(Duration.ofSeconds(4));
    assertThat(attempts.attempt(me, "FOI-2026-00044")).isEmpty();
    assertThat(attempts.attempt(me, "FOI-2026-00045"))
        .map(FailedAttempts.Refusal::limit)
        .contains(FailedAttempts.Limit.ADDRESS);
  }

  @Test
  void aRightCodeTakesItsTryBack() {
    String me = "198.51.100.3";
    attempts.attempt(me, REF);
    attempts.succeeded(me, REF);
    attempts.attempt(me, REF);
    assertThat(attempts.attempt(me, REF)).isEmpty();
  }

  /** The defaults of application.properties. */
  private static final class Production implements StatusConfig {
    @Override
    public int maxFailures() {
      return 5;
    }

    @Override
    public int maxReferenceFailures() {
      return 5;
    }

    @Override
    public Duration window() {
      return Duration.ofMinutes(15);
    }

    @Override
    public int maxClients() {
      return 10_000;
    }

    @Override
    public int pairFreeFailures() {
      return 2;
    }

    @Override
    public Duration pairDelay() {
      return Duration.ofSeconds(2);
    }

    @Override
    public int maxReferences() {
      return 10_000;
    }
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
