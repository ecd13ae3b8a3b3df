package uk.foitracker.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.checks.CitationFacts;
import uk.foitracker.rules.checks.CostFacts;
import uk.foitracker.rules.checks.InstalmentFacts;
import uk.foitracker.rules.checks.NoticeFacts;
import uk.foitracker.rules.checks.PublicInterestFacts;
import uk.foitracker.rules.checks.QuestionFacts;
import uk.foitracker.rules.checks.ResponseFacts;
import uk.foitracker.rules.checks.ReviewFacts;
import uk.foitracker.rules.checks.TableFacts;

/**
 * The facts the checks read, from a letter read as text: the same {@link ResponseFacts} a case
 * gives, so the same rules judge both. Only what was read goes in; dates the letter does not state
 * are empty unless the person checking gives them.
 */
public final class LetterFacts {
  private LetterFacts() {}

  /** What the person checking states beside the letter; each overrides what was read. */
  public record Given(
      Optional<Regime> regime, Optional<LocalDate> received, Optional<LocalDate> sent) {
    public static final Given NOTHING =
        new Given(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ResponseFacts of(
      ReadLetter letter, String text, Given given, LocalDate today, int smallNumberThreshold) {
    Regime regime = given.regime().orElse(letter.regime().value());
    List<QuestionFacts> questions = new ArrayList<>();
    for (ReadQuestion q : letter.questions()) {
      List<CitationFacts> citations =
          letter.citations().stream()
              .filter(c -> c.questions().contains(q.number()))
              .filter(c -> !routeToEir(c, regime))
              .map(LetterFacts::citation)
              .toList();
      questions.add(
          new QuestionFacts(
              q.number(), q.text(), q.outcome(), q.answerKey(), q.answer(), tables(q), citations));
    }
    AppropriateLimit limit =
        text.contains("£600")
            ? AppropriateLimit.CENTRAL_GOVERNMENT
            : AppropriateLimit.OTHER_AUTHORITY;
    List<Integer> costQuestions =
        letter.questions().stream()
            .filter(
                q ->
                    q.outcome().map(o -> o == Outcome.REFUSED_COST_LIMIT).orElse(false)
                        || letter.citations().stream()
                            .anyMatch(
                                c ->
                                    c.kind() == ProvisionKind.COST_LIMIT
                                        && c.questions().contains(q.number())))
            .map(ReadQuestion::number)
            .toList();
    Optional<CostFacts> cost = Optional.empty();
    if (!costQuestions.isEmpty()) {
      cost =
          Optional.of(
              new CostFacts(
                  limit.limitPence(),
                  limit.hourlyRatePence(),
                  costQuestions,
                  letter.costs().stream()
                      .map(c -> new CostFacts.Line(c.activity(), c.description(), c.minutes()))
                      .toList(),
                  letter.costStatement(),
                  letter.advice(),
                  letter.statedMinutes().map(Read::value)));
    }
    Optional<LocalDate> received = given.received().or(() -> letter.received().map(Read::value));
    Optional<LocalDate> sent =
        given
            .sent()
            .or(() -> letter.sent().filter(d -> !extensionNotice(letter, d)).map(Read::value));
    NoticeFacts notice =
        new NoticeFacts(
            letter.reviewProcedure().map(Read::value).orElse(""),
            letter.complaintRights().map(Read::value).orElse(""),
            text);
    ReadThread thread = letter.thread();
    // A thread is as at its last message; the response has not gone only where the thread says so.
    boolean responded = sent.isPresent() || thread.noResponse().isEmpty();
    LocalDate asOf = thread.lastMessage().map(Read::value).or(() -> sent).orElse(today);
    return new ResponseFacts(
        regime,
        received,
        responded,
        sent,
        clockEvents(thread, regime, received),
        asOf,
        questions,
        cost,
        smallNumberThreshold,
        letter.statedDue().map(Read::value),
        notice,
        limit,
        instalments(thread, letter.questions()),
        reviews(thread));
  }

  /** The instalments the thread states, each with the questions whose answers stand in it. */
  static List<InstalmentFacts> instalments(ReadThread thread, List<ReadQuestion> questions) {
    return thread.instalments().stream()
        .map(
            i ->
                new InstalmentFacts(
                    i.number(),
                    Optional.of(i.sent().value()),
                    questions.stream()
                        .filter(
                            q ->
                                q.answerSpan() != null
                                    && !q.answer().isBlank()
                                    && i.message().contains(q.answerSpan().start()))
                        .map(ReadQuestion::number)
                        .toList(),
                    i.moreToFollow()))
        .toList();
  }

  /**
   * The thread's clock events as the rules take them: a s.10(3) extension only under FOIA, a reg 7
   * extension only under the EIR (the other regime has no such extension, so it does not move the
   * clock), none dated before the request was received.
   */
  static List<ClockEvent> clockEvents(
      ReadThread thread, Regime regime, Optional<LocalDate> received) {
    List<ClockEvent> events = new ArrayList<>();
    for (ReadThread.ReadClockEvent e : thread.events()) {
      LocalDate day = e.date().value();
      if (received.isPresent() && day.isBefore(received.get())) {
        continue;
      }
      switch (e.kind()) {
        case CLARIFICATION_REQUESTED -> events.add(new ClockEvent.ClarificationRequested(day));
        case CLARIFICATION_RECEIVED -> events.add(new ClockEvent.ClarificationReceived(day));
        case FEES_NOTICE_ISSUED -> events.add(new ClockEvent.FeesNoticeIssued(day));
        case FEES_PAID -> events.add(new ClockEvent.FeesPaid(day));
        case PUBLIC_INTEREST_EXTENSION -> {
          if (regime == Regime.FOIA && e.newDue().isPresent()) {
            events.add(new ClockEvent.PublicInterestExtension(day, e.newDue().get().value()));
          }
        }
        case COMPLEX_VOLUMINOUS_EXTENSION -> {
          if (regime == Regime.EIR) {
            events.add(new ClockEvent.ComplexVoluminousExtension(day));
          }
        }
      }
    }
    return events;
  }

  /**
   * A date read without certainty (the stamp of the first message citing a provision) that is the
   * day of an extension notice: a s.17(2) or reg 7 notice is not the response.
   */
  static boolean extensionNotice(ReadLetter letter, Read<LocalDate> sent) {
    return !sent.sure()
        && letter.thread().events().stream()
            .anyMatch(
                e ->
                    (e.kind() == ReadThread.Kind.PUBLIC_INTEREST_EXTENSION
                            || e.kind() == ReadThread.Kind.COMPLEX_VOLUMINOUS_EXTENSION)
                        && e.date().value().equals(sent.value()));
  }

  static List<ReviewFacts> reviews(ReadThread thread) {
    return thread.reviews().stream()
        .map(
            r ->
                new ReviewFacts(
                    r.number(),
                    Optional.of(r.requested().value()),
                    r.acknowledged().map(Read::value),
                    r.statedDue().map(Read::value),
                    r.decided().map(Read::value),
                    r.outcome()))
        .toList();
  }

  /**
   * FOIA s.39(1) named in a response handled under the EIR: it says why the EIR apply
   * (environmental information is exempt from the Act and dealt with under the Regulations), it is
   * not a ground for withholding anything.
   */
  static boolean routeToEir(ReadCitation c, Regime regime) {
    return regime == Regime.EIR && c.code().startsWith("FOIA-39");
  }

  /** The tables read from a question's answer (a light reading of its figures). */
  public static List<TableFacts> tables(ReadQuestion q) {
    return AnswerFigures.read(q.answer(), q.text());
  }

  static CitationFacts citation(ReadCitation c) {
    return new CitationFacts(
        c.code(),
        c.reference(),
        c.kind(),
        role(c.kind()),
        c.reasons(),
        c.publicInterest()
            .map(
                p ->
                    new PublicInterestFacts(
                        String.join("\n\n", p.argumentsFor()),
                        String.join("\n\n", p.argumentsAgainst()),
                        p.conclusion())));
  }

  /** The part a provision plays, as the compose screen records it from the catalogue's kind. */
  static CitationRole role(ProvisionKind kind) {
    return switch (kind) {
      case DENIAL -> CitationRole.DENIAL;
      case COST_LIMIT -> CitationRole.COST_LIMIT;
      case ADVICE -> CitationRole.ADVICE;
      case PROCEDURE -> CitationRole.PROCEDURE;
      case ABSOLUTE, QUALIFIED, REFUSAL -> CitationRole.EXEMPTION;
    };
  }
}
