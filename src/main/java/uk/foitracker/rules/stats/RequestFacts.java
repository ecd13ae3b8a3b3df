package uk.foitracker.rules.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewOutcome;

/**
 * What the statistics need to know of one request.
 *
 * @param regime FOIA or EIR
 * @param received the day it was received; empty when not stated (it then has no period)
 * @param resolved whether the response was sent
 * @param timeliness how the sent response met its time limit; empty while unresolved, or when it
 *     cannot be known (no received date)
 * @param questions the questions with their outcomes and citations
 * @param review the internal review, when one was asked for
 * @param open where an unresolved request stands (lapsed, on hold, overdue, not yet due); empty
 *     when resolved
 */
public record RequestFacts(
    Regime regime,
    Optional<LocalDate> received,
    boolean resolved,
    Optional<Timeliness> timeliness,
    List<QuestionFacts> questions,
    Optional<ReviewFacts> review,
    Optional<OpenStatus> open) {

  public RequestFacts {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(timeliness, "timeliness");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(open, "open");
    questions = List.copyOf(questions);
    if (!resolved && timeliness.isPresent()) {
      throw new IllegalArgumentException("An unresolved request has no timeliness");
    }
    if (resolved && open.isPresent()) {
      throw new IllegalArgumentException("A resolved request is not open");
    }
    if (!resolved && open.isEmpty()) {
      open = Optional.of(received.isEmpty() ? OpenStatus.NOT_KNOWN : OpenStatus.NOT_YET_DUE);
    }
  }

  /**
   * One whose open status is not known beyond "not yet due" (or "not known" without a received
   * date) while unresolved.
   */
  public RequestFacts(
      Regime regime,
      Optional<LocalDate> received,
      boolean resolved,
      Optional<Timeliness> timeliness,
      List<QuestionFacts> questions,
      Optional<ReviewFacts> review) {
    this(regime, received, resolved, timeliness, questions, review, Optional.empty());
  }

  /** The quarter of receipt, empty when the received date is not stated. */
  public Optional<Period> period() {
    return received.map(Period::of);
  }

  /**
   * One question: its outcome and the provisions cited for it.
   *
   * @param outcome the recorded outcome, empty when not stated
   * @param citations the provisions cited
   */
  public record QuestionFacts(Optional<Outcome> outcome, List<Cited> citations) {
    public QuestionFacts {
      Objects.requireNonNull(outcome, "outcome");
      citations = List.copyOf(citations);
    }

    /** One whose outcome is {@code outcome}, or not stated when it is null. */
    public QuestionFacts(Outcome outcome, List<Cited> citations) {
      this(Optional.ofNullable(outcome), citations);
    }

    /** Whether the recorded outcome is {@code o} (never, when not stated). */
    public boolean outcomeIs(Outcome o) {
      return outcome.isPresent() && outcome.get() == o;
    }
  }

  /**
   * A provision cited.
   *
   * @param code the catalogue code, e.g. "FOIA-40-2"
   * @param reference how the statute names it, e.g. "s.40(2)"
   * @param type what the catalogue says it is
   */
  public record Cited(String code, String reference, ProvisionKind type) {
    public Cited {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * An internal review.
   *
   * @param outcome empty until decided
   * @param timeliness how it met its time limit; empty when not known
   */
  public record ReviewFacts(
      Optional<ReviewOutcome> outcome, Optional<ReviewTimeliness> timeliness) {
    public ReviewFacts {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(timeliness, "timeliness");
    }

    /** One whose timeliness is not known. */
    public ReviewFacts(Optional<ReviewOutcome> outcome) {
      this(outcome, Optional.empty());
    }
  }
}
