package uk.foitracker.clock;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Regime;

/** The kinds of clock event an officer records, each mapped to the rule's event record. */
public enum ClockEventKind {
  CLARIFICATION_REQUESTED(
      "clarification-requested", "Ask for clarification", "Asked for clarification"),
  CLARIFICATION_RECEIVED(
      "clarification-received", "Clarification received", "Clarification received"),
  FEES_NOTICE_ISSUED("fees-notice-issued", "Fees notice issued", "Fees notice issued"),
  FEES_PAID("fees-paid", "Fee paid", "Fee received"),
  PUBLIC_INTEREST_EXTENSION(
      "public-interest-extension",
      "Extend time to consider the public interest (FOIA s.10(3))",
      "Time extended to consider the public interest"),
  COMPLEX_VOLUMINOUS_EXTENSION(
      "complex-voluminous-extension",
      "Extend to 40 working days: complex and voluminous (EIR reg 7)",
      "Time extended to 40 working days (EIR reg 7)"),
  /**
   * The response was sent: stops the clock. Recorded only by sending the response ({@code
   * Sending#send}), never as a bare clock event, so a request is never "sent" without its answers
   * and notice.
   */
  RESPONSE_SENT("response-sent", "Send the response", "Response sent"),
  /**
   * The request moves to the other regime (FOIA s.39(1), EIR reg 5): the clock re-runs under it.
   * Recorded with the new regime and a reason.
   */
  REGIME_CHANGED("regime-changed", "Change the regime (FOIA or EIR)", "Regime changed");

  private final String slug;
  private final String actionLabel;
  private final String pastTense;

  ClockEventKind(String slug, String actionLabel, String pastTense) {
    this.slug = slug;
    this.actionLabel = actionLabel;
    this.pastTense = pastTense;
  }

  /** The path segment and form id, e.g. "clarification-requested". */
  public String slug() {
    return slug;
  }

  /** The heading of the action's form. */
  public String actionLabel() {
    return actionLabel;
  }

  /** How the timeline words it. */
  public String pastTense() {
    return pastTense;
  }

  /** True when the event needs a second date (the new due date of a s.10(3) extension). */
  public boolean needsExtraDate() {
    return this == PUBLIC_INTEREST_EXTENSION;
  }

  /** True for the kinds an officer records directly on the request page or the requests API. */
  public boolean recordedDirectly() {
    return this != RESPONSE_SENT;
  }

  /** True when the regime allows this kind at all. */
  public boolean appliesTo(Regime regime) {
    return switch (this) {
      case PUBLIC_INTEREST_EXTENSION -> regime == Regime.FOIA;
      case COMPLEX_VOLUMINOUS_EXTENSION -> regime == Regime.EIR;
      default -> true;
    };
  }

  public static Optional<ClockEventKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }

  /** True when the event needs the new regime and a reason (a change of regime). */
  public boolean needsRegime() {
    return this == REGIME_CHANGED;
  }

  /** The rule's event; {@code extra} is required for a public interest extension. */
  public ClockEvent toEvent(LocalDate date, LocalDate extra) {
    return toEvent(date, extra, null, null);
  }

  /**
   * The rule's event; {@code extra} is required for a public interest extension, {@code from} and
   * {@code to} for a change of regime.
   */
  public ClockEvent toEvent(LocalDate date, LocalDate extra, Regime from, Regime to) {
    return switch (this) {
      case CLARIFICATION_REQUESTED -> new ClockEvent.ClarificationRequested(date);
      case CLARIFICATION_RECEIVED -> new ClockEvent.ClarificationReceived(date);
      case FEES_NOTICE_ISSUED -> new ClockEvent.FeesNoticeIssued(date);
      case FEES_PAID -> new ClockEvent.FeesPaid(date);
      case PUBLIC_INTEREST_EXTENSION -> new ClockEvent.PublicInterestExtension(date, extra);
      case COMPLEX_VOLUMINOUS_EXTENSION -> new ClockEvent.ComplexVoluminousExtension(date);
      case RESPONSE_SENT -> new ClockEvent.ResponseSent(date);
      case REGIME_CHANGED -> new ClockEvent.RegimeChanged(date, from, to);
    };
  }
}
