package uk.foitracker.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.AcknowledgementView;
import uk.foitracker.request.Acknowledgements;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestCorrespondence;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.web.DateField;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.ValidationProblem;

/**
 * E-mailing the acknowledgement letter (reference, date received, due date with its working, the
 * access code for the status check, under the authority's letterhead) to the requester through the
 * outbox: queued in the officer's transaction, delivered and retried by {@link OutboxSender}, shown
 * on the request page. One acknowledgement e-mail per request: a second post (a refresh, a double
 * click, a second officer) sends nothing. Recorded as an audit event and as the acknowledgement in
 * the request's correspondence. The access code goes only into the e-mail: never into the log or an
 * audit event, and it is struck from the outbox's stored copy once delivered.
 */
@ApplicationScoped
@Named("mailAcknowledgement")
@Transactional
public class AcknowledgementMails {
  private static final Logger LOG = Logger.getLogger(AcknowledgementMails.class);

  /** What the officer's post did. */
  public enum Outcome {
    QUEUED,
    ALREADY_SENT
  }

  /**
   * What the request page shows: whether the acknowledgement can be e-mailed, and to whom.
   *
   * @param address the requester's e-mail address (personal data: officers only), or null
   * @param already true when an acknowledgement e-mail is waiting or was sent
   * @param version the request's version, for the form
   */
  public record State(String address, boolean already, long version) {
    public boolean canSend() {
      return address != null && !already;
    }
  }

  private final Acknowledgements acknowledgements;
  private final RequestCorrespondence correspondence;
  private final AuditLog audit;
  private final Clock clock;

