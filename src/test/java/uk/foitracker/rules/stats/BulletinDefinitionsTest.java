package uk.foitracker.rules.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foitracker.rules.Outcome.NEITHER_CONFIRM_NOR_DENY;
import static uk.foitracker.rules.Outcome.NOT_HELD;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_FULL;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_PART;
import static uk.foitracker.rules.Outcome.REFUSED_COST_LIMIT;
import static uk.foitracker.rules.Outcome.REFUSED_EXEMPTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewFacts;

/**
 * One table test per definition of the Cabinet Office's "Freedom of Information statistics"
 * bulletin (tables 1, 3, 5, 6a, 6b and internal reviews; concepts and definitions in the FOI
 * statistics "Quality and Methodology Information" on gov.uk), each against figures worked out by
 * hand in the comments.
 */
class BulletinDefinitionsTest {
  static final Cited S40_2 = new Cited("FOIA-40-2", "s.40(2)", ProvisionKind.ABSOLUTE);
  static final Cited S43 = new Cited("FOIA-43", "s.43", ProvisionKind.QUALIFIED);
  static final Cited S12 = new Cited("FOIA-12", "s.12", ProvisionKind.COST_LIMIT);
  static final Cited S14_1 = new Cited("FOIA-14-1", "s.14(1)", ProvisionKind.REFUSAL);
  static final Cited S1 = new Cited("FOIA-1-1-a", "s.1(1)(a)", ProvisionKind.DENIAL);

  // --- requests received in the quarter (calendar quarters by date of receipt) ----------------

  @ParameterizedTest
  @CsvSource({
    // received,  quarter code: Q1 is January to March ... Q4 October to December
    "2024-01-01, 2024 Q1",
    "2024-03-31, 2024 Q1",
    "2024-04-01, 2024 Q2",
    "2024-06-30, 2024 Q2",
    "2024-07-01, 2024 Q3",
    "2024-12-31, 2024 Q4"
  })
  void receivedInTheQuarterOfReceipt(LocalDate received, String quarter) {
    assertThat(Period.of(received).code()).isEqualTo(quarter);
  }

  // --- lapsed, on hold, overdue, still pending (Table 1, status at time of monitoring) --------

  @ParameterizedTest
  @CsvSource({
    // clock,                paused since, closed, today,      status
    // running, not yet due: "response still pending"
    "RUNNING,              ,           false, 2024-02-01, NOT_YET_DUE",
    // past the deadline with no response: counts against timeliness
    "OVERDUE,              ,           false, 2024-02-01, OVERDUE",
    // fees notice given Wed 10 Jan 2024; the three months "beginning with" that day (s.9(2))
    // end on Tue 9 Apr: on hold on 9 Apr, lapsed from Wed 10 Apr
    "PAUSED_FEES,          2024-01-10, false, 2024-04-09, ON_HOLD",
    "PAUSED_FEES,          2024-01-10, false, 2024-04-10, LAPSED",
    // clarification asked for on 10 Jan 2024: on hold, lapsed after three months
    "PAUSED_CLARIFICATION, 2024-01-10, false, 2024-02-01, ON_HOLD",
    "PAUSED_CLARIFICATION, 2024-01-10, false, 2024-04-10, LAPSED",
    // closed with no response: withdrawn, whatever the clock says
    "RUNNING,              ,           true,  2024-02-01, LAPSED",
    "OVERDUE,              ,           true,  2024-02-01, LAPSED"
  })
  void openStatus(
      ClockStatus clock, LocalDate pausedSince, boolean closed, LocalDate today, OpenStatus want) {
    assertThat(OpenStatus.of(clock, Optional.ofNullable(pausedSince), closed, today))
        .isEqualTo(want);
  }

  // --- internal review timeliness (Code of Practice paras 5.4-5.5; EIR reg 11(4)) -------------

  @ParameterizedTest
  @CsvSource({
    // Review asked for Mon 8 Jan 2024. Day 1 is Tue 9 Jan; no bank holidays until Good Friday
    // 29 Mar. 20th working day: 9-12 Jan (4), 15-19 (9), 22-26 (14), 29 Jan-2 Feb (19), Mon 5 Feb
    // (20). 40th: 6-9 Feb (24), 12-16 (29), 19-23 (34), 26 Feb-1 Mar (39), Mon 4 Mar (40).
    // regime, decided,   today,      timeliness
    "FOIA, 2024-02-05, 2024-06-01, IN_TARGET",
    "FOIA, 2024-02-06, 2024-06-01, WITHIN_LONGEST",
    "FOIA, 2024-03-04, 2024-06-01, WITHIN_LONGEST",
    "FOIA, 2024-03-05, 2024-06-01, LATE",
    "FOIA,           , 2024-02-05, PENDING",
    "FOIA,           , 2024-02-06, OVERDUE",
    // EIR reg 11(4): 40 working days, no longer period
    "EIR,  2024-02-06, 2024-06-01, IN_TARGET",
    "EIR,  2024-03-04, 2024-06-01, IN_TARGET",
    "EIR,  2024-03-05, 2024-06-01, LATE",
    "EIR,            , 2024-03-04, PENDING",
    "EIR,            , 2024-03-05, OVERDUE"
  })
  void reviewTimeliness(Regime regime, LocalDate decided, LocalDate today, ReviewTimeliness want) {
    assertThat(
            ReviewTimeliness.of(
                regime, LocalDate.of(2024, 1, 8), Optional.ofNullable(decided), today))
        .isEqualTo(want);
  }

