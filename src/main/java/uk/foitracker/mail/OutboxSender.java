package uk.foitracker.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;

/**
 * Delivers the outbox over SMTP (Quarkus Mailer, {@code quarkus.mailer.*}), every {@code
 * foi.mail.send.every}. A mail is claimed, sent outside any transaction, then marked sent; a
 * failure keeps its reason and is tried again after a wait that doubles each time (from {@code
 * first-retry} to at most {@code max-retry}), for ever: nothing is dropped. The logs name the
 * outbox id, never the recipient.
 */
@ApplicationScoped
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class);

  /** How long a claimed mail is left alone before another run may try it (a crash mid-send). */
  private static final Duration CLAIM = Duration.ofMinutes(10);

  private final Mailer mailer;
  private final MailConfig config;
  private final AuditLog audit;
  private final Clock clock;

  OutboxSender(Mailer mailer, MailConfig config, AuditLog audit, Clock clock) {
    this.mailer = mailer;
    this.config = config;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(
      every = "${foi.mail.send.every:30s}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (config.send().enabled()) {
      deliverDue();
    }
  }

  /** Sends every mail whose time has come; returns how many went. One run at a time. */
  public synchronized int deliverDue() {
    int sent = 0;
    List<Long> due =
        QuarkusTransaction.requiringNew().call(() -> OutboxMail.dueIds(Instant.now(clock), 50));
    for (Long id : due) {
      if (deliver(id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(long id) {
    Mail mail = QuarkusTransaction.requiringNew().call(() -> claim(id));
    if (mail == null) {
      return false;
    }
    try {
      mailer.send(mail);
    } catch (RuntimeException e) {
      String reason = reason(e);
      QuarkusTransaction.requiringNew().run(() -> failed(id, reason));
      LOG.warnf(
          "Outbox %d: not delivered (%s); it will be tried again", id, e.getClass().getName());
      return false;
    }
    QuarkusTransaction.requiringNew().run(() -> delivered(id));
    LOG.infof("Outbox %d: delivered", id);
    return true;
  }

  /** The mail to send, with its attempt counted and a claim on it; null when not due any more. */
  private Mail claim(long id) {
    OutboxMail m = OutboxMail.findById(id);
    Instant now = Instant.now(clock);
    if (m == null
        || m.state != OutboxMail.State.QUEUED
        || (m.nextAttemptAt != null && m.nextAttemptAt.isAfter(now))) {
      return null;
    }
    m.attempts++;
    m.lastAttemptAt = now;
    // if this run dies mid-send, another takes it up after the claim runs out
    m.nextAttemptAt = now.plus(CLAIM);
    Mail mail = Mail.withText(m.recipient, m.subject, m.body).setFrom(config.from());
    for (OutboxPart p : OutboxPart.of(m)) {
      mail.addAttachment(p.fileName, p.content, p.mediaType);
    }
    return mail;
  }

  private void failed(long id, String reason) {
    OutboxMail m = OutboxMail.findById(id);
    m.lastError = reason;
    m.nextAttemptAt =
        Instant.now(clock)
            .plus(backoff(m.attempts, config.send().firstRetry(), config.send().maxRetry()));
  }

  private void delivered(long id) {
    OutboxMail m = OutboxMail.findById(id);
    m.state = OutboxMail.State.SENT;
    m.sentAt = Instant.now(clock);
    m.nextAttemptAt = null;
    m.lastError = null;
    if (m.kind == OutboxMail.Kind.ACKNOWLEDGEMENT) {
      // the access code goes only to the requester: the stored copy keeps no trace of it
      m.body = AcknowledgementMails.redact(m.body);
      for (OutboxPart p : OutboxPart.of(m)) {
        p.content = new byte[0];
      }
    }
    if (m.request != null) {
      audit.record(
          "system",
          "MAIL_SENT",
          "request",
          m.request.id,
          (m.kind == OutboxMail.Kind.ACKNOWLEDGEMENT
                  ? "E-mail of the acknowledgement"
                  : "E-mail of instalment " + m.instalment)
              + " delivered to the requester's mail server (outbox "
              + id
              + ", attempt "
              + m.attempts
              + ")",
          "QUEUED",
          "SENT");
    }
  }

  /** The wait after the n-th failure: first-retry, doubling, at most max-retry. */
  static Duration backoff(int attempts, Duration first, Duration max) {
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }

  /** What went wrong, for the officer: the innermost message, at most 1,000 characters. */
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    String r = "The mail server did not take it: " + message.strip();
    return r.length() <= 1000 ? r : r.substring(0, 999) + "…";
  }
}
