package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.AuthorityType;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * Everything the checks read about one response, as plain values built by a service from what is
 * recorded. Dates the response does not state are empty, never guessed.
 *
 * @param regime FOIA or EIR
 * @param received the date of receipt, if stated
 * @param responded whether the response has gone (sent, published, closed), dated or not
 * @param sent the date the response was sent, if stated
 * @param clockEvents what moved the statutory clock (clarification, fees, extensions), if recorded
 * @param asOf the day the checks are made (for a request still open)
 * @param questions every question in number order
 * @param cost the s.12 cost assessment, if there is one
 * @param smallNumberThreshold the authority's setting: a published count from 1 up to one less than
 *     this may identify people (0 is never flagged)
 * @param statedDue the due date the authority stated (in its acknowledgement), if stated: kept
 *     beside the statutory one that the checks work out from {@code received} and {@code
 *     clockEvents}, never replacing it
 * @param notice the refusal notice as sent (review and complaint paragraphs, the letter)
 * @param limit the appropriate limit and hourly rate of the Fees Regulations 2004 for this
 *     authority (reg 3: £600 central government, £450 others; reg 4(4): £25 an hour), never a
 *     figure the officer typed
 * @param instalments the instalments sent, in order (empty when the response went in one)
 * @param reviews the internal reviews, in order
 * @param authorityType what the Time for Compliance Regulations 2004 make of the authority (a
 *     school, archives...): {@code STANDARD} unless recorded
 */
public record ResponseFacts(
    Regime regime,
    Optional<LocalDate> received,
    boolean responded,
    Optional<LocalDate> sent,
    List<ClockEvent> clockEvents,
    LocalDate asOf,
    List<QuestionFacts> questions,
    Optional<CostFacts> cost,
    int smallNumberThreshold,
    Optional<LocalDate> statedDue,
    NoticeFacts notice,
    AppropriateLimit limit,
    List<InstalmentFacts> instalments,
    List<ReviewFacts> reviews,
    AuthorityType authorityType) {

  /** The facts of a standard authority (the 20 working days of s.10(1)). */
  public ResponseFacts(
      Regime regime,
      Optional<LocalDate> received,
      boolean responded,
      Optional<LocalDate> sent,
      List<ClockEvent> clockEvents,
      LocalDate asOf,
      List<QuestionFacts> questions,
      Optional<CostFacts> cost,
      int smallNumberThreshold,
      Optional<LocalDate> statedDue,
      NoticeFacts notice,
      AppropriateLimit limit,
      List<InstalmentFacts> instalments,
      List<ReviewFacts> reviews) {
    this(
        regime,
        received,
        responded,
        sent,
        clockEvents,
        asOf,
        questions,
        cost,
        smallNumberThreshold,
        statedDue,
        notice,
        limit,
        instalments,
        reviews,
        AuthorityType.STANDARD);
  }

  /** The facts with no notice, instalments or reviews recorded, for a local authority. */
  public ResponseFacts(
      Regime regime,
      Optional<LocalDate> received,
      boolean responded,
      Optional<LocalDate> sent,
      List<ClockEvent> clockEvents,
      LocalDate asOf,
      List<QuestionFacts> questions,
      Optional<CostFacts> cost,
      int smallNumberThreshold,
      Optional<LocalDate> statedDue) {
    this(
        regime,
        received,
        responded,
        sent,
        clockEvents,
        asOf,
        questions,
        cost,
        smallNumberThreshold,
        statedDue,
        NoticeFacts.NONE,
        AppropriateLimit.OTHER_AUTHORITY,
        List.of(),
        List.of());
  }

  /** The facts without a stated due date. */
  public ResponseFacts(
      Regime regime,
      Optional<LocalDate> received,
      boolean responded,
      Optional<LocalDate> sent,
      List<ClockEvent> clockEvents,
      LocalDate asOf,
      List<QuestionFacts> questions,
      Optional<CostFacts> cost,
      int smallNumberThreshold) {
    this(
        regime,
        received,
        responded,
        sent,
        clockEvents,
        asOf,
        questions,
        cost,
        smallNumberThreshold,
        Optional.empty());
  }

  public ResponseFacts {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(cost, "cost");
    statedDue = statedDue == null ? Optional.empty() : statedDue;
    notice = notice == null ? NoticeFacts.NONE : notice;
    limit = limit == null ? AppropriateLimit.OTHER_AUTHORITY : limit;
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    authorityType = authorityType == null ? AuthorityType.STANDARD : authorityType;
    clockEvents = List.copyOf(clockEvents);
    questions = List.copyOf(questions);
    if (smallNumberThreshold < 0) {
      throw new IllegalArgumentException("The small-number threshold cannot be negative");
    }
  }

  /**
   * The words the authority wrote in its response: every answer once (answers shared by several
   * questions are not repeated), the reasons of every citation, and the cost statement and advice.
   * The request's own words are not part of it.
   */
  public String letterText() {
    List<String> parts = new ArrayList<>();
    List<String> seenAnswers = new ArrayList<>();
    for (QuestionFacts q : questions) {
      if (q.answerKey() != null && !seenAnswers.contains(q.answerKey())) {
        seenAnswers.add(q.answerKey());
        parts.add(q.answerText());
      }
      q.citations().forEach(c -> parts.add(c.reasons()));
    }
    cost.ifPresent(
        c -> {
          parts.add(c.statement());
          parts.add(c.advice());
        });
    return String.join("\n\n", parts.stream().filter(Objects::nonNull).toList());
  }

  /**
   * Whether the authority stated a due date other than the statutory one: FOIA s.10(1), EIR reg
   * 5(2), the 20th working day after {@code received}, on the UK-wide calendar; false when either
   * is unknown or the count leaves the calendar.
   */
  public boolean statedDueDiffers() {
    if (statedDue.isEmpty() || received.isEmpty()) {
      return false;
    }
    try {
      return !statedDue.get().equals(StatutoryClock.due(regime, received.get()).due());
    } catch (OutsideCalendarException e) {
      return false;
    }
  }

  /** The questions on which some information asked for is refused or denied. */
  public List<QuestionFacts> refusedQuestions() {
    return questions.stream().filter(QuestionFacts::refuses).toList();
  }

  /** Whether the response is a refusal notice in part at least (FOIA s.17(1), (5)). */
  public boolean givesRefusalNotice() {
    return questions.stream().anyMatch(QuestionFacts::givesRefusalNotice);
  }
}
