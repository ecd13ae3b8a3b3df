package uk.foitracker.rules;

import static uk.foitracker.rules.ClockRun.capitalise;
import static uk.foitracker.rules.ClockRun.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import uk.foitracker.rules.ClockEvent.ClarificationReceived;
import uk.foitracker.rules.ClockEvent.ClarificationRequested;
import uk.foitracker.rules.ClockEvent.ComplexVoluminousExtension;
import uk.foitracker.rules.ClockEvent.FeesNoticeIssued;
import uk.foitracker.rules.ClockEvent.FeesPaid;
import uk.foitracker.rules.ClockEvent.InternalReviewDecided;
import uk.foitracker.rules.ClockEvent.InternalReviewRequested;
import uk.foitracker.rules.ClockEvent.PublicInterestExtension;
import uk.foitracker.rules.ClockEvent.RegimeChanged;
import uk.foitracker.rules.ClockEvent.ResponseSent;

/**
 * The first phase of {@link StatutoryClock}: walk the events once, in date order (list order on the
 * same day), check their order and collect what moves the clock. Every inconsistency is a {@link
 * ClockProblem} on the run; the walk goes on past it so that all of them are listed.
 */
final class EventWalk {

  /**
   * What the events leave behind.
   *
   * @param dateOfReceipt the "date of receipt" of FOIA s.10(6)(b): the day the request, or the last
   *     clarification, was received
   * @param clarificationPendingSince the day an unanswered clarification was asked for, or null
   * @param feeNoticePending the day an unpaid fees notice was given, or null
   * @param feePeriods the paid fee periods, in the order they were paid
   * @param clarificationRequests the days clarification was asked for
   * @param piExtension the FOIA s.10(3) extension, or null
   * @param reg7 the EIR reg 7(1) extension, or null
   * @param sent the day the response was sent, or null
   * @param reviewRequested the day an internal review was asked for, or null
   * @param reviewDecided the day the internal review was decided, or null
   * @param regime the regime the request is handled under after the last change of regime
   */
  record Walked(
      LocalDate dateOfReceipt,
      LocalDate clarificationPendingSince,
      LocalDate feeNoticePending,
      List<FeePeriod> feePeriods,
      List<LocalDate> clarificationRequests,
      PublicInterestExtension piExtension,
      ComplexVoluminousExtension reg7,
      LocalDate sent,
      LocalDate reviewRequested,
      LocalDate reviewDecided,
      Regime regime) {

    Walked {
      feePeriods = List.copyOf(feePeriods);
      clarificationRequests = List.copyOf(clarificationRequests);
    }
  }

  private record Indexed(int index, ClockEvent event) {}

  private Regime regime;
  private final LocalDate received;
  private final LocalDate today;
  private final ClockRun run;

  private LocalDate dateOfReceipt;
  private LocalDate clarificationPendingSince;
  private LocalDate feeNoticePending;
  private final List<FeePeriod> feePeriods = new ArrayList<>();
  private final List<LocalDate> clarificationRequests = new ArrayList<>();
  private PublicInterestExtension piExtension;
  private ComplexVoluminousExtension reg7;
  private LocalDate sent;
  private LocalDate reviewRequested;
  private LocalDate reviewDecided;

  private EventWalk(Regime regime, LocalDate received, LocalDate today, ClockRun run) {
    this.regime = regime;
    this.received = received;
    this.today = today;
    this.run = run;
    this.dateOfReceipt = received;
  }

  /** Walks {@code events}, adding their problems, notes and warnings to {@code run}. */
  static Walked walk(
      Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today, ClockRun run) {
    EventWalk walk = new EventWalk(regime, received, today, run);
    List<Indexed> ordered =
        IntStream.range(0, events.size())
            .mapToObj(i -> new Indexed(i, Objects.requireNonNull(events.get(i), "event " + i)))
            .sorted(
                Comparator.comparing((Indexed e) -> e.event().date())
                    .thenComparingInt(Indexed::index))
            .toList();
    // the regime the request was received under: the one the first change of regime leaves
    ordered.stream()
        .map(Indexed::event)
        .filter(e -> e instanceof RegimeChanged)
        .map(e -> ((RegimeChanged) e).from())
        .findFirst()
        .ifPresent(first -> walk.regime = first);
    for (Indexed ie : ordered) {
      walk.accept(ie.index(), ie.event());
    }
    if (walk.regime != regime) {
      run.problem(
          ClockProblem.NO_EVENT,
          "The request is handled under "
              + regime.name()
              + " but its changes of regime leave it under "
              + walk.regime.name()
              + ".");
    }
    return new Walked(
        walk.dateOfReceipt,
        walk.clarificationPendingSince,
        walk.feeNoticePending,
        walk.feePeriods,
        walk.clarificationRequests,
        walk.piExtension,
        walk.reg7,
        walk.sent,
        walk.reviewRequested,
        walk.reviewDecided,
        walk.regime);
  }

