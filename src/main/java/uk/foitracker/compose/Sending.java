package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.question.Question;
import uk.foitracker.request.ClockSummaries;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestClocks;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.ClockProblem;
import uk.foitracker.rules.NcndCitation;
import uk.foitracker.rules.NoticeCompleteness;
import uk.foitracker.rules.Outcome;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/** Sending the response: the sent date stops the clock. */
@ApplicationScoped
@Transactional
public class Sending {
  private final AuditLog audit;
  private final Clock clock;
  private final ResponseDrafts drafts;
  private final RequestClocks clocks;
  private final ClockSummaries summaries;

  Sending(
      AuditLog audit,
      Clock clock,
      ResponseDrafts drafts,
      RequestClocks clocks,
      ClockSummaries summaries) {
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

  /**
   * Records that the response was sent: the sent date stops the clock. Refused while a question has
   * no outcome; refused while the refusal notice lacks an element unless the officer acknowledges
   * it (the warning lists each one).
   */
  public List<NoticeCompleteness.Missing> send(
      String ref, Long version, LocalDate sentOn, boolean acknowledgeIncomplete, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    if (request.state == RequestState.SENT
        || request.state == RequestState.PUBLISHED
        || request.state == RequestState.WITHHELD_FROM_LOG) {
      throw ValidationProblem.of(
          "sentOn", "The response was already sent on " + Dates.display(request.sentOn));
    }
    List<FieldError> errors = new ArrayList<>();
    checkDate(request, sentOn, errors);
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(request);
    if (errors.isEmpty() && request.receivedOn != null) {
      // the clock's own check: e.g. not while waiting for clarification or a fee
      for (ClockProblem p :
          clocks.problemsWith(
              request.regime, request.receivedOn, entries, new ClockEvent.ResponseSent(sentOn))) {
        errors.add(new FieldError("sentOn", p.message()));
      }
    }
    List<NoticeCompleteness.Missing> missing =
        NoticeCompleteness.check(drafts.noticeDraft(request));
    if (!missing.isEmpty() && !acknowledgeIncomplete) {
      for (NoticeCompleteness.Missing m : missing) {
        errors.add(new FieldError(m.field(), "The refusal notice is incomplete: " + m.message()));
      }
      errors.add(
          new FieldError(
              "acknowledgeIncomplete",
              "Complete the refusal notice, or confirm you are sending it without these elements"));
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
    String before = request.state.name();
    recordSent(request, entries, sentOn, actor);
    request.state = RequestState.SENT;
    audit.record(
        actor,
        "RESPONSE_SENT",
        "request",
        request.id,
        "Response sent on "
            + Dates.display(sentOn)
            + (missing.isEmpty()
                ? ""
                : "; sent with the refusal notice lacking "
                    + String.join(
                        ", ",
                        missing.stream()
                            .map(NoticeCompleteness.Missing::section)
                            .distinct()
                            .toList())),
        before,
        RequestState.SENT.name());
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

  /** The sent date, and every question with its outcome and answer. */
  private void checkDate(FoiRequest request, LocalDate sentOn, List<FieldError> errors) {
    LocalDate today = LocalDate.now(clock);
    if (sentOn == null) {
      errors.add(new FieldError("sentOn", "Enter the date the response was sent"));
    } else if (sentOn.isAfter(today)) {
      errors.add(new FieldError("sentOn", "The date sent must be today or in the past"));
    } else if (request.receivedOn != null && sentOn.isBefore(request.receivedOn)) {
      errors.add(
          new FieldError(
              "sentOn", "The date sent must be on or after the date the request was received"));
    }
    for (Question q : Question.forRequest(request)) {
      if (q.outcome == null) {
        errors.add(
            new FieldError(
                "questions[" + q.number + "].outcome",
                "Choose the outcome of question " + q.number));
      }
      if (q.answer == null) {
        errors.add(
            new FieldError(
                "questions[" + q.number + "].answer", "Write the answer to question " + q.number));
      }
    }
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
