package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.InvalidClockEventsException;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewClock;
import uk.foitracker.rules.ReviewDeadline;

/**
 * The time taken over an internal review. FOIA: the s.45 Code of Practice (2018) para 5.4,
 * "Internal reviews should normally be completed within 20 working days of the date of receipt of
 * the request for review", and para 5.5: it may be reasonable to take longer where the request is
 * complex or voluminous, "but in no case should the total time taken exceed 40 working days". EIR
 * reg 11(4): the authority shall notify its decision "as soon as possible and no later than 40
 * working days after the date of receipt of the representations".
 *
 * <p>Two rules in one class, each with its own id. {@link #LATE}: a review decided after its time:
 * under the EIR after the 40th working day (a breach of reg 11(4), HIGH); under FOIA after the 40th
 * working day (past the Code's outer limit, MEDIUM: the Code is guidance, not the Act) or after the
 * 20th (LOW, since up to 40 may be reasonable). A review still undecided as at the day judged
 * (today, or the day the review is judged as at) after the 40th working day is late too, whenever
 * it comes: the outer limit (Code para 5.5, "in no case"; EIR reg 11(4), "no later than") has
 * passed with no decision, so {@link #LATE} with the same severities. {@link #NO_DECISION}: a FOIA
 * review still undecided after the Code's 20 working days but within its 40 (LOW: a decision may
 * yet come in time, or not be recorded). Worked by {@link ReviewDeadline} on the UK-wide calendar
 * from the day the review was asked for; a review without that date is not judged.
 */
public final class ReviewLate implements Rule {
  public static final String LATE = "REVIEW_LATE";
  public static final String NO_DECISION = "REVIEW_NO_DECISION";

  private final String id;

  private ReviewLate(String id) {
    this.id = id;
  }

  /** The rule for reviews decided late. */
  public static ReviewLate late() {
    return new ReviewLate(LATE);
  }

  /** The rule for reviews with no decision after their time. */
  public static ReviewLate noDecision() {
    return new ReviewLate(NO_DECISION);
  }

  @Override
  public String id() {
    return id;
  }

  static String provision(Regime regime) {
    return regime == Regime.FOIA ? "s.45 Code of Practice para 5.4" : "reg 11(4)";
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Finding> findings = new ArrayList<>();
    for (ReviewFacts r : facts.reviews()) {
      if (r.requested().isEmpty()) {
        continue;
      }
      boolean decided = r.decided().isPresent();
      if (decided && !id.equals(LATE)) {
        continue;
      }
      ReviewClock clock;
      try {
        clock =
            ReviewDeadline.of(
                facts.regime(), r.requested().get(), r.decided().orElse(null), facts.asOf());
      } catch (OutsideCalendarException
          | InvalidClockEventsException
          | IllegalArgumentException e) {
        continue;
      }
      // the day the question is asked about: the decision, or today while undecided
      LocalDate at = r.decided().orElse(facts.asOf());
      if (!at.isAfter(clock.due())) {
        continue;
      }
      boolean pastLatest = at.isAfter(clock.latestDue());
      // undecided: past the outer limit it is late whatever comes; before it, only undecided
      if (!decided && pastLatest != id.equals(LATE)) {
        continue;
      }
      Severity severity =
          facts.regime() == Regime.EIR
              ? Severity.HIGH
              : pastLatest ? Severity.MEDIUM : Severity.LOW;
      String which = facts.reviews().size() == 1 ? "The internal review" : "Review " + r.number();
      String asked = " asked for on " + LawyerWording.day(r.requested().get());
      String limits =
          facts.regime() == Regime.EIR
              ? "the 40 working days of EIR reg 11(4) ended on "
                  + LawyerWording.day(clock.latestDue())
              : "the Code of Practice expects a decision within 20 working days (by "
                  + LawyerWording.day(clock.due())
                  + ") and never later than 40 ("
                  + LawyerWording.day(clock.latestDue())
                  + ")";
      String message =
          decided
              ? which
                  + asked
                  + " was decided on "
                  + LawyerWording.day(r.decided().get())
                  + ", "
                  + clock.lateByWorkingDays()
                  + " working "
                  + (clock.lateByWorkingDays() == 1 ? "day" : "days")
                  + " late: "
                  + limits
                  + "."
              : which
                  + asked
                  + " has no decision recorded as at "
                  + LawyerWording.day(facts.asOf())
                  + ": "
                  + limits
                  + (pastLatest ? ", so any decision now comes late" : "")
                  + ".";
      findings.add(new Finding(id, provision(facts.regime()), List.of(), severity, message));
    }
    return findings;
  }
}
