package uk.foitracker.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.question.QuestionSplitter;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.ConflictProblem;
import uk.foitracker.web.DateField;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

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
  private final AcknowledgementMails acknowledgements;
  private final AuditLog audit;
  private final Clock clock;

  Inbox(
      OfficerRequests requests,
      AcknowledgementMails acknowledgements,
      AuditLog audit,
      Clock clock) {
    this.requests = requests;
    this.acknowledgements = acknowledgements;
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
    return confirm(id, version, new Edits(regime, summary, null, null, null, null, false), actor);
  }

  /**
   * What the officer corrected on the draft before confirming it: the law, the title, the
   * requester's name and e-mail address, the date received and the questions as split. A null field
   * (the form before these fields existed) takes the value read from the e-mail. Holds the
   * requester's personal data: never logged.
   *
   * @param questions null to take the split the log form proposes for the e-mail's text
   * @param sendAcknowledgement true to e-mail the acknowledgement (with the access code) to the
   *     requester in the same step
   */
  public record Edits(
      String regime,
      String summary,
      String requesterName,
      String requesterEmail,
      DateField receivedOn,
      List<NewRequest.QuestionDraft> questions,
      boolean sendAcknowledgement) {
    @Override
    public String toString() {
      return "Inbox.Edits[personal data redacted]";
    }
  }

  /**
   * Logs the draft as a request with the officer's corrections, by e-mail; the e-mail's text as the
   * request text. Refused with every error at once (nothing saved) when a value is not valid, or
   * when the draft was already dealt with. With {@code sendAcknowledgement}, the acknowledgement
   * (with the new request's access code) is queued to the requester in the same transaction.
   */
  public Logged confirm(long id, long version, Edits edits, String actor) {
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
    List<FieldError> errors = new ArrayList<>();
    String name =
        edits.requesterName() != null
            ? edits.requesterName()
            : mail.senderName == null || mail.senderName.isBlank()
                ? mail.senderAddress
                : mail.senderName;
    String contact = mail.senderAddress;
    if (edits.requesterEmail() != null) {
      contact = edits.requesterEmail().strip();
      if (contact.isEmpty()) {
        errors.add(new FieldError("requesterEmail", "Enter the requester's e-mail address"));
      } else if (!Outbox.address(contact).map(contact::equals).orElse(false)) {
        errors.add(
            new FieldError(
                "requesterEmail",
                "Enter an e-mail address in the correct format, like name@example.com"));
      }
    }
    DateField received =
        edits.receivedOn() != null ? edits.receivedOn() : DateField.of(receivedOn(mail));
    QuestionSplitter.Split split = QuestionSplitter.propose(text);
    List<NewRequest.QuestionDraft> questions = edits.questions();
    if (questions == null) {
      questions = new ArrayList<>();
      for (int i = 0; i < split.questions().size(); i++) {
        questions.add(
            new NewRequest.QuestionDraft(String.valueOf(i + 1), split.questions().get(i)));
      }
    }
    NewRequest draft =
        new NewRequest(
                edits.regime(),
                received,
                "EMAIL",
                edits.summary(),
                name,
                contact,
                text,
                null,
                List.of(),
                null)
            .withSplit(split.preamble(), questions, split.postscript());
    if (!errors.isEmpty()) {
      // every error at once: the details are checked too (nothing is saved)
      try {
        requests.proposeSplit(draft);
      } catch (ValidationProblem p) {
        p.errors().stream().filter(e -> !"requesterContact".equals(e.field())).forEach(errors::add);
      }
      throw new ValidationProblem(errors);
    }
    Logged logged =
        requests.log(
            draft,
            actor,
            false,
            (mail.authority != null ? mail.authority : AuthorityScope.ownNow()).slug);
    mail.state = InboxMail.State.CONFIRMED;
    mail.requestReference = logged.reference();
    mail.decidedBy = actor;
    mail.decidedAt = Instant.now(clock);
    LOG.infof("E-mailed request %d logged as %s", id, logged.reference());
    if (edits.sendAcknowledgement()) {
      acknowledgements.send(logged.reference(), null, logged.accessCode(), actor);
    }
    return logged;
  }

  /** The questions as the log form proposes them for the draft's text, to start the form with. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<NewRequest.QuestionDraft> proposedQuestions(long id) {
    InboxMail mail = find(id);
    List<String> split = QuestionSplitter.propose(mail.body == null ? "" : mail.body).questions();
    List<NewRequest.QuestionDraft> questions = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      questions.add(new NewRequest.QuestionDraft(String.valueOf(i + 1), split.get(i)));
    }
    return questions;
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
