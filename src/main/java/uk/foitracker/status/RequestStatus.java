package uk.foitracker.status;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.clock.ClockView;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;

/**
 * What a requester may see of their own request: where it is, when it was received and is due, how
 * the due date was counted, whether the council waits for their clarification, and where it is
 * published. Never anyone's personal data, never the questions of an unpublished request. Also the
 * JSON of {@code POST /api/status}.
 *
 * @param state the request's state, e.g. AWAITING_CLARIFICATION
 * @param stateLabel the state in plain words for the requester
 * @param due the day the response is due; null while the clock is stopped or paused
 * @param daysLeft working days left up to the due date while the clock runs; negative when late;
 *     null when there is no running count (stopped, paused, or the response was sent)
 * @param overdue whether the response is late (derived from the clock, never stored)
 * @param skipped the days between receipt and the last day counted that did not count, and why
 * @param waitingForClarificationSince the day the council asked the requester for clarification,
 *     while it waits for it
 * @param publishedSlug where the response is in the disclosure log ({@code /cases/{slug}})
 * @param steps where the request has been, in order, then what comes next: {@link Step}
 */
public record RequestStatus(
    String reference,
    Regime regime,
    RequestState state,
    String stateLabel,
    LocalDate receivedOn,
    LocalDate due,
    Integer daysLeft,
    boolean overdue,
    List<SkippedDay> skipped,
    LocalDate waitingForClarificationSince,
    String publishedSlug,
    @JsonIgnore ClockView clock,
    List<Step> steps) {

  /** A day that did not count towards the 20 working days, and why. */
  public record SkippedDay(LocalDate date, String reason) {}

  /**
   * One step of the request's progress.
   *
   * @param kind RECEIVED, CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE, FEES_PAID,
   *     EXTENDED, ANSWERED, PUBLISHED, REVIEW_REQUESTED, REVIEW_DECIDED, UNDER_REVIEW or
   *     RESPONSE_DUE
   * @param label the step in plain words for the requester
   * @param date the day it happened (or is due, for a step still to come); null when not stated
   * @param done false for the step still to come
   */
  public record Step(String kind, String label, LocalDate date, boolean done) {
    static Step done(String kind, String label, LocalDate date) {
      return new Step(kind, label, date, true);
    }

    static Step next(String kind, String label, LocalDate date) {
      return new Step(kind, label, date, false);
    }

    @JsonIgnore
    public String dateText() {
      return date == null ? (done ? "Date not stated" : null) : Dates.withDay(date);
    }
  }

  public RequestStatus {
    skipped = List.copyOf(skipped);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** The state in plain words for a requester. */
  static String plainWords(RequestState state) {
    return switch (state) {
      case OPEN -> "We are working on your request";
      case AWAITING_CLARIFICATION -> "We are waiting for your clarification";
      case AWAITING_FEE -> "We are waiting for the fee to be paid";
      case SENT, WITHHELD_FROM_LOG -> "We have sent you our response";
      case PUBLISHED -> "We have sent you our response and published it";
      case CLOSED -> "Your request is closed";
    };
  }

  public String regimeTitle() {
    return regime.title();
  }

  public String receivedText() {
    return Dates.withDay(receivedOn);
  }

  public String dueText() {
    if (due != null) {
      return Dates.withDay(due);
    }
    if (receivedOn == null) {
      return "Not stated: the date your request was received is not recorded";
    }
    return waitingForClarificationSince != null
        ? "Not set while we wait for your clarification"
        : "Not set while the clock is paused";
  }

  public String daysLeftText() {
    if (daysLeft == null) {
      return null;
    }
    return daysLeft == 1 ? "1 working day" : daysLeft + " working days";
  }

  public String lateText() {
    return clock == null ? null : clock.lateText();
  }

  public String waitingSinceText() {
    return Dates.withDay(waitingForClarificationSince);
  }

  public String caseHref() {
    return publishedSlug == null ? null : "/cases/" + publishedSlug;
  }
}
