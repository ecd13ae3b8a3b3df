package uk.foitracker.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.FoiRequest;

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

  /** The state of an e-mailed request (DRAFT, CONFIRMED, DISCARDED) and its version. */
  public static String state(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              InboxMail m = InboxMail.findById(id);
              return m.state + " v" + m.version;
            });
  }

  /**
   * A response mail of a request waiting in the outbox, its next try an hour away (so a retry asked
   * for would change it); returns its id.
   */
  public static long queued(String reference) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              OutboxMail m = new OutboxMail();
              m.kind = OutboxMail.Kind.RESPONSE;
              m.request = FoiRequest.findAnyByReference(reference).orElseThrow();
              m.state = OutboxMail.State.QUEUED;
              m.recipient = "fixture@example.org";
              m.subject = "Your request " + reference;
              m.body = "Fixture";
              m.createdAt = Instant.now();
              m.nextAttemptAt = m.createdAt.plus(Duration.ofHours(1));
              m.createdBy = "fixture";
              m.persist();
              return m.id;
            });
  }

  /** An outbox mail's state, next try and version. */
  public static String outboxState(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              OutboxMail m = OutboxMail.findById(id);
              return m.state + " " + m.nextAttemptAt + " v" + m.version;
            });
  }
}