  private void accept(int i, ClockEvent e) {
    String when = format(e.date());
    String what = capitalise(e.label());
    if (e.date().isBefore(received)) {
      run.problem(
          i,
          what + " on " + when + " is before the request was received (" + format(received) + ").");
      return;
    }
    if (e.date().isAfter(today)) {
      run.problem(i, what + " on " + when + " is in the future.");
      return;
    }
    boolean reviewEvent =
        e instanceof InternalReviewRequested || e instanceof InternalReviewDecided;
    if (sent != null && !reviewEvent) {
      run.problem(
          i, what + " on " + when + " comes after the response was sent on " + format(sent) + ".");
      return;
    }
    // No default branch: a new kind of event does not compile until it is handled here.
    switch (e) {
      case ClarificationRequested c -> clarificationRequested(i, c.date());
      case ClarificationReceived c -> clarificationReceived(i, c.date());
      case FeesNoticeIssued f -> feesNoticeIssued(i, f.date());
      case FeesPaid f -> feesPaid(i, f.date());
      case PublicInterestExtension pi -> publicInterestExtension(i, pi);
      case ComplexVoluminousExtension cv -> complexVoluminousExtension(i, cv);
      case ResponseSent r -> sent = r.date();
      case InternalReviewRequested r -> reviewRequested(i, r.date());
      case InternalReviewDecided r -> reviewDecided(i, r.date());
      case RegimeChanged c -> regimeChanged(i, c);
    }
  }

  /** FOIA s.1(3), EIR reg 9(2)(a): the clock stops until the clarification arrives. */
  private void clarificationRequested(int i, LocalDate date) {
    String when = format(date);
    if (clarificationPendingSince != null) {
      run.problem(
          i,
          "Clarification was requested again on "
              + when
              + " while the request of "
              + format(clarificationPendingSince)
              + " is unanswered.");
    } else if (feeNoticePending != null) {
      run.problem(
          i,
          "Clarification was requested on "
              + when
              + " while the fees notice of "
              + format(feeNoticePending)
              + " is unpaid.");
    } else {
      clarificationPendingSince = date;
      clarificationRequests.add(date);
    }
  }

  /** FOIA s.10(6)(b), EIR reg 9(4): the day it arrives becomes the date of receipt. */
  private void clarificationReceived(int i, LocalDate date) {
    String when = format(date);
    if (clarificationPendingSince == null) {
      run.problem(
          i,
          "Clarification was received on "
              + when
              + " but no clarification had been requested before then.");
    } else {
      run.notes.add(
          "Clarification requested "
              + format(clarificationPendingSince)
              + " and received "
              + when
              + ": the clock restarts from day 1 the next working day (FOIA s.1(3) and"
              + " s.10(6)(b); EIR reg 9(4)).");
      clarificationPendingSince = null;
      dateOfReceipt = date;
    }
  }

  /** FOIA s.9(1), EIR reg 8: the count pauses on the day the notice is given. */
  private void feesNoticeIssued(int i, LocalDate date) {
    String when = format(date);
    if (feeNoticePending != null) {
      run.problem(
          i,
          "A fees notice was issued on "
              + when
              + " while the fees notice of "
              + format(feeNoticePending)
              + " is unpaid.");
    } else if (clarificationPendingSince != null) {
      run.problem(
          i,
          "A fees notice was issued on "
              + when
              + " while waiting for the clarification requested on "
              + format(clarificationPendingSince)
              + ".");
    } else {
      feeNoticePending = date;
    }
  }

