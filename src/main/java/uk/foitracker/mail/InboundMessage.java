package uk.foitracker.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * An e-mail read from the FOI mailbox: who sent it, when it arrived, its subject and its text (the
 * plain-text part, or the HTML part's words when it has none), and the message as it arrived.
 *
 * @param key the Message-ID, or the SHA-256 of the message when it has none
 * @param receivedAt when the mailbox received it (IMAP's internal date), else its Date header
 * @param recipients the addresses it was sent to (Delivered-To, X-Original-To, To, Cc), lower case,
 *     in that order: the first that is an authority's FOI mailbox says whose it is
 */
record InboundMessage(
    String key,
    String senderAddress,
    String senderName,
    String subject,
    String text,
    Instant receivedAt,
    byte[] raw,
    List<String> recipients) {

  private static final int MAX_TEXT = 200000;

  static InboundMessage parse(byte[] raw, Date received) throws MessagingException, IOException {
    MimeMessage m =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    String address = null;
    String name = null;
    Address[] from = m.getFrom();
    if (from != null && from.length > 0 && from[0] instanceof InternetAddress a) {
      address = clip(a.getAddress(), 400);
      name = a.getPersonal() == null ? null : clip(a.getPersonal().strip(), 200);
    }
    Date when = received != null ? received : m.getSentDate();
    String id = m.getMessageID();
    String key = id == null || id.isBlank() ? sha256(raw) : clip(id.strip(), 1000);
    String text = text(m);
    return new InboundMessage(
        key,
        address,
        name,
        m.getSubject() == null ? null : clip(m.getSubject().strip(), 1000),
        text == null ? null : clip(text.strip(), MAX_TEXT),
        when == null ? Instant.now() : when.toInstant(),
        raw,
        recipients(m));
  }

  private static List<String> recipients(MimeMessage m) throws MessagingException {
    List<String> out = new ArrayList<>();
    for (String header : List.of("Delivered-To", "X-Original-To")) {
      String[] values = m.getHeader(header);
      if (values != null) {
        for (String v : values) {
          addresses(v, out);
        }
      }
    }
    for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
      String v = m.getHeader(type == Message.RecipientType.TO ? "To" : "Cc", ",");
      if (v != null) {
        addresses(v, out);
      }
    }
    return List.copyOf(out);
  }

  private static void addresses(String header, List<String> out) {
    try {
      for (InternetAddress a : InternetAddress.parseHeader(header, false)) {
        if (a.getAddress() != null && !a.getAddress().isBlank()) {
          String s = a.getAddress().strip().toLowerCase(Locale.ROOT);
          if (!out.contains(s)) {
            out.add(s);
          }
        }
      }
    } catch (AddressException e) {
      // a header that is not an address list names no mailbox
    }
  }

  private static String text(Part p) throws MessagingException, IOException {
    if (p.isMimeType("text/plain")) {
      return String.valueOf(p.getContent());
    }
    if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
      String html = null;
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart b = mp.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(b.getDisposition())) {
          continue;
        }
        String t = text(b);
        if (t != null && b.isMimeType("text/html")) {
          html = html == null ? t : html;
        } else if (t != null) {
          return t;
        }
      }
      return html;
    }
    if (p.isMimeType("text/html")) {
      return String.valueOf(p.getContent())
          .replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
          .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n")
          .replaceAll("<[^>]+>", " ")
          .replace("&nbsp;", " ")
          .replace("&amp;", "&")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replaceAll("[ \\t]+", " ");
    }
    return null;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static String sha256(byte[] raw) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "InboundMessage[personal data redacted, " + raw.length + " bytes]";
  }
}