  AcknowledgementMails(
      Acknowledgements acknowledgements,
      RequestCorrespondence correspondence,
      AuditLog audit,
      Clock clock) {
    this.acknowledgements = acknowledgements;
    this.correspondence = correspondence;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * For the request page and the confirmation after logging ({@code inject:mailAcknowledgement}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public State state(String ref) {
    Optional<FoiRequest> request = FoiRequest.findByReference(ref);
    if (request.isEmpty() || !AuthorityScope.allowsNow(request.get().authority)) {
      return new State(null, false, 0);
    }
    return new State(
        address(request.get()).orElse(null), alreadySent(request.get()), request.get().version);
  }

  /**
   * Queues the acknowledgement e-mail of request {@code ref}.
   *
   * @param version the request's version as the officer read it; null to skip the check
   * @param heldCode the access code when the officer still holds it (just logged); null to make a
   *     new one (the earlier code stops working)
   */
  public Outcome send(String ref, Long version, String heldCode, String actor) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .filter(r -> AuthorityScope.allowsNow(r.authority))
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref));
    if (alreadySent(request)) {
      return Outcome.ALREADY_SENT;
    }
    request = RequestLocks.current(ref, version);
    // a second post that waited for the lock finds the first one's mail
    if (alreadySent(request)) {
      return Outcome.ALREADY_SENT;
    }
    Optional<String> address = address(request);
    if (address.isEmpty()) {
      throw ValidationProblem.of(
          "acknowledgement",
          "The requester gave no e-mail address: print the acknowledgement letter and post it");
    }
    String code = heldCode != null ? heldCode : acknowledgements.newAccessCode(request, actor);
    AcknowledgementView view = acknowledgements.view(ref, code);
    OutboxMail mail = new OutboxMail();
    mail.kind = OutboxMail.Kind.ACKNOWLEDGEMENT;
    mail.request = request;
    mail.createdAt = Instant.now(clock);
    mail.createdBy = actor;
    mail.recipient = address.get();
    mail.subject =
        "Your request "
            + request.systemReference
            + ": acknowledgement"
            + (request.title == null ? "" : " (" + clip(request.title, 300) + ")");
    mail.body = body(view);
    mail.state = OutboxMail.State.QUEUED;
    mail.nextAttemptAt = mail.createdAt;
    mail.persist();
    int files = 0;
    try {
      OutboxPart letter = new OutboxPart();
      letter.mail = mail;
      letter.position = 0;
      letter.fileName = "acknowledgement-" + request.systemReference + ".pdf";
      letter.mediaType = "application/pdf";
      letter.content = acknowledgements.pdf(view);
      letter.persist();
      files = 1;
    } catch (RuntimeException e) {
      // the e-mail's text carries the whole letter: it goes without the PDF
      LOG.warnf(
          "Outbox %d: the acknowledgement could not be made as a PDF (%s); sent as text only",
          mail.id, e.getClass().getSimpleName());
    }
    audit.record(
        actor,
        "MAIL_ACKNOWLEDGEMENT_QUEUED",
        "request",
        request.id,
        "E-mail of the acknowledgement to the requester queued (outbox "
            + mail.id
            + ", due date "
            + view.dueText()
            + (files == 1 ? ", letter as PDF" : ", text only")
            + (heldCode == null ? ", with a new access code" : ", with the access code given")
            + ")",
        null,
        "QUEUED");
    // the version as it now stands (the lock and a new code have moved it)
    FoiRequest.getEntityManager().flush();
    correspondence.record(
        ref,
        request.version,
        "ACKNOWLEDGED",
        DateField.of(LocalDate.now(clock)),
        "E-mailed to the requester (outbox " + mail.id + ")",
        actor);
    LOG.infof("Outbox %d: acknowledgement e-mail queued", mail.id);
    return Outcome.QUEUED;
  }

  private static boolean alreadySent(FoiRequest request) {
    return OutboxMail.count(
            "request = ?1 and kind = ?2 and state in (?3, ?4)",
            request,
            OutboxMail.Kind.ACKNOWLEDGEMENT,
            OutboxMail.State.QUEUED,
            OutboxMail.State.SENT)
        > 0;
  }

  private static Optional<String> address(FoiRequest request) {
    RequesterContact contact =
        RequesterContact.<RequesterContact>find("request", request).firstResult();
    return contact == null ? Optional.empty() : Outbox.address(contact.contact);
  }

  /** The letter as the e-mail's text, for a reader without the PDF. */
  static String body(AcknowledgementView a) {
    StringBuilder b = new StringBuilder();
    b.append(a.greeting()).append("\n\n");
    b.append("Thank you for your request. We received it on ")
        .append(a.receivedText())
        .append(" and are dealing with it under the ")
        .append(a.regimeTitle())
        .append(". Your reference is ")
        .append(a.reference())
        .append(": please quote it if you contact us about this request.\n\n");
    if (a.due() != null) {
      b.append("We must respond promptly and no later than ")
          .append(a.dueText())
          .append(": the ")
          .append(a.due().workingDays())
          .append("th working day after the day we received your request (day 1 is ")
          .append(a.due().dayOneText())
          .append("). Working days leave out weekends, Christmas Day, Good Friday and the bank")
          .append(" holidays of every part of the United Kingdom.\n\n");
    } else {
      b.append("Due date: Not stated (the date we received your request is not stated).\n\n");
    }
    if (a.statedDueText() != null) {
      b.append("The due date we gave you: ").append(a.statedDueText()).append(".\n\n");
    }
    b.append("You can check the status of your request at ")
        .append(a.statusUrl())
        .append(" with your reference and access code.\n\nReference: ")
        .append(a.reference())
        .append("\nAccess code: ")
        .append(a.accessCode() == null ? "Not stated" : a.accessCode())
        .append("\n\nKeep the access code private: anyone who has it with your reference can see")
        .append(" the status of your request.\n\nThe acknowledgement letter is attached as a PDF.")
        .append("\n\nYours sincerely,\n\n");
    if (a.head().signatory() != null && !a.head().signatory().isBlank()) {
      b.append(a.head().signatory()).append("\n");
    }
    b.append(a.head().displayName()).append("\n");
    return b.toString();
  }

  /** The e-mail's text with the access code struck out, to keep once it has been delivered. */
  static String redact(String body) {
    return body == null
        ? null
        : body.replaceAll(
            "(?m)^Access code: .*$", "Access code: (sent to the requester; not kept)");
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