  /** FOIA s.10(2): the working days from the notice to the fee are disregarded. */
  private void feesPaid(int i, LocalDate date) {
    String when = format(date);
    if (feeNoticePending == null) {
      run.problem(
          i, "A fee was paid on " + when + " but no fees notice had been issued before then.");
    } else {
      feePeriods.add(new FeePeriod(feeNoticePending, date));
      run.checkFeeTime(regime, feeNoticePending, date, true);
      run.notes.add(
          "Fees notice given "
              + format(feeNoticePending)
              + " and fee received "
              + when
              + ": the working days from one to the other are disregarded (FOIA s.10(2)).");
      feeNoticePending = null;
    }
  }

  /** FOIA s.10(3), FOIA only, once, and not while the clock is stopped. */
  private void publicInterestExtension(int i, PublicInterestExtension pi) {
    if (regime != Regime.FOIA) {
      run.problem(
          i,
          "A public interest extension (FOIA s.10(3)) does not apply to an EIR request;"
              + " use the regulation 7 extension.");
    } else if (piExtension != null) {
      run.problem(
          i,
          "Time was already extended for the public interest on "
              + format(piExtension.date())
              + ".");
    } else if (clarificationPendingSince != null || feeNoticePending != null) {
      run.problem(
          i, "Time cannot be extended on " + format(pi.date()) + " while the clock is stopped.");
    } else {
      piExtension = pi;
    }
  }

  /** EIR reg 7(1), EIR only, once, and not while the clock is stopped. */
  private void complexVoluminousExtension(int i, ComplexVoluminousExtension cv) {
    if (regime != Regime.EIR) {
      run.problem(
          i, "The extension to 40 working days (EIR reg 7) does not apply to a FOIA request.");
    } else if (reg7 != null) {
      run.problem(
          i, "Time was already extended to 40 working days on " + format(reg7.date()) + ".");
    } else if (clarificationPendingSince != null || feeNoticePending != null) {
      run.problem(
          i, "Time cannot be extended on " + format(cv.date()) + " while the clock is stopped.");
    } else {
      reg7 = cv;
    }
  }

  /**
   * FOIA s.39(1) and EIR reg 5: the request moves to the other regime. The count keeps the date of
   * receipt (both give 20 working days from it); an extension only the old regime allows falls
   * away, and the rules of the new regime apply to every later event.
   */
  private void regimeChanged(int i, RegimeChanged c) {
    String when = format(c.date());
    if (c.from() == c.to()) {
      run.problem(i, "The regime was changed on " + when + " to " + c.to().name() + ", as before.");
      return;
    }
    if (c.from() != regime) {
      run.problem(
          i,
          "The regime was changed on "
              + when
              + " from "
              + c.from().name()
              + " but the request was then under "
              + regime.name()
              + ".");
      return;
    }
    regime = c.to();
    run.notes.add(
        "Handled under "
            + (c.to() == Regime.EIR ? "the EIR" : "FOIA")
            + " from "
            + when
            + " (before: "
            + c.from().name()
            + "): the clock re-runs under the new regime from the date of receipt, "
            + format(received)
            + " (FOIA s.10(1); EIR reg 5(2)).");
    if (c.to() == Regime.EIR && piExtension != null) {
      run.notes.add(
          "The public interest extension of "
              + format(piExtension.date())
              + " (FOIA s.10(3)) does not apply under the EIR and no longer counts.");
      piExtension = null;
    }
    if (c.to() == Regime.FOIA && reg7 != null) {
      run.notes.add(
          "The extension to 40 working days of "
              + format(reg7.date())
              + " (EIR reg 7) does not apply under FOIA and no longer counts.");
      reg7 = null;
    }
  }

  /** FOIA s.45 Code part 5, EIR reg 11(1): one review per request. */
  private void reviewRequested(int i, LocalDate date) {
    if (reviewRequested != null) {
      run.problem(
          i, "An internal review was already requested on " + format(reviewRequested) + ".");
    } else {
      reviewRequested = date;
    }
  }

  private void reviewDecided(int i, LocalDate date) {
    if (reviewRequested == null) {
      run.problem(
          i,
          "An internal review was decided on "
              + format(date)
              + " but no review had been requested before then.");
    } else if (reviewDecided != null) {
      run.problem(i, "The internal review was already decided on " + format(reviewDecided) + ".");
    } else {
      reviewDecided = date;
    }
  }
}
