package uk.foitracker.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.foitracker.rules.ClockEvent.ClarificationReceived;
import uk.foitracker.rules.ClockEvent.ClarificationRequested;
import uk.foitracker.rules.ClockEvent.ComplexVoluminousExtension;
import uk.foitracker.rules.ClockEvent.FeesNoticeIssued;
import uk.foitracker.rules.ClockEvent.FeesPaid;
import uk.foitracker.rules.ClockEvent.InternalReviewDecided;
import uk.foitracker.rules.ClockEvent.InternalReviewRequested;
import uk.foitracker.rules.ClockEvent.PublicInterestExtension;
import uk.foitracker.rules.ClockEvent.ResponseSent;

/**
 * The statutory clock of a request, computed from its events and never stored.
 *
 * <ul>
 *   <li>FOIA s.10(1): comply "promptly and in any event not later than the twentieth working day
 *       following the date of receipt"; EIR reg 5(2) the same. Day 1 is the first working day after
 *       the date of receipt, whatever day the request arrived on.
 *   <li>FOIA s.1(3) and s.10(6)(b): when the authority asks for the information it reasonably
 *       requires to identify and locate what is asked for, the clock stops; the "date of receipt"
 *       becomes the day the clarification is received and a fresh 20 working days starts the day
 *       after. Days used before do not carry over. EIR reg 9(4): the day the further particulars
 *       are received "shall be treated as the date after which the period of 20 working days ...
 *       shall be calculated".
 *   <li>FOIA s.10(2): "the working days in the period beginning with the day on which the fees
 *       notice is given to the applicant and ending with the day on which the fee is received by
 *       the authority are to be disregarded". Read literally, both end days are disregarded too
 *       (when they are working days): the count pauses on the notice day and resumes on the first
 *       working day after the fee arrives, so the due date moves later by exactly the number of
 *       working days in that closed period, if the period falls before the due date. A fees notice
 *       given after the due date cannot move it (s.9(1) requires the notice within the time for
 *       complying). The EIR advance-payment rule (reg 8) is treated the same way.
 *   <li>FOIA s.10(3): with a public interest extension the authority need not comply "until such
 *       time as is reasonable in the circumstances; but this subsection does not affect the time by
 *       which any notice under section 17(1) must be given". The new date becomes the target; the
 *       s.17(1) refusal notice stays due on the 20th working day; a warning when the new date is
 *       more than 20 working days beyond the original (the ICO's guidance).
 *   <li>EIR reg 7(1): extension to 40 working days for complex and voluminous information; the reg
 *       14(2) refusal notice moves with it (reg 7(2)).
 *   <li>Internal review: FOIA s.45 Code of Practice (2018) para 5.4, 20 working days, 40 at most;
 *       EIR reg 11(4), 40 working days.
 * </ul>
 *
 * <p>Thread-safe and stateless apart from its calendar.
 */
public final class StatutoryClock {

  /** FOIA s.10(1), EIR reg 5(2): the twentieth working day. */
  public static final int STANDARD_WORKING_DAYS = 20;

  /** EIR reg 7(1): "40 working days". */
  public static final int EIR_EXTENDED_WORKING_DAYS = 40;

  /** ICO guidance on s.10(3): no more than 20 further working days for the public interest. */
  public static final int PUBLIC_INTEREST_GUIDANCE_WORKING_DAYS = 20;

  /** FOIA s.45 Code para 5.4: review normally within 20 working days. */
  public static final int FOIA_REVIEW_WORKING_DAYS = 20;

  /** FOIA s.45 Code para 5.4 (at most) and EIR reg 11(4): 40 working days. */
  public static final int LONGEST_REVIEW_WORKING_DAYS = 40;

  private static final StatutoryClock UK_WIDE = new StatutoryClock(WorkingDayCalendar.ukWide());

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final WorkingDayCalendar calendar;

  public StatutoryClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The clock on the UK-wide calendar. */
  public static StatutoryClock ukWide() {
    return UK_WIDE;
  }

  /** The calendar this clock counts on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The deadline calculator: the 20th working day after receipt (FOIA s.10(1), EIR reg 5(2)), on
   * the UK-wide calendar.
   *
   * @throws OutsideCalendarException if the count leaves the calendar's years
   */
  public static DueDate due(Regime regime, LocalDate received) {
    return UK_WIDE.deadline(regime, received, STANDARD_WORKING_DAYS);
  }

  /**
   * The deadline calculator for an EIR request extended under reg 7(1): the 40th working day after
   * receipt, on the UK-wide calendar.
   */
  public static DueDate dueWithRegulation7Extension(LocalDate received) {
    return UK_WIDE.deadline(Regime.EIR, received, EIR_EXTENDED_WORKING_DAYS);
  }

