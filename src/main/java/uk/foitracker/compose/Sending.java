package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.foitracker.answer.Answer;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.instalment.AnswerAddition;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.internalreview.ReviewDecisionInput;
import uk.foitracker.publication.Publishing;
import uk.foitracker.question.Question;
import uk.foitracker.request.ClockSummaries;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestClocks;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockProblem;
import uk.foitracker.rules.Instalments;
import uk.foitracker.rules.NcndCitation;
import uk.foitracker.rules.NoticeCompleteness;
import uk.foitracker.rules.Outcome;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Sending the response, in one or more instalments: the instalment that completes it stops the
 * clock ({@link Instalments}).
 */
@ApplicationScoped
@Transactional
public class Sending {
  private final AuditLog audit;
  private final Clock clock;
  private final ResponseDrafts drafts;
  private final RequestClocks clocks;
  private final ClockSummaries summaries;
  private final InternalReviews reviews;
  private final Publishing publishing;

  /** Tells the mail outbox (package mail) to send what was sent: in this transaction. */
  @Inject Event<ResponseSent> responseSent;

  Sending(
      AuditLog audit,
      Clock clock,
      ResponseDrafts drafts,
      RequestClocks clocks,
      ClockSummaries summaries,
      InternalReviews reviews,
      Publishing publishing) {
    this.reviews = reviews;
    this.publishing = publishing;
    this.audit = audit;
    this.clock = clock;
    this.drafts = drafts;
    this.clocks = clocks;
    this.summaries = summaries;
  }

  /** {@link #send(String, Long, LocalDate, boolean, String)} without a version check. */
  public List<NoticeCompleteness.Missing> send(
      String ref, LocalDate sentOn, boolean acknowledgeIncomplete, String actor) {
    return send(ref, null, sentOn, acknowledgeIncomplete, actor);
  }

  /** {@link #send(String, Long, LocalDate, boolean, boolean, String)}: the whole response. */
  public List<NoticeCompleteness.Missing> send(
      String ref, Long version, LocalDate sentOn, boolean acknowledgeIncomplete, String actor) {
    return send(ref, version, sentOn, acknowledgeIncomplete, false, actor);
  }

  /**
   * Sends the answers not yet sent as the next instalment (1, 2, ...), recording on each answer the
   * instalment that carried it. The first instalment that leaves no question open stops the clock
   * ({@link Instalments}): then every question needs an outcome, and an answer unless it is fully
   * refused (its refusal reasons are its answer), and a refusal notice lacking an element needs the
   * officer's acknowledgement. With {@code moreToFollow} the officer sends part of the response and
   * the clock runs on. Once the response is complete, a further instalment needs new answers.
   */
  public List<NoticeCompleteness.Missing> send(
      String ref,
      Long version,
      LocalDate sentOn,
      boolean acknowledgeIncomplete,
      boolean moreToFollow,
      String actor) {
    return send(ref, version, sentOn, acknowledgeIncomplete, moreToFollow, false, actor);
  }

  /**
   * {@link #send(String, Long, LocalDate, boolean, boolean, String)}; {@code alreadySent}: the
   * officer records a response that already left the authority (a past letter entered as it was
   * sent). The release check, which stops other people's data leaving, cannot stop what has left,
   * so it does not refuse the record (publishing still runs it); the audit line says so.
   */
  public List<NoticeCompleteness.Missing> send(
      String ref,
      Long version,
      LocalDate sentOn,
      boolean acknowledgeIncomplete,
      boolean moreToFollow,
      boolean alreadySent,
      String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    return sendInstalment(
        request, sentOn, acknowledgeIncomplete, moreToFollow, null, alreadySent, actor);
  }

  /**
   * Records the decision of internal review {@code number} and, when {@code release} is true, sends
   * the answers not yet sent as an instalment released at that review, dated the decision. {@code
   * number} null: the latest review. Returns the number of the review decided.
   */
  public int decideReview(
      String ref,
      Long version,
      Integer number,
      ReviewDecisionInput decision,
      boolean release,
      String actor) {
    int decided = reviews.decide(ref, version, number, decision, actor);
    if (release) {
      FoiRequest request = RequestLocks.current(ref, null);
      sendInstalment(request, decision.decidedOn(), true, false, decided, false, actor);
    }
    return decided;
  }

