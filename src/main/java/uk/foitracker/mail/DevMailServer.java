package uk.foitracker.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dev mode only: a mail server in the JVM (GreenMail), SMTP on {@code foi.mail.dev.smtp-port}
 * (3025) and IMAP on {@code foi.mail.dev.imap-port} (3143), with the FOI mailbox {@code
 * foi@localhost} (password {@code foi}). The app sends through it and reads the FOI mailbox from
 * it; every mail it receives is written to the log (to, subject, files), so a developer sees what
 * the app sent. Demo data only: never built into test or production.
 */
@IfBuildProfile("dev")
@Startup
@ApplicationScoped
public class DevMailServer {
  private static final Logger LOG = Logger.getLogger(DevMailServer.class);

  private final int smtpPort;
  private final int imapPort;
  private GreenMail server;
  private int logged;

  DevMailServer(
      @ConfigProperty(name = "foi.mail.dev.smtp-port", defaultValue = "3025") int smtpPort,
      @ConfigProperty(name = "foi.mail.dev.imap-port", defaultValue = "3143") int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  @PostConstruct
  void start() {
    server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    server.setUser("foi@localhost", "foi@localhost", "foi");
    server.start();
    LOG.infof(
        "Dev mail server: SMTP on localhost:%d, IMAP on localhost:%d (FOI mailbox foi@localhost,"
            + " password foi). Every mail it receives is logged here.",
        smtpPort, imapPort);
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Scheduled(every = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  synchronized void logNewMail() {
    MimeMessage[] received = server.getReceivedMessages();
    for (int i = logged; i < received.length; i++) {
      try {
        MimeMessage m = received[i];
        Address[] to = m.getAllRecipients();
        // no address and no subject: both can carry a requester's name, which never goes to a log
        LOG.infof(
            "Dev mail server received mail %d: %d recipient(s), files %s (read it over IMAP)",
            i + 1, to == null ? 0 : to.length, files(m));
      } catch (MessagingException | IOException e) {
        LOG.infof("Dev mail server received a mail it cannot read: %s", e.getMessage());
      }
    }
    logged = received.length;
  }

  private static List<String> files(MimeMessage m) throws MessagingException, IOException {
    List<String> names = new ArrayList<>();
    if (m.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        if (p.getFileName() != null) {
          names.add(p.getFileName());
        }
      }
    }
    return names;
  }
}
