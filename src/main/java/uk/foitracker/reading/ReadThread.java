package uk.foitracker.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.ReviewOutcome;

/**
 * The dated events of an e-mail thread that move the statutory clock or open an internal review,
 * each read only where the thread states it with a date (a message's own date, or a date written in
 * it). A single letter with no dated messages reads as {@link #NONE}.
 *
 * @param events the clock events in the order of the thread
 * @param reviews the internal reviews, first first
 * @param lastMessage the date of the thread's last dated message: what the thread shows is as at
 *     that day
 * @param noResponse the requester's own words that no response has come, if the thread has them
 * @param instalments the messages of a response the thread states was sent in parts, in order
 */
public record ReadThread(
    List<ReadClockEvent> events,
    List<ReadReview> reviews,
    Optional<Read<LocalDate>> lastMessage,
    Optional<Read<String>> noResponse,
    List<ReadInstalment> instalments) {

  public static final ReadThread NONE =
      new ReadThread(List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());

  public ReadThread {
    events = List.copyOf(events);
    reviews = List.copyOf(reviews);
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
  }

  /**
   * One part of a response sent in parts.
   *
   * @param number 1, 2, ...
   * @param message where the message stands in the text (the answers read inside it are its own)
   * @param sent the message's date
   * @param moreToFollow whether it says more is to follow
   */
  public record ReadInstalment(
      int number, Span message, Read<LocalDate> sent, boolean moreToFollow) {}

  /** What moved the clock, as the thread states it. */
  public enum Kind {
    /** The authority asked for the particulars it needs (FOIA s.1(3), EIR reg 9(2)). */
    CLARIFICATION_REQUESTED,
    /** The requester gave them (FOIA s.10(6)(b), EIR reg 9(4)). */
    CLARIFICATION_RECEIVED,
    /** A fees notice (FOIA s.9(1), EIR reg 8). */
    FEES_NOTICE_ISSUED,
    /** The fee was paid (FOIA s.10(2)). */
    FEES_PAID,
    /** A s.17(2) notice extending time under s.10(3) to consider the public interest. */
    PUBLIC_INTEREST_EXTENSION,
    /** An EIR reg 7(1) extension for complex and voluminous information. */
    COMPLEX_VOLUMINOUS_EXTENSION
  }

  /**
   * One clock event.
   *
   * @param kind what happened
   * @param date the day it happened, where the thread states it
   * @param newDue for a s.10(3) extension, the date the notice estimates for the decision
   */
  public record ReadClockEvent(Kind kind, Read<LocalDate> date, Optional<Read<LocalDate>> newDue) {}

  /**
   * One internal review (or EIR reg 11 reconsideration).
   *
   * @param number 1, 2, ...
   * @param requested the day it was asked for
   * @param acknowledged the day the authority acknowledged it
   * @param statedDue the date the acknowledgement says the review will be decided by
   * @param decided the day the decision was sent
   * @param outcome the decision on the original response, where the letter states it plainly
   */
  public record ReadReview(
      int number,
      Read<LocalDate> requested,
      Optional<Read<LocalDate>> acknowledged,
      Optional<Read<LocalDate>> statedDue,
      Optional<Read<LocalDate>> decided,
      Optional<ReviewOutcome> outcome) {}
}
