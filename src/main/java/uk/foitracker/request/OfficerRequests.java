package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.question.Question;
import uk.foitracker.question.QuestionSplitter;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockProblem;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * What an officer does to a request: log it, record what moves its clock, assign it. Each public
 * method is one user action: it validates everything first (nothing is saved half-way), refuses a
 * change based on an out-of-date copy, and writes the audit event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class OfficerRequests {
  static final String SUBJECT = "request";

  /** FOIA came into force on 1 January 2005 (and the EIR with it). */
  static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);

  private final Clock clock;
  private final AuditLog audit;
  private final ReferenceNumbers references;
  private final RequestClocks clocks;
  private final ClockSummaries summaries;

  OfficerRequests(
      Clock clock,
      AuditLog audit,
      ReferenceNumbers references,
      RequestClocks clocks,
      ClockSummaries summaries) {
    this.clock = clock;
    this.audit = audit;
    this.references = references;
    this.clocks = clocks;
    this.summaries = summaries;
  }

  /**
   * Checks the details of a new request (step 1 of the form) and proposes how its text splits into
   * questions. Saves nothing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QuestionSplitter.Split proposeSplit(NewRequest draft) {
    List<FieldError> errors = new ArrayList<>();
    checkDetails(draft, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return QuestionSplitter.propose(draft.requestText());
  }

  /**
   * Logs a new request with its questions, a reference and an access code (hash stored).
   *
   * @param splitText true to take the proposed split of the text as the questions (the API, when no
   *     questions are given); false to take the questions as given
   */
  public Logged log(NewRequest draft, String actor, boolean splitText) {
    return log(draft, actor, splitText, null);
  }

  /**
   * Logs a new request under one of the signed-in person's authorities: the one named by {@code
   * authority} (a slug), or with none named the only one they hold (see {@link
   * AuthorityScope#forNewRequest}).
   */
  public Logged log(NewRequest draft, String actor, boolean splitText, String authority) {
    if (splitText && draft.requestText() != null) {
      QuestionSplitter.Split split = QuestionSplitter.propose(draft.requestText());
      List<NewRequest.QuestionDraft> proposed = new ArrayList<>();
      for (int i = 0; i < split.questions().size(); i++) {
        proposed.add(new NewRequest.QuestionDraft(String.valueOf(i + 1), split.questions().get(i)));
      }
      draft = draft.withSplit(split.preamble(), proposed, split.postscript());
    }
    List<FieldError> errors = new ArrayList<>();
    LocalDate received = checkDetails(draft, errors);
    List<NewRequest.QuestionDraft> questions = checkQuestions(draft.questions(), errors);
    checkLength(draft.preamble(), 20000, "preamble", "The introduction", errors);
    checkLength(draft.postscript(), 20000, "postscript", "The closing text", errors);
    List<String> authorityReferences =
        checkReferences(draft.authorityReference(), draft.otherAuthorityReferences(), errors);
    LocalDate statedDue = checkStatedDue(draft.statedDue(), received, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Authority filedUnder = AuthorityScope.forNewRequestNow(authority);
    Regime regime = Regime.valueOf(draft.regime());
    // Hash first: PBKDF2 is slow, and the reference counter stays locked until the commit.
    String code = AccessCodes.generate();
    String codeHash = AccessCodes.hash(code);
    FoiRequest r = new FoiRequest();
    r.authority = filedUnder;
    r.regime = regime;
    r.receivedOn = received;
    r.channel = Channel.valueOf(draft.channel());
    r.title = draft.summary().strip();
    r.requestText = draft.requestText().strip();
    r.preamble = blankToNull(draft.preamble());
    r.postscript = blankToNull(draft.postscript());
    r.state = RequestState.OPEN;
    r.createdAt = Instant.now(clock);
    r.accessCodeHash = codeHash;
    // a request whose received date is not stated is numbered in the year it is logged
    r.systemReference =
        references.next(
            filedUnder.referencePrefix,
            regime,
            received == null ? clocks.today().getYear() : received.getYear());
    r.statedDueOn = statedDue;
    ClockResult after = summaries.refresh(r, List.of());
    r.persist();
    storeReferences(r, authorityReferences);
    for (NewRequest.QuestionDraft d : questions) {
      Question q = new Question();
      q.request = r;
      q.number = Integer.parseInt(d.number());
      q.text = d.text();
      q.persist();
    }
    RequesterContact contact = new RequesterContact();
    contact.request = r;
    contact.name = draft.requesterName().strip();
    contact.contact = draft.requesterContact().strip();
    contact.persist();
    audit.record(
        actor,
        "request.logged",
        SUBJECT,
        r.id,
        "Logged "
            + r.systemReference
            + " ("
            + regime.name()
            + ", "
            + r.channel.label().toLowerCase(Locale.UK)
            + ", received "
            + (received == null ? "date not stated" : Dates.display(received))
            + ", "
            + questions.size()
            + (questions.size() == 1 ? " question)" : " questions)"),
        null,
        describe(r, after));
    return new Logged(r.systemReference, code);
  }

  /**
   * Records something that moves the statutory clock (asked for clarification, fees notice...),
   * after checking it against the events already recorded; the state follows the clock.
   *
   * @param extra the new due date of a public interest extension; ignored for other kinds
   */
  public void recordClockEvent(
      String reference,
      long version,
      ClockEventKind kind,
      DateField date,
      DateField extra,
      String actor) {
    recordClockEvent(reference, version, kind, date, extra, null, null, actor);
  }

  /**
   * Records something that moves the statutory clock; a change of regime (FOIA s.39(1), EIR reg 5)
   * with the new regime and the reason, after which the request is handled under the new regime.
   *
   * @param extra the new due date of a public interest extension; ignored for other kinds
   * @param newRegime the regime a change of regime moves to; ignored for other kinds
   * @param reason why the regime changed; ignored for other kinds
   */
  public void recordClockEvent(
      String reference,
      long version,
      ClockEventKind kind,
      DateField date,
      DateField extra,
      String newRegime,
      String reason,
      String actor) {
    recordClockEvent(reference, version, kind, date, extra, newRegime, reason, true, actor);
  }

  /**
   * Records something that moves the statutory clock. An extension that the rules warn about (more
   * than 20 further working days under FOIA s.10(3), or notice given too late) is refused until the
   * officer confirms it, {@code confirmed} true, so the warning comes before it is saved.
   */
  public void recordClockEvent(
      String reference,
      long version,
      ClockEventKind kind,
      DateField date,
      DateField extra,
      String newRegime,
      String reason,
      boolean confirmed,
      String actor) {
    if (!kind.recordedDirectly()) {
      throw ValidationProblem.of(
          "kind", "Record the sending of the response by sending it from the response page");
    }
    FoiRequest r = lockCurrent(reference, version);
    List<FieldError> errors = new ArrayList<>();
    if (!isOpen(r.state)) {
      throw ValidationProblem.of(
          "date",
          "This request is " + r.state.label().toLowerCase() + ": its clock cannot change.");
    }
    if (!kind.appliesTo(r.regime)) {
      throw ValidationProblem.of(
          "date",
          kind == ClockEventKind.PUBLIC_INTEREST_EXTENSION
              ? "A public interest extension (FOIA s.10(3)) does not apply to an EIR request."
              : "The extension to 40 working days (EIR reg 7) does not apply to a FOIA request.");
    }
    if (r.receivedOn == null && kind != ClockEventKind.REGIME_CHANGED) {
      throw ValidationProblem.of(
          "date",
          "The date this request was received is not stated, so it has no statutory clock to"
              + " stop, pause or extend.");
    }
    LocalDate on = checkDate(date, "date", "Date", "Enter the date", errors);
    LocalDate newDue = null;
    if (kind.needsExtraDate()) {
      DateField.Result parsed =
          extra.parse("New date for the decision", "Enter the new date for the decision");
      if (parsed.error() != null) {
        errors.add(new FieldError("newDue", parsed.error()));
      } else {
        newDue = parsed.date().get();
      }
    }
    Regime to = null;
    String why = null;
    if (kind.needsRegime()) {
      to = checkNewRegime(r.regime, newRegime, errors);
      why = blankToNull(reason);
      if (why == null) {
        errors.add(
            new FieldError("reason", "Enter why the request is handled under the other regime"));
      } else {
        checkLength(why, 2000, "reason", "The reason", errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    Regime from = r.regime;
    if (r.receivedOn != null) {
      checkAgainstClock(r, entries, kind, on, newDue, from, to);
    }
    ClockResult before = clocks.calculate(r, entries);
    if (!confirmed && r.receivedOn != null) {
      List<ClockEvent> candidate =
          new ArrayList<>(entries.stream().map(ClockEventEntry::toEvent).toList());
      candidate.add(kind.toEvent(on, newDue, from, to));
      confirmExtension(
          kind,
          before,
          clocks.calculateEvents(to == null ? r.regime : to, r.receivedOn, candidate));
    }
    String beforeText = describe(r, before);
    ClockEventEntry entry = new ClockEventEntry();
    entry.request = r;
    entry.kind = kind;
    entry.date = on;
    entry.extraDate = newDue;
    if (to != null) {
      entry.regimeFrom = from;
      entry.regimeTo = to;
      entry.reason = why;
      r.regime = to; // the regime shown everywhere follows the latest change
    }
    entry.actor = actor;
    entry.recordedAt = Instant.now(clock);
    entry.persist();
    List<ClockEventEntry> now = new ArrayList<>(entries);
    now.add(entry);
    ClockResult after = summaries.refresh(r, now);
    if (after != null) {
      r.state = stateFor(after.status());
    }
    audit.record(
        actor,
        "clock." + kind.slug(),
        SUBJECT,
        r.id,
        kind.pastTense()
            + (to == null ? "" : " from " + from.name() + " to " + to.name())
            + " on "
            + Dates.withDay(on)
            + (newDue == null ? "" : "; decision now due " + Dates.withDay(newDue))
            + (why == null ? "" : ". Reason: " + why),
        beforeText,
        describe(r, after));
  }

  /** The field of the confirmation an extension with warnings needs. */
  static final String CONFIRM = "confirm";

  /**
   * Refuses an extension that brings warnings the clock did not have (FOIA s.10(3) beyond the ICO's
   * 20 further working days, a s.17(2) or reg 7(3) notice given too late) until the officer
   * confirms it: the warnings are the error, shown before anything is saved.
   */
  static void confirmExtension(ClockEventKind kind, ClockResult before, ClockResult after) {
    if (kind != ClockEventKind.PUBLIC_INTEREST_EXTENSION
        && kind != ClockEventKind.COMPLEX_VOLUMINOUS_EXTENSION) {
      return;
    }
    List<String> added = new ArrayList<>(after.warnings());
    if (before != null) {
      added.removeAll(before.warnings());
    }
    if (added.isEmpty()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    for (String w : added) {
      errors.add(new FieldError(CONFIRM, w));
    }
    errors.add(
        new FieldError(
            CONFIRM,
            "Check the extension: to record it as it stands, tick that you have considered the"
                + " warning and that the time is reasonable in the circumstances"));
    throw new ValidationProblem(errors);
  }

  private static Regime checkNewRegime(Regime current, String value, List<FieldError> errors) {
    Regime to;
    try {
      to = Regime.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("regime", "Select the regime the request is now handled under"));
      return null;
    }
    if (to == current) {
      errors.add(
          new FieldError(
              "regime",
              "The request is already handled under "
                  + current.name()
                  + "; select the other regime"));
      return null;
    }
    return to;
  }

  /**
   * Sets the authority's references (the leading one and any others, as stated), the due date it
   * stated and the channel. The references replace those recorded; a blank channel keeps the one
   * recorded.
   */
  public void updateDetails(String reference, long version, DetailsDraft draft, String actor) {
    FoiRequest r = lockCurrent(reference, version);
    List<FieldError> errors = new ArrayList<>();
    List<String> refs =
        checkReferences(draft.authorityReference(), draft.otherAuthorityReferences(), errors);
    LocalDate statedDue = checkStatedDue(draft.statedDue(), r.receivedOn, errors);
    Channel channel = r.channel;
    if (!draft.channel().isEmpty()) {
      try {
        channel = Channel.valueOf(draft.channel());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("channel", "Select how the request was received"));
      }
      if (channel != null && r.regime == Regime.FOIA && !channel.inWriting()) {
        errors.add(
            new FieldError(
                "channel",
                "A request under FOIA must be made in writing (FOIA s.8(1)(a)); a request made by"
                    + " phone or in person can be handled under the EIR"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = describeDetails(r, References.of(r));
    AuthorityReference.delete("request", r);
    AuthorityReference.getEntityManager().flush();
    storeReferences(r, refs);
    r.statedDueOn = statedDue;
    r.channel = channel;
    audit.record(
        actor,
        "request.details",
        SUBJECT,
        r.id,
        "Authority's references and dates changed",
        before,
        describeDetails(r, refs));
  }

  /** The references, leading first; at most 20, each of 100 characters or fewer, none twice. */
  static List<String> checkReferences(
      String leading, List<String> others, List<FieldError> errors) {
    String lead = leading == null ? "" : leading.strip();
    List<String> all = new ArrayList<>();
    if (lead.isEmpty()) {
      if (!others.isEmpty()) {
        errors.add(
            new FieldError(
                "authorityReference",
                "Enter the reference the letter leads with, or clear the other references"));
      }
      return List.of();
    }
    all.add(lead);
    all.addAll(others);
    if (all.size() > 20) {
      errors.add(new FieldError("otherAuthorityReferences", "Enter 20 references or fewer"));
    }
    if (lead.length() > 100) {
      errors.add(
          new FieldError(
              "authorityReference", "The authority's reference must be 100 characters or fewer"));
    }
    for (String o : others) {
      if (o.length() > 100) {
        errors.add(
            new FieldError(
                "otherAuthorityReferences", "Each reference must be 100 characters or fewer"));
        break;
      }
    }
    if (new HashSet<>(all).size() != all.size()) {
      errors.add(
          new FieldError(
              "otherAuthorityReferences",
              "Enter each reference once; the same one is there twice"));
    }
    return all;
  }

  /** The stated due date: any real date on or after the date received (it may lie ahead). */
  private static LocalDate checkStatedDue(
      DateField field, LocalDate received, List<FieldError> errors) {
    if (field.isBlank()) {
      return null;
    }
    DateField.Result parsed = field.parse("Stated due date", "Enter the stated due date");
    if (parsed.error() != null) {
      errors.add(new FieldError("statedDue", parsed.error()));
      return null;
    }
    LocalDate date = parsed.date().get();
    if (received != null && date.isBefore(received)) {
      errors.add(
          new FieldError(
              "statedDue",
              "Stated due date must be on or after the date received ("
                  + Dates.display(received)
                  + ")"));
      return null;
    }
    if (date.isBefore(FIRST_DAY) || date.getYear() > 2999) {
      errors.add(new FieldError("statedDue", "Stated due date must be a real date"));
      return null;
    }
    return date;
  }

  private static void storeReferences(FoiRequest r, List<String> refs) {
    for (int i = 0; i < refs.size(); i++) {
      AuthorityReference a = new AuthorityReference();
      a.request = r;
      a.position = i + 1;
      a.text = refs.get(i);
      a.leads = i == 0;
      a.persist();
    }
    r.authorityReference = refs.isEmpty() ? null : refs.get(0);
  }

  private static String describeDetails(FoiRequest r, List<String> refs) {
    return "References: "
        + (refs.isEmpty()
            ? "not stated"
            : String.join("; ", refs) + " (leading: " + refs.get(0) + ")")
        + ". Stated due: "
        + (r.statedDueOn == null ? "not stated" : Dates.withDay(r.statedDueOn))
        + ". Channel: "
        + (r.channel == null ? "not stated" : r.channel.label())
        + ".";
  }

  /** Refuses an event that the events already recorded do not allow, naming the field at fault. */
  void checkAgainstClock(
      FoiRequest r,
      List<ClockEventEntry> entries,
      ClockEventKind kind,
      LocalDate on,
      LocalDate newDue,
      Regime from,
      Regime to) {
    List<ClockProblem> problems;
    try {
      problems =
          clocks.problemsWith(
              to == null ? r.regime : to,
              r.receivedOn,
              entries,
              kind.toEvent(on, newDue, from, to));
    } catch (OutsideCalendarException e) {
      throw ValidationProblem.of(
          kind.needsExtraDate() ? "newDue" : "date",
          "The date is outside the working-day calendar ("
              + e.firstYear()
              + " to "
              + e.lastYear()
              + ")");
    }
    if (!problems.isEmpty()) {
      String field = kind.needsExtraDate() && mentionsNewDate(problems) ? "newDue" : "date";
      throw new ValidationProblem(
          problems.stream().map(p -> new FieldError(field, p.message())).distinct().toList());
    }
  }

  /** Assigns the request to an officer (by user name), or to nobody when blank. */
  public void assign(String reference, long version, String assignee, String actor) {
    FoiRequest r = lockCurrent(reference, version);
    String who = blankToNull(assignee);
    if (who != null && (who.length() > 100 || !who.matches("[\\p{L}\\p{N}._@'\\- ]+"))) {
      throw ValidationProblem.of(
          "assignee", "Officer's user name must be 100 characters or fewer, letters and numbers");
    }
    if (Objects.equals(who, r.assignedTo)) {
      throw ValidationProblem.of(
          "assignee",
          who == null
              ? "The request is not assigned to anyone"
              : "The request is already assigned to " + who);
    }
    ClockResult clock = clocks.calculate(r, ClockEventEntry.forRequest(r));
    String before = describe(r, clock);
    r.assignedTo = who;
    audit.record(
        actor,
        "request.assigned",
        SUBJECT,
        r.id,
        who == null ? "Unassigned" : "Assigned to " + who,
        before,
        describe(r, clock));
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The request as the officer saw it, locked for this transaction: refused if anyone has saved a
   * change since (the version on the form differs), and bumped so that a concurrent save of the
   * same version fails too.
   */
  private FoiRequest lockCurrent(String reference, long version) {
    return RequestLocks.current(reference, version);
  }

  private LocalDate checkDetails(NewRequest d, List<FieldError> errors) {
    Regime regime = null;
    if (d.regime() == null || d.regime().isBlank()) {
      errors.add(new FieldError("regime", "Select whether the request is under FOIA or the EIR"));
    } else {
      try {
        regime = Regime.valueOf(d.regime());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("regime", "Select whether the request is under FOIA or the EIR"));
      }
    }
    LocalDate received = null;
    if (d.receivedNotStated()) {
      // the letter does not say when the request arrived: no date is guessed, and the request has
      // no statutory clock
      if (!d.receivedOn().isBlank()) {
        errors.add(
            new FieldError(
                "receivedOn",
                "Either enter the date the request was received or say it is not stated, not"
                    + " both"));
      }
    } else {
      received =
          checkDate(
              d.receivedOn(),
              "receivedOn",
              "Date received",
              "Enter the date the request was received, or say it is not stated",
              errors);
    }
    Channel channel = null;
    if (d.channel() == null || d.channel().isBlank()) {
      errors.add(new FieldError("channel", "Select how the request was received"));
    } else {
      try {
        channel = Channel.valueOf(d.channel());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("channel", "Select how the request was received"));
      }
    }
    if (regime == Regime.FOIA && channel != null && !channel.inWriting()) {
      errors.add(
          new FieldError(
              "channel",
              "A request under FOIA must be made in writing (FOIA s.8(1)(a)); a request made by"
                  + " phone or in person can be handled under the EIR"));
    }
    required(
        d.summary(), 300, "summary", "Enter a short summary of the request", "Summary", errors);
    required(
        d.requesterName(),
        200,
        "requesterName",
        "Enter the requester's name",
        "Requester's name",
        errors);
    required(
        d.requesterContact(),
        400,
        "requesterContact",
        "Enter an email or postal address for the reply",
        "Contact",
        errors);
    required(
        d.requestText(),
        20000,
        "requestText",
        "Enter the request text",
        "The request text",
        errors);
    return received;
  }

  LocalDate checkDate(
      DateField field, String name, String label, String missing, List<FieldError> errors) {
    DateField.Result parsed = field.parse(label, missing);
    if (parsed.error() != null) {
      errors.add(new FieldError(name, parsed.error()));
      return null;
    }
    LocalDate date = parsed.date().get();
    if (date.isAfter(clocks.today())) {
      errors.add(new FieldError(name, label + " must be today or in the past"));
      return null;
    }
    if (date.isBefore(FIRST_DAY)) {
      errors.add(
          new FieldError(
              name,
              label
                  + " must be on or after 1 January 2005, when the right of access came into force"));
      return null;
    }
    return date;
  }

  private static List<NewRequest.QuestionDraft> checkQuestions(
      List<NewRequest.QuestionDraft> drafts, List<FieldError> errors) {
    List<NewRequest.QuestionDraft> kept = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      NewRequest.QuestionDraft q = drafts.get(i);
      if (q.text().isEmpty()) {
        continue; // an emptied box removes the question
      }
      String field = "questions[" + i + "]";
      if (q.text().length() > 20000) {
        errors.add(
            new FieldError(field + ".text", "Question text must be 20,000 characters or fewer"));
      }
      int number;
      try {
        number = Integer.parseInt(q.number());
      } catch (NumberFormatException e) {
        errors.add(
            new FieldError(field + ".number", "Question number must be a whole number, like 3"));
        continue;
      }
      if (number < 1 || number > 999) {
        errors.add(new FieldError(field + ".number", "Question number must be between 1 and 999"));
      } else if (!seen.add(number)) {
        errors.add(
            new FieldError(
                field + ".number",
                "Question number " + number + " is used twice; give each question its own number"));
      } else {
        kept.add(q);
      }
    }
    if (kept.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("questions["))) {
      errors.add(new FieldError("questions", "Enter at least one question"));
    }
    kept.sort(Comparator.comparingInt(q -> Integer.parseInt(q.number())));
    return kept;
  }

  static void required(
      String value, int max, String field, String missing, String label, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, missing));
    } else {
      checkLength(value, max, field, label, errors);
    }
  }

  static void checkLength(
      String value, int max, String field, String label, List<FieldError> errors) {
    if (value != null && value.strip().length() > max) {
      errors.add(
          new FieldError(
              field, label + " must be " + String.format("%,d", max) + " characters or fewer"));
    }
  }

  private static boolean mentionsNewDate(List<ClockProblem> problems) {
    return problems.stream().anyMatch(p -> p.message().startsWith("The new date"));
  }

  static boolean isOpen(RequestState state) {
    return state == RequestState.OPEN
        || state == RequestState.AWAITING_CLARIFICATION
        || state == RequestState.AWAITING_FEE;
  }

  /** The state follows the clock: stopped for clarification, paused for a fee, or open. */
  static RequestState stateFor(ClockStatus status) {
    return switch (status) {
      case PAUSED_CLARIFICATION -> RequestState.AWAITING_CLARIFICATION;
      case PAUSED_FEES -> RequestState.AWAITING_FEE;
      case STOPPED_SENT -> RequestState.SENT;
      case RUNNING, OVERDUE -> RequestState.OPEN;
    };
  }

  /** The request's standing for the audit trail's before and after; no personal data. */
  static String describe(FoiRequest r, ClockResult clock) {
    return "State: "
        + r.state.label()
        + ". Due: "
        + (clock == null
            ? "not known, the date received is not stated"
            : clock.due().map(Dates::withDay).orElse("none while the clock is stopped"))
        + ". Assigned to: "
        + (r.assignedTo == null ? "nobody" : r.assignedTo)
        + ".";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
