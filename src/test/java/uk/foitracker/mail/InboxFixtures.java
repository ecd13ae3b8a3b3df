package uk.foitracker.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;

/** Test data: an e-mailed request waiting as a draft, for tests outside this package. */
public final class InboxFixtures {
  private InboxFixtures() {}

  /** A new draft from the FOI mailbox of the installation's own authority; returns its id. */
  public static long draft() {
    return draft(null);
  }

  /**
   * A new draft sent to the FOI mailbox of the authority with this slug (null: the installation's
   * own); returns its id.
   */
  public static long draft(String authoritySlug) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              InboxMail m = new InboxMail();
              m.messageKey = "<fixture-" + System.nanoTime() + "@example.org>";
              m.senderAddress = "fixture@example.org";
              m.senderName = "Fixture Sender";
              m.subject = "Library opening hours";
              m.body = "1. What are the library's opening hours?";
              m.receivedAt = Instant.now();
              m.raw =
                  "Subject: Library opening hours\r\n\r\n1. Hours?\r\n"
                      .getBytes(StandardCharsets.UTF_8);
              m.state = InboxMail.State.DRAFT;
              m.fetchedAt = m.receivedAt;
              m.authority =
                  authoritySlug == null
                      ? AuthorityScope.ownNow()
                      : Authority.findBySlug(authoritySlug).orElseThrow();
              m.persist();
              return m.id;
            });
  }
}
