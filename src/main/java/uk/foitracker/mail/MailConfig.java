package uk.foitracker.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The app's e-mail (prefix {@code foi.mail}): the outbox's sender, the FOI mailbox read over IMAP,
 * the officers' daily digest. The SMTP server itself is Quarkus Mailer's ({@code
 * quarkus.mailer.*}).
 */
@ConfigMapping(prefix = "foi.mail")
public interface MailConfig {
  /** The From address of every mail the app sends. */
  @WithDefault("foi@localhost")
  String from();

  Send send();

  Inbox inbox();

  Digest digest();

  /** The scheduled sender ({@link OutboxSender}). */
  interface Send {
    /** Off: mails wait in the outbox (tests deliver them by calling the sender). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the sender looks for mail to send (read by the scheduler as foi.mail.send.every).
     */
    @WithDefault("30s")
    String every();

    /** The wait after the first failure; it doubles after each further one. */
    @WithDefault("PT1M")
    Duration firstRetry();

    /** The longest wait between tries: a mail is tried again at least this often, for ever. */
    @WithDefault("PT6H")
    Duration maxRetry();
  }

  /** The FOI mailbox: new e-mails become draft requests ({@link InboxPoller}). */
  interface Inbox {
    /** Off unless configured (in production: FOI_IMAP_HOST and the rest). */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("60s")
    String every();

    @WithDefault("localhost")
    String host();

    @WithDefault("993")
    int port();

    /** IMAPS (TLS from the start); false for plain IMAP (dev and tests only). */
    @WithDefault("true")
    boolean ssl();

    Optional<String> username();

    Optional<String> password();

    @WithDefault("INBOX")
    String folder();
  }

  /**
   * One e-mail a day to each officer listed, of requests due soon and overdue ({@link Digests}).
   */
  interface Digest {
    Optional<List<String>> recipients();

    /** When it goes (Quartz-style cron, read by the scheduler as foi.mail.digest.cron). */
    @WithDefault("0 0 7 ? * MON-FRI")
    String cron();

    /** "Due soon": due within this many working days. */
    @WithDefault("5")
    int days();
  }
}