  // --- outcomes: resolvable, withheld in full, procedural refusals (Tables 5, 6a, 6b) ---------

  @ParameterizedTest
  @CsvSource({
    // outcome,                  resolvable, withheld in full, procedural (s.12, s.14)
    "GRANTED_IN_FULL,           true,  false, false",
    "PARTLY_WITHHELD,           true,  false, false",
    "FULLY_WITHHELD,            true,  true,  false",
    "NEITHER_CONFIRM_NOR_DENY,  true,  true,  false",
    "REFUSED_COST,              true,  true,  true",
    "VEXATIOUS,                 true,  true,  true",
    "REPEATED,                  true,  true,  true",
    "S14_SUBSECTION_NOT_STATED, true,  true,  true",
    "NOT_HELD,                  false, false, false",
    "NOT_RECORDED,              false, false, false"
  })
  void outcomeCategories(
      RequestOutcome o, boolean resolvable, boolean withheldInFull, boolean procedural) {
    assertThat(o.resolvable()).isEqualTo(resolvable);
    assertThat(o.withheldInFull()).isEqualTo(withheldInFull);
    assertThat(o.procedural()).isEqualTo(procedural);
  }

  // --- the figures of a quarter ---------------------------------------------------------------

  static QuestionFacts q(Outcome o, Cited... cited) {
    return new QuestionFacts(o, List.of(cited));
  }

  static RequestFacts sent(
      String received, Timeliness t, QuestionFacts q, ReviewOutcome review, ReviewTimeliness rt) {
    return new RequestFacts(
        Regime.FOIA,
        Optional.of(LocalDate.parse(received)),
        true,
        Optional.of(t),
        List.of(q),
        rt == null
            ? Optional.empty()
            : Optional.of(new ReviewFacts(Optional.ofNullable(review), Optional.of(rt))),
        Optional.empty());
  }

  static RequestFacts open(String received, OpenStatus status) {
    return new RequestFacts(
        Regime.FOIA,
        Optional.of(LocalDate.parse(received)),
        false,
        Optional.empty(),
        List.of(q(null)),
        Optional.empty(),
        Optional.of(status));
  }

  static Figures q1(List<RequestFacts> requests) {
    return FoiStatistics.compute(requests, Optional.of(2024), Optional.empty())
        .rows()
        .get(0)
        .figures();
  }

  /**
   * The tester's case: two requests answered within 20 working days and two still open past their
   * deadline. By hand: in time 2; not in time 0 late + 2 open past the deadline = 2; 2 / 4 = 50.0%,
   * unsatisfactory. (The page said 100.0%: it divided by answered requests only.)
   */
  @Test
  void openRequestsPastTheirDeadlineCountAgainstTimeliness() {
    Figures f =
        q1(
            List.of(
                sent("2024-01-08", Timeliness.MET_DEADLINE, q(PROVIDED_IN_FULL), null, null),
                sent("2024-01-09", Timeliness.MET_DEADLINE, q(PROVIDED_IN_FULL), null, null),
                open("2024-01-10", OpenStatus.OVERDUE),
                open("2024-01-11", OpenStatus.OVERDUE)));
    assertThat(f.received()).isEqualTo(4);
    assertThat(f.inTime()).isEqualTo(2);
    assertThat(f.openOverdue()).isEqualTo(2);
    assertThat(f.notInTime()).isEqualTo(2);
    assertThat(f.timed()).isEqualTo(4);
    assertThat(f.percentInTime()).contains(new BigDecimal("50.0"));
    assertThat(f.band()).contains(TimelinessBand.UNSATISFACTORY);
  }

