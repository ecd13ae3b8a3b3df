package uk.foitracker.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.ConflictProblem;
import uk.foitracker.web.DateField;
import uk.foitracker.web.NotFoundProblem;

/**
 * The e-mails that arrived in the FOI mailbox, as draft requests: an officer confirms one (it is
 * logged as a request received by e-mail on the day the e-mail arrived, the sender as the
 * requester's contact) or discards it. Both are audited; the e-mail itself is kept either way.
 */
@ApplicationScoped
@Named("mailInbox")
@Transactional
public class Inbox {
  private static final Logger LOG = Logger.getLogger(Inbox.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  /** The longest request text a request holds ({@code foi_request.request_text}). */
  private static final int MAX_REQUEST_TEXT = 20000;

  private final OfficerRequests requests;
  private final AuditLog audit;
  private final Clock clock;

  Inbox(OfficerRequests requests, AuditLog audit, Clock clock) {
    this.requests = requests;
    this.audit = audit;
    this.clock = clock;
  }

  /** A draft request as the officer sees it (the sender is personal data: officers only). */
  public record DraftView(
      long id,
      long version,
      String from,
      String senderName,
      String senderAddress,
      String subject,
      String text,
      String received,
      LocalDate receivedOn,
      String state,
      String requestReference) {}

  /** How many e-mailed requests wait for an officer (the work queue links to them). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long waiting() {
    return InboxMail.waiting(AuthorityScope.heldNow());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DraftView> drafts() {
    return InboxMail.drafts(AuthorityScope.heldNow()).stream().map(this::view).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DraftView draft(long id) {
    return view(find(id));
  }

  /** The e-mail as it arrived (RFC 822), to download. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] raw(long id) {
    return find(id).raw;
  }

  /**
   * Logs the draft as a request: FOIA or EIR as chosen, with the summary given, received on the day
   * the e-mail arrived (UK time), by e-mail, the sender as requester; the text split into questions
   * as the log form proposes. Refused (nothing saved) when the request is not valid or the draft
   * was already dealt with.
   */
  public Logged confirm(long id, long version, String regime, String summary, String actor) {
    InboxMail mail = InboxMail.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || !AuthorityScope.allowsOwnedNow(mail.authority)) {
      throw new NotFoundProblem("No e-mailed request " + id);
    }
    if (mail.state != InboxMail.State.DRAFT || mail.version != version) {
      throw new ConflictProblem("This e-mailed request was already confirmed or discarded");
    }
    String text = mail.body == null ? "" : mail.body;
    if (text.length() > MAX_REQUEST_TEXT) {
      text = text.substring(0, MAX_REQUEST_TEXT);
    }
    String name =
        mail.senderName == null || mail.senderName.isBlank() ? mail.senderAddress : mail.senderName;
    Logged logged =
        requests.log(
            new NewRequest(
                regime,
                DateField.of(receivedOn(mail)),
                "EMAIL",
                summary,
                name,
                mail.senderAddress,
                text,
                null,
                List.of(),
                null),
            actor,
            true,
            (mail.authority != null ? mail.authority : AuthorityScope.ownNow()).slug);
    mail.state = InboxMail.State.CONFIRMED;
    mail.requestReference = logged.reference();
    mail.decidedBy = actor;
    mail.decidedAt = Instant.now(clock);
    LOG.infof("E-mailed request %d logged as %s", id, logged.reference());
    return logged;
  }

  /** Discards a draft (spam, not a request): the e-mail is kept, marked discarded. Audited. */
  public void discard(long id, long version, String actor) {
    InboxMail mail = InboxMail.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || !AuthorityScope.allowsOwnedNow(mail.authority)) {
      throw new NotFoundProblem("No e-mailed request " + id);
    }
    if (mail.state != InboxMail.State.DRAFT || mail.version != version) {
      throw new ConflictProblem("This e-mailed request was already confirmed or discarded");
    }
    mail.state = InboxMail.State.DISCARDED;
    mail.decidedBy = actor;
    mail.decidedAt = Instant.now(clock);
    audit.record(
        actor,
        "MAIL_DRAFT_DISCARDED",
        "mail_inbox",
        mail.id,
        "E-mailed request " + mail.id + " discarded",
        "DRAFT",
        "DISCARDED");
  }

  private LocalDate receivedOn(InboxMail mail) {
    return mail.receivedAt.atZone(clock.getZone()).toLocalDate();
  }

  private InboxMail find(long id) {
    InboxMail mail = InboxMail.findById(id);
    if (mail == null || !AuthorityScope.allowsOwnedNow(mail.authority)) {
      throw new NotFoundProblem("No e-mailed request " + id);
    }
    return mail;
  }

  private DraftView view(InboxMail m) {
    String from =
        m.senderName == null || m.senderName.isBlank()
            ? (m.senderAddress == null ? "Not stated" : m.senderAddress)
            : m.senderName + (m.senderAddress == null ? "" : " <" + m.senderAddress + ">");
    return new DraftView(
        m.id,
        m.version,
        from,
        m.senderName,
        m.senderAddress,
        m.subject == null || m.subject.isBlank() ? "(no subject)" : m.subject,
        m.body == null ? "" : m.body,
        WHEN.format(m.receivedAt.atZone(clock.getZone())),
        receivedOn(m),
        m.state.name(),
        m.requestReference);
  }
}
