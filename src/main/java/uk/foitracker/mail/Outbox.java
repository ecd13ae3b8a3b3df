package uk.foitracker.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import uk.foitracker.attachment.AttachmentFile;
import uk.foitracker.attachment.AttachmentView;
import uk.foitracker.attachment.Attachments;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.compose.ResponseDrafts;
import uk.foitracker.compose.ResponseLetters;
import uk.foitracker.compose.ResponseSent;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.web.Dates;
import uk.foitracker.web.NotFoundProblem;

/**
 * The mail outbox: what the app sends is written here first, in the transaction of the action that
 * sends it (a response: {@link ResponseSent}), then delivered by {@link OutboxSender}. The
 * officer's request page shows each mail's state ({@link #forRequest(String)}, as {@code
 * inject:mailOutbox}).
 */
@ApplicationScoped
@Named("mailOutbox")
@Transactional
public class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final ResponseDrafts drafts;
  private final ResponseLetters letters;
  private final Attachments attachments;
  private final AuditLog audit;
  private final Clock clock;

  Outbox(
      ResponseDrafts drafts,
      ResponseLetters letters,
      Attachments attachments,
      AuditLog audit,
      Clock clock) {
    this.drafts = drafts;
    this.letters = letters;
    this.attachments = attachments;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A response was sent: queue the e-mail to the requester with the letter as PDF and the
   * releasable attachments not sent in an earlier mail (the release check has just passed them:
   * {@code Publishing#checkBeforeSending}). No e-mail address: record that it goes by other means.
   */
  void onResponseSent(@Observes ResponseSent sent) {
    FoiRequest request =
        FoiRequest.findByReference(sent.reference())
            .orElseThrow(
                () -> new NotFoundProblem("No request has the reference " + sent.reference()));
    RequesterContact contact =
        RequesterContact.<RequesterContact>find("request", request).firstResult();
    Optional<String> address = contact == null ? Optional.empty() : address(contact.contact);
    OutboxMail mail = new OutboxMail();
    mail.kind = OutboxMail.Kind.RESPONSE;
    mail.request = request;
    mail.instalment = sent.instalment();
    mail.createdAt = Instant.now(clock);
    mail.createdBy = sent.actor();
    mail.subject =
        (sent.instalment() > 1 || !sent.complete()
                ? "Your request "
                    + request.systemReference
                    + ": response, part "
                    + sent.instalment()
                : "Your request " + request.systemReference + ": our response")
            + (request.title == null ? "" : " (" + clip(request.title, 300) + ")");
    mail.body = body(request, contact, sent);
    if (address.isEmpty()) {
      mail.state = OutboxMail.State.NO_ADDRESS;
      mail.persist();
      audit.record(
          sent.actor(),
          "MAIL_NOT_SENT",
          "request",
          request.id,
          "The requester gave no e-mail address: instalment "
              + sent.instalment()
              + " goes by other means (outbox "
              + mail.id
              + ")",
          null,
          "NO_ADDRESS");
      LOG.infof("Outbox %d: no e-mail address, sent by other means", mail.id);
      return;
    }
    mail.recipient = address.get();
    mail.state = OutboxMail.State.QUEUED;
    mail.nextAttemptAt = mail.createdAt;
    mail.persist();
    byte[] pdf;
    try {
      pdf = letters.pdf(drafts.letter(request.systemReference));
    } catch (RuntimeException e) {
      // the response is sent all the same; the officer is told to send this one by other means
      mail.state = OutboxMail.State.HELD;
      mail.nextAttemptAt = null;
      mail.lastError =
          "The letter could not be made as a PDF ("
              + e.getClass().getSimpleName()
              + "): send the response by other means";
      LOG.warnf("Outbox %d: the letter could not be made as a PDF; held", mail.id);
      return;
    }
    int position = 0;
    OutboxPart letter = new OutboxPart();
    letter.mail = mail;
    letter.position = position++;
    letter.fileName = "response-" + request.systemReference + ".pdf";
    letter.mediaType = "application/pdf";
    letter.content = pdf;
    letter.persist();
    Set<Integer> sentBefore = attachmentsSentBefore(request);
    for (AttachmentView a : attachments.releasable(request)) {
      if (sentBefore.contains(a.number())) {
        continue;
      }
      Optional<AttachmentFile> file = attachments.releasableFile(request, a.number());
      if (file.isEmpty()) {
        continue;
      }
      OutboxPart part = new OutboxPart();
      part.mail = mail;
      part.position = position++;
      part.fileName = file.get().name();
      part.mediaType = file.get().mediaType();
      part.attachmentNumber = a.number();
      part.content = file.get().content();
      part.persist();
    }
    audit.record(
        sent.actor(),
        "MAIL_QUEUED",
        "request",
        request.id,
        "E-mail of instalment "
            + sent.instalment()
            + " to the requester queued (outbox "
            + mail.id
            + ", "
            + position
            + (position == 1 ? " file)" : " files)"),
        null,
        "QUEUED");
    LOG.infof("Outbox %d: response e-mail queued with %d files", mail.id, position);
  }

  /**
   * Queues one digest mail: the day it is about is kept, so that a recipient gets one a day (false
   * when that one is already queued).
   */
  boolean queueDigest(String recipient, LocalDate day, String subject, String body) {
    if (OutboxMail.count(
            "kind = ?1 and digestOn = ?2 and recipient = ?3",
            OutboxMail.Kind.DIGEST,
            day,
            recipient)
        > 0) {
      return false;
    }
    OutboxMail mail = new OutboxMail();
    mail.kind = OutboxMail.Kind.DIGEST;
    mail.state = OutboxMail.State.QUEUED;
    mail.recipient = recipient;
    mail.subject = subject;
    mail.body = body;
    mail.digestOn = day;
    mail.createdAt = Instant.now(clock);
    mail.nextAttemptAt = mail.createdAt;
    mail.createdBy = "system";
    mail.persist();
    LOG.infof("Outbox %d: digest queued", mail.id);
    return true;
  }

  /** The mails of a request, newest first, for the officer's request page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MailLine> forRequest(String ref) {
    Optional<FoiRequest> request = FoiRequest.findByReference(ref);
    if (request.isEmpty()) {
      return List.of();
    }
    List<MailLine> lines = new ArrayList<>();
    for (OutboxMail m : OutboxMail.forRequest(request.get())) {
      lines.add(line(m));
    }
    return lines;
  }

  /** An officer asks to try a waiting mail again now. Audited. */
  public String retryNow(long id, String actor) {
    OutboxMail mail = OutboxMail.findById(id);
    if (mail == null || mail.request == null || !AuthorityScope.allowsNow(mail.request.authority)) {
      throw new NotFoundProblem("No e-mail " + id + " is waiting to be sent");
    }
    Instant now = Instant.now(clock);
    // a retry already asked for (a refresh, a double click) is not asked for again
    if (mail.state == OutboxMail.State.QUEUED
        && mail.nextAttemptAt != null
        && mail.nextAttemptAt.isAfter(now)) {
      mail.nextAttemptAt = now;
      audit.record(
          actor,
          "MAIL_RETRY",
          "request",
          mail.request.id,
          "Asked to try outbox " + id + " again now",
          null,
          null);
    }
    return mail.request.systemReference;
  }

  /** One mail as the officer sees it. */
  public record MailLine(
      long id,
      String what,
      String stateLabel,
      String stateColour,
      boolean waiting,
      boolean noAddress,
      int attempts,
      String lastAttempt,
      String lastError,
      String nextAttempt,
      String sentAt,
      List<String> files) {}

  private MailLine line(OutboxMail m) {
    ZoneId zone = clock.getZone();
    List<String> files = OutboxPart.of(m).stream().map(p -> p.fileName).toList();
    String label;
    String colour;
    switch (m.state) {
      case SENT -> {
        label = "Sent by e-mail";
        colour = "govuk-tag--green";
      }
      case NO_ADDRESS -> {
        label = "Not e-mailed";
        colour = "govuk-tag--grey";
      }
      case HELD -> {
        label = "Not e-mailed: send by other means";
        colour = "govuk-tag--red";
      }
      default -> {
        label = m.attempts == 0 ? "Waiting to send" : "Not delivered yet";
        colour = m.attempts == 0 ? "govuk-tag--blue" : "govuk-tag--red";
      }
    }
    return new MailLine(
        m.id,
        m.kind == OutboxMail.Kind.ACKNOWLEDGEMENT
            ? "Acknowledgement"
            : m.instalment == null ? "E-mail" : "Response, instalment " + m.instalment,
        label,
        colour,
        m.state == OutboxMail.State.QUEUED,
        m.state == OutboxMail.State.NO_ADDRESS,
        m.attempts,
        m.lastAttemptAt == null ? null : WHEN.format(m.lastAttemptAt.atZone(zone)),
        m.lastError,
        m.nextAttemptAt == null ? null : WHEN.format(m.nextAttemptAt.atZone(zone)),
        m.sentAt == null ? null : WHEN.format(m.sentAt.atZone(zone)),
        files);
  }

  private static Set<Integer> attachmentsSentBefore(FoiRequest request) {
    Set<Integer> numbers = new HashSet<>();
    for (OutboxMail m : OutboxMail.forRequest(request)) {
      for (OutboxPart p : OutboxPart.of(m)) {
        if (p.attachmentNumber != null) {
          numbers.add(p.attachmentNumber);
        }
      }
    }
    return numbers;
  }

  private static String body(FoiRequest request, RequesterContact contact, ResponseSent sent) {
    String name = contact == null || contact.name == null ? null : contact.name.strip();
    String authority = request.authority == null ? "the authority" : request.authority.name;
    return (name == null || name.isEmpty() ? "Dear requester" : "Dear " + name)
        + ",\n\n"
        + (sent.complete() && sent.instalment() == 1
            ? "Please find attached our response to your request "
            : "Please find attached part "
                + sent.instalment()
                + " of our response to your request ")
        + request.systemReference
        + (request.receivedOn == null ? "" : ", received on " + Dates.display(request.receivedOn))
        + ". The letter (PDF) and any files released with it are attached.\n\n"
        + "Sent on "
        + Dates.display(sent.sentOn())
        + ".\n\nYours sincerely,\n\n"
        + authority
        + "\n";
  }

  /**
   * The first e-mail address in what the requester gave as their contact, if any: a word (between
   * spaces, angle brackets, commas, semicolons, brackets or quotes) with one @, a local part, and a
   * domain of at least two dot-separated labels. No regular expression: the contact is free text.
   */
  static Optional<String> address(String contact) {
    if (contact == null) {
      return Optional.empty();
    }
    for (String word : contact.split("[\\s<>,;()\"\\[\\]]+")) {
      String w = word.strip();
      while (w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      if (w.startsWith("mailto:")) {
        w = w.substring("mailto:".length());
      }
      if (isAddress(w)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  private static boolean isAddress(String w) {
    int at = w.indexOf('@');
    if (at <= 0 || at != w.lastIndexOf('@') || w.length() > 254) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = w.charAt(i);
      if (!(Character.isLetterOrDigit(c) || "._%+'-".indexOf(c) >= 0) || c > 127) {
        return false;
      }
    }
    String[] labels = w.substring(at + 1).split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()) {
        return false;
      }
      for (char c : label.toCharArray()) {
        if (!(Character.isLetterOrDigit(c) || c == '-') || c > 127) {
          return false;
        }
      }
    }
    return true;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
