package uk.foitracker.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The tests' real mail server (GreenMail in the JVM: SMTP for what the app sends, IMAP for the FOI
 * mailbox {@code foi@localhost}) and what the tests do with it: wait for a mail to arrive, read its
 * attachments, put an e-mail in the FOI mailbox. One copy for every test that sends or reads mail.
 */
public final class TestMailServer {
  /** How long a test waits for a mail that the app has handed to the SMTP server. */
  static final Duration ARRIVAL = Duration.ofSeconds(10);

  private TestMailServer() {}

  /** Which of the mails to an address a test waits for (reading a mail can throw). */
  @FunctionalInterface
  public interface MailFilter {
    boolean test(MimeMessage m) throws Exception;
  }

  /** Starts SMTP and IMAP on 127.0.0.1 at the given ports, with the FOI mailbox's user. */
  public static GreenMail start(int smtpPort, int imapPort) {
    GreenMail g =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    g.setUser("foi@localhost", "foi@localhost", "foi");
    g.start();
    return g;
  }

  /**
   * The first mail whose first recipient is {@code address}; waits for the server to receive more
   * mail (GreenMail's {@code waitForIncomingEmail}, no sleeping) until it comes or the time is up.
   */
  public static MimeMessage receivedBy(GreenMail mail, String address) throws Exception {
    return receivedBy(mail, address, m -> true);
  }

  /** The first mail to {@code address} that is {@code which}, waited for as above. */
  public static MimeMessage receivedBy(GreenMail mail, String address, MailFilter which)
      throws Exception {
    long deadline = System.nanoTime() + ARRIVAL.toNanos();
    while (true) {
      MimeMessage[] received = mail.getReceivedMessages();
      for (MimeMessage m : received) {
        if (m.getAllRecipients() != null
            && ((InternetAddress) m.getAllRecipients()[0]).getAddress().equalsIgnoreCase(address)
            && which.test(m)) {
          return m;
        }
      }
      long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (left <= 0 || !mail.waitForIncomingEmail(left, received.length + 1)) {
        throw new AssertionError("No mail arrived for the recipient");
      }
    }
  }

  /** A mail's attached files by file name, in the order they come. */
  public static Map<String, byte[]> files(MimeMessage m) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (m.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        if (p.getFileName() != null) {
          try (InputStream in = p.getInputStream()) {
            files.put(p.getFileName(), in.readAllBytes());
          }
        }
      }
    }
    return files;
  }

  /**
   * Puts an e-mail from {@code name <address>} in the FOI mailbox over IMAP, unread, with the date
   * the mailbox received it.
   */
  public static void appendToFoiMailbox(
      int imapPort,
      String name,
      String address,
      String subject,
      String text,
      ZonedDateTime received)
      throws Exception {
    Date receivedDate = Date.from(received.toInstant());
    Session session = Session.getInstance(new Properties());
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(address, name));
    m.setRecipients(Message.RecipientType.TO, "foi@localhost");
    m.setSubject(subject);
    m.setText(text, "UTF-8");
    m.setSentDate(receivedDate);
    m.saveChanges();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    m.writeTo(raw);
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", imapPort, "foi@localhost", "foi");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      MimeMessage withDate =
          new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray())) {
            @Override
            public Date getReceivedDate() {
              return receivedDate;
            }
          };
      withDate.setFlag(Flags.Flag.SEEN, false);
      inbox.appendMessages(new Message[] {withDate});
      inbox.close(false);
    }
  }
}