  /**
   * The {@code workingDays}th working day after {@code received}, with every day skipped.
   *
   * @param workingDays 20, or 40 for EIR only (reg 7(1))
   * @throws IllegalArgumentException for any other number, or 40 under FOIA
   */
  public DueDate deadline(Regime regime, LocalDate received, int workingDays) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    if (workingDays != STANDARD_WORKING_DAYS
        && !(workingDays == EIR_EXTENDED_WORKING_DAYS && regime == Regime.EIR)) {
      throw new IllegalArgumentException(
          "The time for compliance is 20 working days, or 40 under EIR regulation 7; not "
              + workingDays
              + " under "
              + regime);
    }
    List<NonWorkingDay> skipped = new ArrayList<>();
    LocalDate dayOne = null;
    LocalDate d = received;
    int counted = 0;
    while (counted < workingDays) {
      d = d.plusDays(1);
      Optional<NonWorkingDay> off = calendar.nonWorkingDay(d);
      if (off.isPresent()) {
        skipped.add(off.get());
      } else {
        counted++;
        if (counted == 1) {
          dayOne = d;
        }
      }
    }
    return new DueDate(regime, received, workingDays, dayOne, d, skipped, calendar.name());
  }

  /**
   * The problems that stop the events becoming a clock; empty when they are consistent.
   *
   * @param events in any order; they are taken in date order, and in list order on the same day
   */
  public List<ClockProblem> validate(
      Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today) {
    return run(regime, received, events, today).problems;
  }

  /**
   * The clock as at {@code today}.
   *
   * @param events in any order; they are taken in date order, and in list order on the same day
   * @param today the day to work the figures out for, while no response has been sent
   * @throws InvalidClockEventsException listing every problem when the events are inconsistent
   * @throws OutsideCalendarException if a date falls outside the calendar's years
   */
  public ClockResult calculate(
      Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today) {
    Run run = run(regime, received, events, today);
    if (!run.problems.isEmpty()) {
      throw new InvalidClockEventsException(run.problems);
    }
    return run.result;
  }

  // ---------------------------------------------------------------------------------------------

  private record Indexed(int index, ClockEvent event) {}

  /** A fees period; {@code paid} is null while the fee is outstanding. */
  private record FeePeriod(LocalDate notice, LocalDate paid) {
    boolean contains(LocalDate d) {
      return !d.isBefore(notice) && (paid == null || !d.isAfter(paid));
    }
  }

  private static final class Run {
    final List<ClockProblem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    ClockResult result;

    void problem(int index, String message) {
      problems.add(new ClockProblem(index, message));
    }
  }

  private Run run(Regime regime, LocalDate received, List<ClockEvent> events, LocalDate today) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(today, "today");
    Run run = new Run();
    if (today.isBefore(received)) {
      run.problem(
          ClockProblem.NO_EVENT,
          "The date received (" + format(received) + ") must be today or in the past.");
    }
    List<Indexed> ordered =
        IntStream.range(0, events.size())
            .mapToObj(i -> new Indexed(i, Objects.requireNonNull(events.get(i), "event " + i)))
            .sorted(
                Comparator.comparing((Indexed e) -> e.event().date())
                    .thenComparingInt(Indexed::index))
            .toList();

    // Walk the events once: check their order and collect what moves the clock.
    LocalDate dateOfReceipt = received;
    LocalDate clarificationPendingSince = null;
    LocalDate feeNoticePending = null;
    List<FeePeriod> feePeriods = new ArrayList<>();
    List<LocalDate> clarificationRequests = new ArrayList<>();
    PublicInterestExtension piExtension = null;
    ComplexVoluminousExtension reg7 = null;
    LocalDate sent = null;
    LocalDate reviewRequested = null;
    LocalDate reviewDecided = null;

    for (Indexed ie : ordered) {
      int i = ie.index();
      ClockEvent e = ie.event();
      String when = format(e.date());
      String what = capitalise(e.label());
      if (e.date().isBefore(received)) {
        run.problem(
            i,
            what
                + " on "
                + when
                + " is before the request was received ("
                + format(received)
                + ").");
        continue;
      }
      if (e.date().isAfter(today)) {
        run.problem(i, what + " on " + when + " is in the future.");
        continue;
      }
      boolean reviewEvent =
          e instanceof InternalReviewRequested || e instanceof InternalReviewDecided;
      if (sent != null && !reviewEvent) {
        run.problem(
            i,
            what + " on " + when + " comes after the response was sent on " + format(sent) + ".");
        continue;
      }
      if (e instanceof ClarificationRequested) {
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
          clarificationPendingSince = e.date();
          clarificationRequests.add(e.date());
        }
      } else if (e instanceof ClarificationReceived) {
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
          dateOfReceipt = e.date();
        }
      } else if (e instanceof FeesNoticeIssued) {
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
          feeNoticePending = e.date();
        }
      } else if (e instanceof FeesPaid) {
        if (feeNoticePending == null) {
          run.problem(
              i, "A fee was paid on " + when + " but no fees notice had been issued before then.");
        } else {
          feePeriods.add(new FeePeriod(feeNoticePending, e.date()));
          checkFeeTime(regime, feeNoticePending, e.date(), true, run);
          run.notes.add(
              "Fees notice given "
                  + format(feeNoticePending)
                  + " and fee received "
                  + when
                  + ": the working days from one to the other are disregarded (FOIA s.10(2)).");
          feeNoticePending = null;
        }
      } else if (e instanceof PublicInterestExtension pi) {
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
          run.problem(i, "Time cannot be extended on " + when + " while the clock is stopped.");
        } else {
          piExtension = pi;
        }
      } else if (e instanceof ComplexVoluminousExtension cv) {
        if (regime != Regime.EIR) {
          run.problem(
              i, "The extension to 40 working days (EIR reg 7) does not apply to a FOIA request.");
        } else if (reg7 != null) {
          run.problem(
              i, "Time was already extended to 40 working days on " + format(reg7.date()) + ".");
        } else if (clarificationPendingSince != null || feeNoticePending != null) {
          run.problem(i, "Time cannot be extended on " + when + " while the clock is stopped.");
        } else {
          reg7 = cv;
        }
      } else if (e instanceof ResponseSent) {
        sent = e.date();
      } else if (e instanceof InternalReviewRequested) {
        if (reviewRequested != null) {
          run.problem(
              i, "An internal review was already requested on " + format(reviewRequested) + ".");
        } else {
          reviewRequested = e.date();
        }
      } else if (e instanceof InternalReviewDecided) {
        if (reviewRequested == null) {
          run.problem(
              i,
              "An internal review was decided on "
                  + when
                  + " but no review had been requested before then.");
        } else if (reviewDecided != null) {
          run.problem(
              i, "The internal review was already decided on " + format(reviewDecided) + ".");
        } else {
          reviewDecided = e.date();
        }
      }
    }
    if (!run.problems.isEmpty()) {
      return run;
    }

    // Count the days.
    int limit = reg7 != null ? EIR_EXTENDED_WORKING_DAYS : STANDARD_WORKING_DAYS;
    if (feeNoticePending != null) {
      feePeriods.add(new FeePeriod(feeNoticePending, null));
    }
    List<Explanation.Day> days = new ArrayList<>();
    LocalDate statutoryDue = null;
    LocalDate day20 = null;
    int counted = 0;
    LocalDate d = dateOfReceipt;
    boolean paused = false;
    while (true) {
      d = d.plusDays(1);
      if (clarificationPendingSince != null && !d.isBefore(clarificationPendingSince)) {
        paused = true;
        break;
      }
      Optional<NonWorkingDay> off = calendar.nonWorkingDay(d);
      if (off.isPresent()) {
        days.add(new Explanation.Skipped(d, off.get().reason()));
        continue;
      }
      FeePeriod fee = feePeriodContaining(feePeriods, d);
      if (fee != null && fee.paid() == null) {
        paused = true;
        break;
      }
      if (fee != null) {
        days.add(
            new Explanation.Skipped(
                d,
                "Disregarded: fees notice given "
                    + format(fee.notice())
                    + ", fee received "
                    + format(fee.paid())
                    + " (FOIA s.10(2))"));
        continue;
      }
      counted++;
      days.add(new Explanation.Counted(counted, d));
      if (counted == STANDARD_WORKING_DAYS) {
        day20 = d;
      }
      if (counted == limit) {
        statutoryDue = d;
        break;
      }
    }
    if (clarificationPendingSince != null) {
      // Even when asked after the 20th working day: s.10(6)(b) makes the day the clarification
      // arrives the date of receipt, so there is no due date until then.
      paused = true;
    }
    LocalDate countFrom = dateOfReceipt;
    LocalDate dayOne =
        days.stream()
            .filter(Explanation.Counted.class::isInstance)
            .map(Explanation.Day::date)
            .findFirst()
            .orElseGet(() -> calendar.addWorkingDays(countFrom, 1));

    // Extensions.
    LocalDate due = statutoryDue;
    if (piExtension != null && !paused) {
      if (!piExtension.newDue().isAfter(statutoryDue)) {
        run.problem(
            events.indexOf(piExtension),
            "The new date for the public interest decision ("
                + format(piExtension.newDue())
                + ") must be after the original due date ("
                + format(statutoryDue)
                + ").");
        return run;
      }
      due = piExtension.newDue();
      int beyond = calendar.workingDaysBetween(statutoryDue, due);
      run.notes.add(
          "Time extended on "
              + format(piExtension.date())
              + " to consider the public interest: the response is due on "
              + format(due)
              + "; the s.17(1) refusal notice stayed due on "
              + format(statutoryDue)
              + " (FOIA s.10(3)).");
      if (beyond > PUBLIC_INTEREST_GUIDANCE_WORKING_DAYS) {
        run.warnings.add(
            "The public interest extension runs "
                + beyond
                + " working days beyond the original due date ("
                + format(statutoryDue)
                + "). The ICO expects no more than 20 further working days; s.10(3) allows only"
                + " a time that is reasonable in the circumstances.");
      }
      if (piExtension.date().isAfter(statutoryDue)) {
        run.warnings.add(
            "The s.17(2) notice extending time was given on "
                + format(piExtension.date())
                + ", after the 20th working day ("
                + format(statutoryDue)
                + "); s.10(3) does not extend the time for that notice.");
      }
    }
    if (reg7 != null) {
      run.notes.add(
          "Extended on "
              + format(reg7.date())
              + " to 40 working days: complex and voluminous information (EIR reg 7(1)).");
      if (day20 != null && reg7.date().isAfter(day20)) {
        run.warnings.add(
            "The applicant was told of the extension on "
                + format(reg7.date())
                + ", after the 20th working day ("
                + format(day20)
                + "); EIR reg 7(3) requires notice within 20 working days of receipt.");
      }
    }
    for (LocalDate asked : clarificationRequests) {
      LocalDate limitForAsking = calendar.addWorkingDays(received, STANDARD_WORKING_DAYS);
      if (regime == Regime.EIR && asked.isAfter(limitForAsking)) {
        run.warnings.add(
            "Further particulars were asked for on "
                + format(asked)
                + ", more than 20 working days after receipt; EIR reg 9(2)(a) requires the"
                + " request within 20 working days.");
      }
    }
    for (FeePeriod fee : feePeriods) {
      if (statutoryDue != null && fee.notice().isAfter(statutoryDue)) {
        run.warnings.add(
            "The fees notice of "
                + format(fee.notice())
                + " was given after the due date ("
                + format(statutoryDue)
                + "); FOIA s.9(1) requires it within the time for complying, and it does not move"
                + " the due date.");
      }
    }
    if (feeNoticePending != null) {
      checkFeeTime(regime, feeNoticePending, today, false, run);
    }

    // Where the clock stands.
    LocalDate asOf = sent != null ? sent : today;
    ClockStatus status;
    int used;
    int left;
    if (sent != null) {
      status = ClockStatus.STOPPED_SENT;
      if (paused) {
        run.warnings.add(
            "The response was sent while the clock was stopped for "
                + (clarificationPendingSince != null ? "clarification." : "an unpaid fee."));
      }
    } else if (clarificationPendingSince != null) {
      status = ClockStatus.PAUSED_CLARIFICATION;
    } else if (paused) {
      status = ClockStatus.PAUSED_FEES;
    } else {
      // also when a fees notice given after the due date is unpaid: it cannot move the due date
      status = asOf.isAfter(due) ? ClockStatus.OVERDUE : ClockStatus.RUNNING;
    }
    if (clarificationPendingSince != null) {
      used = 0;
      left = limit;
      run.notes.add(
          "Clock stopped on "
              + format(clarificationPendingSince)
              + " waiting for clarification; "
              + counted
              + " working days had been used and do not carry over (FOIA s.1(3); EIR reg 9(4)).");
    } else if (paused) {
      used = counted;
      left = limit - counted;
      run.notes.add(
          "Clock paused from "
              + format(feeNoticePending)
              + " until the fee is received; "
              + counted
              + " working days used (FOIA s.9(2), s.10(2)).");
    } else {
      List<FeePeriod> paidPeriods = feePeriods.stream().filter(p -> p.paid() != null).toList();
      used = countable(dateOfReceipt, asOf, paidPeriods);
      left = asOf.isBefore(due) ? countable(asOf, due, paidPeriods) : 0;
    }
    boolean late = due != null && !paused && asOf.isAfter(due);
    int lateBy = late ? calendar.workingDaysBetween(due, asOf) : 0;
    if (late) {
      left = -lateBy;
    }

    LocalDate reviewDecidedOn = reviewDecided;
    Optional<ReviewClock> review =
        Optional.ofNullable(reviewRequested)
            .map(r -> review(regime, r, reviewDecidedOn, today, run));

    run.result =
        new ClockResult(
            regime,
            received,
            asOf,
            status,
            limit,
            Optional.ofNullable(paused ? null : due),
            Optional.ofNullable(paused ? null : statutoryDue),
            used,
            left,
            late,
            lateBy,
            run.warnings,
            review,
            new Explanation(dateOfReceipt, dayOne, days, run.notes),
            calendar.name());
    return run;
  }

  /**
   * FOIA s.9(2): the authority need not comply "unless the fee is paid within the period of three
   * months beginning with the day on which the fees notice is given". That period ends the day
   * before the same date three months on.
   */
  private static void checkFeeTime(
      Regime regime, LocalDate notice, LocalDate paidOrToday, boolean paid, Run run) {
    if (regime != Regime.FOIA || paidOrToday.isBefore(notice.plusMonths(3))) {
      return;
    }
    run.warnings.add(
        paid
            ? "The fee was received on "
                + format(paidOrToday)
                + ", more than three months after the fees notice of "
                + format(notice)
                + "; FOIA s.9(2) no longer obliged the authority to comply."
            : "The fee for the fees notice of "
                + format(notice)
                + " has not been paid within three months; FOIA s.9(2) no longer obliges the"
                + " authority to comply.");
  }

  /**
   * The internal review clock. FOIA: s.45 Code of Practice (2018) para 5.4, within 20 working days
   * of the request for review, 40 at most. EIR reg 11(4): "no later than 40 working days after the
   * date of receipt of the representations".
   */
  private ReviewClock review(
      Regime regime, LocalDate requested, LocalDate decided, LocalDate today, Run run) {
    int target = regime == Regime.FOIA ? FOIA_REVIEW_WORKING_DAYS : LONGEST_REVIEW_WORKING_DAYS;
    LocalDate due = calendar.addWorkingDays(requested, target);
    LocalDate latest = calendar.addWorkingDays(requested, LONGEST_REVIEW_WORKING_DAYS);
    LocalDate asOf = decided != null ? decided : today;
    boolean late = asOf.isAfter(due);
    int lateBy = late ? calendar.workingDaysBetween(due, asOf) : 0;
    ReviewClock.Status status;
    if (decided != null) {
      status = late ? ReviewClock.Status.DECIDED_LATE : ReviewClock.Status.DECIDED_ON_TIME;
    } else {
      status = late ? ReviewClock.Status.OVERDUE : ReviewClock.Status.PENDING;
    }
    if (regime == Regime.FOIA && late) {
      run.warnings.add(
          asOf.isAfter(latest)
              ? "The internal review has taken more than 40 working days (due by "
                  + format(latest)
                  + "), the most the s.45 Code of Practice (para 5.4) allows."
              : "The internal review has taken more than 20 working days (due "
                  + format(due)
                  + "); the s.45 Code of Practice (para 5.4) allows up to 40 ("
                  + format(latest)
                  + ") only where the review is complex or voluminous.");
    }
    return new ReviewClock(requested, due, latest, Optional.ofNullable(decided), status, lateBy);
  }

  private static FeePeriod feePeriodContaining(List<FeePeriod> periods, LocalDate d) {
    for (FeePeriod p : periods) {
      if (p.contains(d)) {
        return p;
      }
    }
    return null;
  }

  /** Working days after {@code fromExclusive} up to {@code toInclusive}, outside fee periods. */
  private int countable(LocalDate fromExclusive, LocalDate toInclusive, List<FeePeriod> fees) {
    int n = calendar.workingDaysBetween(fromExclusive, toInclusive);
    // less the working days inside fee periods, each day once (a period may start on the day the
    // one before it was paid)
    List<FeePeriod> sorted = fees.stream().sorted(Comparator.comparing(FeePeriod::notice)).toList();
    LocalDate counted = fromExclusive; // every day up to here is already taken off
    for (FeePeriod fee : sorted) {
      LocalDate start = fee.notice().isAfter(counted) ? fee.notice() : counted.plusDays(1);
      LocalDate end = fee.paid().isBefore(toInclusive) ? fee.paid() : toInclusive;
      if (!end.isBefore(start)) {
        n -= calendar.workingDaysBetween(start.minusDays(1), end);
        counted = end;
      }
    }
    return n;
  }

  private static String format(LocalDate date) {
    return DAY.format(date);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