  private List<NoticeCompleteness.Missing> sendInstalment(
      FoiRequest request,
      LocalDate sentOn,
      boolean acknowledgeIncomplete,
      boolean moreToFollow,
      Integer reviewNumber,
      boolean alreadySent,
      String actor) {
    List<ResponseInstalment> earlier = ResponseInstalment.forRequest(request);
    boolean complete =
        request.sentOn != null
            || request.state == RequestState.SENT
            || request.state == RequestState.PUBLISHED
            || request.state == RequestState.WITHHELD_FROM_LOG;
    if (complete && earlier.isEmpty()) {
      if (request.sentOn == null) {
        // imported with no sent date (Leicester): its first instalment cannot be dated
        throw ValidationProblem.of(
            "sentOn",
            "The response was already sent (its date is not stated), so a further instalment"
                + " cannot be numbered");
      }
      // sent before instalments were recorded (imported): what was there then was instalment 1
      earlier = List.of(firstInstalment(request, actor));
    }
    List<Answer> unsent = unsentAnswers(request);
    String field = reviewNumber == null ? "sentOn" : "release";
    if (unsent.isEmpty() && (complete || reviewNumber != null || moreToFollow)) {
      throw ValidationProblem.of(
          field,
          complete
              ? "The response was already sent on "
                  + Dates.display(request.sentOn)
                  + ": add an answer to send a further instalment"
              : "Add an answer to send in this instalment");
    }
    List<FieldError> errors = new ArrayList<>();
    checkDate(request, sentOn, earlier, errors);
    List<Instalments.QuestionState> states = new ArrayList<>();
    Set<Long> answered = answeredQuestions(request);
    for (Question q : Question.forRequest(request)) {
      states.add(new Instalments.QuestionState(q.number, q.outcome, answered.contains(q.id)));
    }
    Instalments.Effect effect = Instalments.effect(complete, moreToFollow, states);
    if (!complete && !moreToFollow) {
      checkQuestions(states, errors);
    }
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(request);
    List<NoticeCompleteness.Missing> missing = List.of();
    if (effect == Instalments.Effect.STOPS_CLOCK) {
      if (errors.isEmpty() && request.receivedOn != null) {
        // the clock's own check: e.g. not while waiting for clarification or a fee
        for (ClockProblem p :
            clocks.problemsWith(
                request.regime, request.receivedOn, entries, new ClockEvent.ResponseSent(sentOn))) {
          errors.add(new FieldError("sentOn", p.message()));
        }
      }
      missing = NoticeCompleteness.check(drafts.noticeDraft(request));
      if (!missing.isEmpty() && !acknowledgeIncomplete) {
        for (NoticeCompleteness.Missing m : missing) {
          errors.add(new FieldError(m.field(), "The refusal notice is incomplete: " + m.message()));
        }
        errors.add(
            new FieldError(
                "acknowledgeIncomplete",
                "Complete the refusal notice, or confirm you are sending it without these elements"));
      }
    }
    List<FieldError> ncnd = acknowledgeIncomplete ? List.of() : ncndWithoutItsProvision(request);
    if (!ncnd.isEmpty()) {
      errors.addAll(ncnd);
      if (errors.stream().noneMatch(e -> e.field().equals("acknowledgeIncomplete"))) {
        errors.add(
            new FieldError(
                "acknowledgeIncomplete",
                "Cite the provision, or confirm you are sending the response without it"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    if (!alreadySent) {
      publishing.checkBeforeSending(request);
    }
    // a fully refused question sent without answer text goes out with this instalment too: its
    // refusal (the notice's reasons) is its answer
    Set<Integer> refused = new TreeSet<>();
    Set<Integer> carried = new TreeSet<>();
    earlier.forEach(e -> carried.addAll(e.questionNumbers));
    for (Question q : Question.forRequest(request)) {
      if (q.answer == null
          && q.outcome != null
          && !Instalments.needsAnswerText(q.outcome)
          && !carried.contains(q.number)) {
        refused.add(q.number);
      }
    }
    ResponseInstalment sent =
        record(
            request,
            earlier.size() + 1,
            sentOn,
            moreToFollow,
            effect,
            reviewNumber,
            unsent,
            refused,
            actor);
    String stateBefore = request.state.name();
    if (effect == Instalments.Effect.STOPS_CLOCK) {
      recordSent(request, entries, sentOn, actor);
      request.state = RequestState.SENT;
    }
    audit.record(
        actor,
        effect == Instalments.Effect.STOPS_CLOCK ? "RESPONSE_SENT" : "INSTALMENT_SENT",
        "request",
        request.id,
        (effect == Instalments.Effect.STOPS_CLOCK ? "Response sent on " : "Instalment sent on ")
            + Dates.display(sentOn)
            + " (instalment "
            + sent.number
            + (reviewNumber == null ? "" : ", released at internal review " + reviewNumber)
            + (effect == Instalments.Effect.STOPS_NOTHING ? "; more to follow" : "")
            + ")"
            + (alreadySent
                ? "; recorded as already sent, so the release check did not refuse it"
                : "")
            + (missing.isEmpty()
                ? ""
                : "; sent with the refusal notice lacking "
                    + String.join(
                        ", ",
                        missing.stream()
                            .map(NoticeCompleteness.Missing::section)
                            .distinct()
                            .toList())),
        stateBefore,
        request.state.name());
    if (!alreadySent) {
      responseSent.fire(
          new ResponseSent(
              request.systemReference,
              sent.number,
              sentOn,
              effect == Instalments.Effect.STOPS_CLOCK,
              actor));
    }
    return missing;
  }

  /**
   * A question answered "neither confirm nor deny" needs the provision that removes the duty to
   * confirm or deny (rules: {@link NcndCitation}); the officer may still send, acknowledging it.
   */
  private static List<FieldError> ncndWithoutItsProvision(FoiRequest request) {
    List<Question> questions = Question.forRequest(request);
    Map<Integer, Outcome> outcomes = new HashMap<>();
    for (Question q : questions) {
      if (q.outcome != null) {
        outcomes.put(q.number, q.outcome);
      }
    }
    if (!outcomes.containsValue(Outcome.NEITHER_CONFIRM_NOR_DENY)) {
      return List.of();
    }
    Map<Integer, List<String>> cited = new HashMap<>();
    for (Citation c : Citation.forQuestions(questions)) {
      cited.computeIfAbsent(c.question.number, k -> new ArrayList<>()).add(c.provision.code);
    }
    List<FieldError> errors = new ArrayList<>();
    for (int n : NcndCitation.uncited(outcomes, cited)) {
      errors.add(
          new FieldError(
              "questions[" + n + "].outcome",
              "Question "
                  + n
                  + " is answered neither confirm nor deny: cite the provision that removes the"
                  + " duty to confirm or deny (such as s.43(3), s.40(5B)(a)(i) or EIR reg 12(6)),"
                  + " or confirm you are sending it without"));
    }
    return errors;
  }

  /** Every question needs an outcome, and an answer unless it is fully refused. */
  private static void checkQuestions(
      List<Instalments.QuestionState> states, List<FieldError> errors) {
    for (Instalments.QuestionState q : states) {
      if (q.outcome() == null) {
        errors.add(
            new FieldError(
                "questions[" + q.number() + "].outcome",
                "Choose the outcome of question " + q.number()));
      }
      if (!q.answered() && (q.outcome() == null || Instalments.needsAnswerText(q.outcome()))) {
        errors.add(
            new FieldError(
                "questions[" + q.number() + "].answer",
                "Write the answer to question " + q.number()));
      }
    }
  }

  /** The date: given, not in the future, not before receipt nor before an earlier instalment. */
  private void checkDate(
      FoiRequest request,
      LocalDate sentOn,
      List<ResponseInstalment> earlier,
      List<FieldError> errors) {
    LocalDate today = LocalDate.now(clock);
    LocalDate last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).sentOn;
    if (sentOn == null) {
      errors.add(new FieldError("sentOn", "Enter the date the response was sent"));
    } else if (sentOn.isAfter(today)) {
      errors.add(new FieldError("sentOn", "The date sent must be today or in the past"));
    } else if (request.receivedOn != null && sentOn.isBefore(request.receivedOn)) {
      errors.add(
          new FieldError(
              "sentOn", "The date sent must be on or after the date the request was received"));
    } else if (last != null && sentOn.isBefore(last)) {
      errors.add(
          new FieldError(
              "sentOn",
              "The date sent must be on or after the previous instalment, sent on "
                  + Dates.display(last)));
    }
  }

  /** Answers linked to a question (as its answer or as an addition) and not yet sent. */
  private static List<Answer> unsentAnswers(FoiRequest request) {
    return Answer.<Answer>list(
        "request = ?1 and instalment is null and (id in (select q.answer.id from Question q"
            + " where q.request = ?1) or id in (select x.answer.id from AnswerAddition x))"
            + " order by position",
        request);
  }

  /** The ids of the questions that have an answer, sent or not. */
  private static Set<Long> answeredQuestions(FoiRequest request) {
    Set<Long> ids = new HashSet<>();
    for (Question q : Question.forRequest(request)) {
      if (q.answer != null) {
        ids.add(q.id);
      }
    }
    return ids;
  }

  private ResponseInstalment record(
      FoiRequest request,
      int number,
      LocalDate sentOn,
      boolean moreToFollow,
      Instalments.Effect effect,
      Integer reviewNumber,
      List<Answer> answers,
      Set<Integer> alsoRefused,
      String actor) {
    ResponseInstalment i = new ResponseInstalment();
    i.request = request;
    i.number = number;
    i.sentOn = sentOn;
    i.moreToFollow = moreToFollow;
    i.stoppedClock = effect == Instalments.Effect.STOPS_CLOCK;
    i.reviewNumber = reviewNumber;
    ResponseNotice notice = ResponseNotice.findById(request.id);
    if (notice != null) {
      // the rights paragraphs as sent: a later change to the notice does not rewrite them
      i.reviewProcedure = notice.reviewProcedure;
      i.complaintRights = notice.complaintRights;
    }
    i.actor = actor;
    i.recordedAt = Instant.now(clock);
    Set<Integer> numbers = new TreeSet<>(alsoRefused);
    for (Answer a : answers) {
      a.instalment = number;
      for (Question q : Question.<Question>list("answer", a)) {
        numbers.add(q.number);
      }
      for (AnswerAddition x : AnswerAddition.<AnswerAddition>list("answer", a)) {
        numbers.add(x.question.number);
      }
    }
    i.questionNumbers = new ArrayList<>(numbers);
    i.persist();
    return i;
  }

  /** Instalment 1 of a response sent before instalments were recorded: every answer it had. */
  private ResponseInstalment firstInstalment(FoiRequest request, String actor) {
    return record(
        request,
        1,
        request.sentOn,
        false,
        Instalments.Effect.STOPS_CLOCK,
        null,
        unsentAnswers(request),
        Set.of(),
        actor);
  }

  /**
   * The sent date is the RESPONSE_SENT clock event, the one source of truth for it (see
   * RequestClocks#calculate); FoiRequest.sentOn reads it back.
   */
  private void recordSent(
      FoiRequest request, List<ClockEventEntry> entries, LocalDate sentOn, String actor) {
    ClockEventEntry sent = new ClockEventEntry();
    sent.request = request;
    sent.kind = ClockEventKind.RESPONSE_SENT;
    sent.date = sentOn;
    sent.actor = actor;
    sent.recordedAt = Instant.now(clock);
    sent.persist();
    List<ClockEventEntry> now = new ArrayList<>(entries);
    now.add(sent);
    if (request.receivedOn != null) {
      summaries.refresh(request, now);
    }
  }
}
