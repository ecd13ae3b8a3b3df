package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to a request and moves its statutory clock. The clock is derived from
 * these events every time; it is never stored. Every event has the date on which it happened.
 */
public sealed interface ClockEvent {

  /** The day the event happened. */
  LocalDate date();

  /** A short label for messages, e.g. "clarification received". */
  String label();

  /**
   * The authority asked the applicant for the further information it reasonably requires to
   * identify and locate the information (FOIA s.1(3); EIR reg 9(2)(a) "more particulars"). The
   * clock stops.
   */
  record ClarificationRequested(LocalDate date) implements ClockEvent {
    public ClarificationRequested {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "clarification requested";
    }
  }

  /**
   * The applicant supplied the clarification. It becomes the "date of receipt" (FOIA s.10(6)(b);
   * EIR reg 9(4)) and a fresh 20 working days starts the day after.
   */
  record ClarificationReceived(LocalDate date) implements ClockEvent {
    public ClarificationReceived {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "clarification received";
    }
  }

  /** A fees notice was given to the applicant (FOIA s.9(1); EIR reg 8 advance payment). */
  record FeesNoticeIssued(LocalDate date) implements ClockEvent {
    public FeesNoticeIssued {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "fees notice issued";
    }
  }

  /** The authority received the fee (FOIA s.9(2), s.10(2)). */
  record FeesPaid(LocalDate date) implements ClockEvent {
    public FeesPaid {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "fee paid";
    }
  }

  /**
   * FOIA only: the authority gave a s.17(2) notice that it needs more time to consider the public
   * interest (s.10(3)), with the date by which it expects to decide.
   *
   * @param date the day the s.17(2) notice was given
   * @param newDue the estimated date for the decision (s.17(2)), the new target
   */
  record PublicInterestExtension(LocalDate date, LocalDate newDue) implements ClockEvent {
    public PublicInterestExtension {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(newDue, "newDue");
    }

    @Override
    public String label() {
      return "public interest extension";
    }
  }

  /**
   * EIR only: the authority extended the time to 40 working days because the complexity and volume
   * of the information make 20 impracticable (reg 7(1)), and told the applicant (reg 7(3)).
   */
  record ComplexVoluminousExtension(LocalDate date) implements ClockEvent {
    public ComplexVoluminousExtension {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "extension for complex and voluminous information";
    }
  }

  /** The response (information, refusal notice, or both) was sent. The clock stops. */
  record ResponseSent(LocalDate date) implements ClockEvent {
    public ResponseSent {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "response sent";
    }
  }

  /**
   * The applicant asked for an internal review (FOIA s.45 Code of Practice part 5) or made
   * representations (EIR reg 11(1)).
   */
  record InternalReviewRequested(LocalDate date) implements ClockEvent {
    public InternalReviewRequested {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "internal review requested";
    }
  }

  /** The authority notified the applicant of its review decision (EIR reg 11(4)). */
  record InternalReviewDecided(LocalDate date) implements ClockEvent {
    public InternalReviewDecided {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String label() {
      return "internal review decided";
    }
  }

  /**
   * The authority decided the request falls under the other regime (FOIA to EIR or back): FOIA
   * s.39(1) exempts environmental information, which must be dealt with under the EIR; information
   * that is not environmental is a FOIA request. The clock re-runs under the new regime from the
   * original date of receipt (FOIA s.10(1) and EIR reg 5(2) both count 20 working days from it); an
   * extension only the old regime allows (s.10(3), or reg 7) no longer counts.
   *
   * @param date the day the authority decided it (and, usually, told the applicant)
   * @param from the regime the request was handled under until then
   * @param to the regime it is handled under from then on
   */
  record RegimeChanged(LocalDate date, Regime from, Regime to) implements ClockEvent {
    public RegimeChanged {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String label() {
      return "regime changed to " + to.name();
    }
  }
}
