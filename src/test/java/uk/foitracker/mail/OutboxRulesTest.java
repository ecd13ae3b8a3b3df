package uk.foitracker.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox's small rules: where the address is in a contact, and how long a retry waits. */
class OutboxRulesTest {

  @Test
  void theAddressIsFoundInWhateverTheRequesterGave() {
    assertThat(Outbox.address("jo@example.org")).contains("jo@example.org");
    assertThat(Outbox.address("Jo Bloggs <jo.bloggs+foi@mail.example.co.uk>"))
        .contains("jo.bloggs+foi@mail.example.co.uk");
    assertThat(Outbox.address("07700 900123 or jo@example.org")).contains("jo@example.org");
    assertThat(Outbox.address("14 Larkspur Road, Leicester LE2 9ZZ")).isEqualTo(Optional.empty());
    assertThat(Outbox.address("jo@localhost")).isEmpty();
    assertThat(Outbox.address(null)).isEmpty();
  }

  @Test
  void aRetryWaitsDoublingEachTimeUpToTheMaximum() {
    Duration first = Duration.ofMinutes(1);
    Duration max = Duration.ofHours(6);
    assertThat(OutboxSender.backoff(1, first, max)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxSender.backoff(2, first, max)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxSender.backoff(3, first, max)).isEqualTo(Duration.ofMinutes(4));
    assertThat(OutboxSender.backoff(9, first, max)).isEqualTo(Duration.ofMinutes(256));
    assertThat(OutboxSender.backoff(10, first, max)).isEqualTo(max);
    assertThat(OutboxSender.backoff(10_000, first, max)).isEqualTo(max);
  }
}
