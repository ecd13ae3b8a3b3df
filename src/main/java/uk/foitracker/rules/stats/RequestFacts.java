package uk.foitracker.rules.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.checks.ProvisionType;
import uk.foitracker.rules.checks.QuestionOutcome;

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
 */
public record RequestFacts(
    Regime regime,
    Optional<LocalDate> received,
    boolean resolved,
    Optional<Timeliness> timeliness,
    List<QuestionFacts> questions,
    Optional<ReviewFacts> review) {

  public RequestFacts {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(timeliness, "timeliness");
    Objects.requireNonNull(review, "review");
    questions = List.copyOf(questions);
    if (!resolved && timeliness.isPresent()) {
      throw new IllegalArgumentException("An unresolved request has no timeliness");
    }
  }

  /** The quarter of receipt, empty when the received date is not stated. */
  public Optional<Period> period() {
    return received.map(Period::of);
  }

  /** One question: its outcome and the provisions cited for it. */
  public record QuestionFacts(QuestionOutcome outcome, List<Cited> citations) {
    public QuestionFacts {
      Objects.requireNonNull(outcome, "outcome");
      citations = List.copyOf(citations);
    }
  }

  /**
   * A provision cited.
   *
   * @param code the catalogue code, e.g. "FOIA-40-2"
   * @param reference how the statute names it, e.g. "s.40(2)"
   * @param type what the catalogue says it is
   */
  public record Cited(String code, String reference, ProvisionType type) {
    public Cited {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(type, "type");
    }
  }

  /** An internal review: its outcome, empty until decided. */
  public record ReviewFacts(Optional<ReviewOutcome> outcome) {
    public ReviewFacts {
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** The outcome of an internal review, as the government's statistics count them. */
  public enum ReviewOutcome {
    UPHELD("Upheld"),
    PARTLY_OVERTURNED("Partly overturned"),
    OVERTURNED("Overturned");

    private final String label;

    ReviewOutcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