  /**
   * Twelve requests received in Q1 2024, one of each kind. By hand:
   *
   * <pre>
   * a met, granted in full; review decided in 20 working days, upheld
   * b met, partially withheld (s.40(2)); review decided on day 30, partly overturned
   * c permitted extension, withheld in full (s.43); review decided late, upheld
   * d late, information not held; review pending, not yet due
   * e met, refused s.12; review pending, past its deadline
   * f met, refused s.14(1)
   * g met, neither confirm nor deny
   * h, i open past deadline;  j open, not yet due;  k on hold;  l lapsed
   *
   * Table 1: received 12, resolved 7, lapsed 1 (l), on hold 1 (k), received less lapsed and on
   *   hold 10
   * Table 3: met 5 (a b e f g), permitted extension 1 (c), in time 6, late 1 (d), open past
   *   deadline 2 (h i), still pending 1 (j); judged 6 + 1 + 2 = 9; 6 / 9 = 66.67 -> 66.7%
   * Table 5: granted 1, partially withheld 1, withheld in full 4 (c exemption, g NCND, e s.12,
   *   f s.14), not held 1 (d); resolvable 7 - 1 = 6
   * Table 6a: granted 1 / resolvable 6 = 16.67 -> 16.7%
   * Table 6b: resolvable less procedural refusals (e, f) = 4; 1 / 4 = 25.0%
   * Reviews: requested 5, decided 3 (upheld 2, partly overturned 1); in time 2 (a, b); judged 4
   *   (a b c e; d still pending); 2 / 4 = 50.0%
   * </pre>
   */
  @Test
  void aQuarterInTheBulletinsColumns() {
    List<RequestFacts> requests = new ArrayList<>();
    requests.add(
        sent(
            "2024-01-02",
            Timeliness.MET_DEADLINE,
            q(PROVIDED_IN_FULL),
            ReviewOutcome.UPHELD,
            ReviewTimeliness.IN_TARGET));
    requests.add(
        sent(
            "2024-01-03",
            Timeliness.MET_DEADLINE,
            q(PROVIDED_IN_PART, S40_2),
            ReviewOutcome.PARTLY_OVERTURNED,
            ReviewTimeliness.WITHIN_LONGEST));
    requests.add(
        sent(
            "2024-01-04",
            Timeliness.PERMITTED_EXTENSION,
            q(REFUSED_EXEMPTION, S43),
            ReviewOutcome.UPHELD,
            ReviewTimeliness.LATE));
    requests.add(
        sent("2024-02-01", Timeliness.LATE, q(NOT_HELD, S1), null, ReviewTimeliness.PENDING));
    requests.add(
        sent(
            "2024-02-02",
            Timeliness.MET_DEADLINE,
            q(REFUSED_COST_LIMIT, S12),
            null,
            ReviewTimeliness.OVERDUE));
    requests.add(
        sent("2024-02-05", Timeliness.MET_DEADLINE, q(REFUSED_EXEMPTION, S14_1), null, null));
    requests.add(
        sent("2024-02-06", Timeliness.MET_DEADLINE, q(NEITHER_CONFIRM_NOR_DENY), null, null));
    requests.add(open("2024-03-01", OpenStatus.OVERDUE));
    requests.add(open("2024-03-04", OpenStatus.OVERDUE));
    requests.add(open("2024-03-28", OpenStatus.NOT_YET_DUE));
    requests.add(open("2024-03-05", OpenStatus.ON_HOLD));
    requests.add(open("2024-03-06", OpenStatus.LAPSED));
    // one in Q2, to show it stays out of Q1
    requests.add(open("2024-04-01", OpenStatus.OVERDUE));

    Figures f = q1(requests);
    // Table 1
    assertThat(f.received()).isEqualTo(12);
    assertThat(f.resolved()).isEqualTo(7);
    assertThat(f.lapsed()).isEqualTo(1);
    assertThat(f.onHold()).isEqualTo(1);
    assertThat(f.inScope()).isEqualTo(10);
    // Table 3
    assertThat(f.metDeadline()).isEqualTo(5);
    assertThat(f.permittedExtension()).isEqualTo(1);
    assertThat(f.inTime()).isEqualTo(6);
    assertThat(f.late()).isEqualTo(1);
    assertThat(f.openOverdue()).isEqualTo(2);
    assertThat(f.stillPending()).isEqualTo(1);
    assertThat(f.timed()).isEqualTo(9);
    assertThat(f.percentInTime()).contains(new BigDecimal("66.7"));
    // Table 5
    assertThat(f.outcome(RequestOutcome.GRANTED_IN_FULL)).isEqualTo(1);
    assertThat(f.outcome(RequestOutcome.PARTLY_WITHHELD)).isEqualTo(1);
    assertThat(f.outcome(RequestOutcome.FULLY_WITHHELD)).isEqualTo(1);
    assertThat(f.outcome(RequestOutcome.NEITHER_CONFIRM_NOR_DENY)).isEqualTo(1);
    assertThat(f.outcome(RequestOutcome.REFUSED_COST)).isEqualTo(1);
    assertThat(f.outcome(RequestOutcome.VEXATIOUS)).isEqualTo(1);
    assertThat(f.outcome(RequestOutcome.NOT_HELD)).isEqualTo(1);
    assertThat(f.withheldInFull()).isEqualTo(4);
    assertThat(f.resolvable()).isEqualTo(6);
    // Tables 6a and 6b
    assertThat(f.percentGrantedInFull()).contains(new BigDecimal("16.7"));
    assertThat(f.resolvableExcludingProcedural()).isEqualTo(4);
    assertThat(f.percentGrantedInFullExcludingProcedural()).contains(new BigDecimal("25.0"));
    // Internal reviews
    assertThat(f.reviewsRequested()).isEqualTo(5);
    assertThat(f.reviewsDecided()).isEqualTo(3);
    assertThat(f.reviewOutcome(ReviewOutcome.UPHELD)).isEqualTo(2);
    assertThat(f.reviewOutcome(ReviewOutcome.PARTLY_OVERTURNED)).isEqualTo(1);
    assertThat(f.reviewsInTime()).isEqualTo(2);
    assertThat(f.reviewsTimed()).isEqualTo(4);
    assertThat(f.percentReviewsInTime()).contains(new BigDecimal("50.0"));
  }
}
