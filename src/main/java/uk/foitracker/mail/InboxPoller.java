package uk.foitracker.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jboss.logging.Logger;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;

/**
 * Reads the FOI mailbox over IMAP every {@code foi.mail.inbox.every} when {@code
 * foi.mail.inbox.enabled}: each unseen e-mail becomes a draft request ({@link InboxMail}) and is
 * marked seen. An e-mail already kept (the same Message-ID) is not kept twice. Logs count e-mails,
 * never name their senders.
 */
@ApplicationScoped
public class InboxPoller {
  private static final Logger LOG = Logger.getLogger(InboxPoller.class);

  private final MailConfig config;
  private final Clock clock;

  InboxPoller(MailConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${foi.mail.inbox.every:60s}",
      delayed = "15s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (!config.inbox().enabled()) {
      return;
    }
    try {
      pollNow();
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.warnf("FOI mailbox: not read (%s); trying again later", e.getClass().getName());
    }
  }

  /** Reads the unseen e-mails now; returns how many new drafts were kept. */
  public synchronized int pollNow() throws MessagingException, IOException {
    MailConfig.Inbox in = config.inbox();
    Properties props = new Properties();
    String protocol = in.ssl() ? "imaps" : "imap";
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".connectiontimeout", "10000");
    props.put("mail." + protocol + ".timeout", "30000");
    Session session = Session.getInstance(props);
    int kept = 0;
    try (Store store = session.getStore(protocol)) {
      store.connect(in.host(), in.port(), in.username().orElse(null), in.password().orElse(null));
      Folder folder = store.getFolder(in.folder());
      folder.open(Folder.READ_WRITE);
      try {
        for (Message m : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          ByteArrayOutputStream raw = new ByteArrayOutputStream();
          m.writeTo(raw);
          InboundMessage parsed = InboundMessage.parse(raw.toByteArray(), m.getReceivedDate());
          boolean isNew = QuarkusTransaction.requiringNew().call(() -> keep(parsed));
          if (isNew) {
            kept++;
          }
          m.setFlag(Flags.Flag.SEEN, true);
        }
      } finally {
        folder.close(false);
      }
    }
    if (kept > 0) {
      LOG.infof("FOI mailbox: %d new e-mail(s) kept as draft requests", kept);
    }
    return kept;
  }

  /**
   * The authority an e-mail belongs to: the first of its recipients that is an authority's FOI
   * mailbox ({@link Authority#mailbox}), else the installation's own authority.
   */
  static Authority owner(List<String> recipients) {
    for (String r : recipients) {
      Optional<Authority> a = Authority.findByMailbox(r);
      if (a.isPresent()) {
        return a.get();
      }
    }
    return AuthorityScope.ownNow();
  }

  /**
   * E-mails kept before they had an owner are the installation's own authority's (the only one
   * there was).
   */
  void onStart(@Observes StartupEvent event) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (InboxMail.count("authority is null") > 0) {
                InboxMail.update("authority = ?1 where authority is null", AuthorityScope.ownNow());
              }
            });
  }

  private boolean keep(InboundMessage m) {
    if (InboxMail.known(m.key())) {
      return false;
    }
    InboxMail mail = new InboxMail();
    mail.messageKey = m.key();
    mail.senderAddress = m.senderAddress();
    mail.senderName = m.senderName();
    mail.subject = m.subject();
    mail.body = m.text();
    mail.receivedAt = m.receivedAt();
    mail.raw = m.raw();
    mail.state = InboxMail.State.DRAFT;
    mail.fetchedAt = clock.instant();
    mail.authority = owner(m.recipients());
    mail.persist();
    LOG.infof("FOI mailbox: e-mail kept as draft request %d", mail.id);
    return true;
  }
}
