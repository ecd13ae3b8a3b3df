package uk.foitracker.rules.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foitracker.rules.Outcome.NEITHER_CONFIRM_NOR_DENY;
import static uk.foitracker.rules.Outcome.NOT_HELD;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_FULL;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_PART;
import static uk.foitracker.rules.Outcome.REFUSED_COST_LIMIT;
import static uk.foitracker.rules.Outcome.REFUSED_EXEMPTION;
import static uk.foitracker.rules.Outcome.RELATED_INFORMATION_GIVEN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.rules.stats.FoiStatistics.RowKind;
import uk.foitracker.rules.stats.RequestFacts.Cited;
import uk.foitracker.rules.stats.RequestFacts.QuestionFacts;
import uk.foitracker.rules.stats.RequestFacts.ReviewFacts;

class FoiStatisticsTest {
  static final Cited S40_2 = new Cited("FOIA-40-2", "s.40(2)", ProvisionKind.ABSOLUTE);
  static final Cited S43 = new Cited("FOIA-43", "s.43", ProvisionKind.QUALIFIED);
  static final Cited S12 = new Cited("FOIA-12", "s.12", ProvisionKind.COST_LIMIT);
  static final Cited S14 = new Cited("FOIA-14", "s.14", ProvisionKind.REFUSAL);
  static final Cited S14_1 = new Cited("FOIA-14-1", "s.14(1)", ProvisionKind.REFUSAL);
  static final Cited S14_2 = new Cited("FOIA-14-2", "s.14(2)", ProvisionKind.REFUSAL);
  static final Cited S1 = new Cited("FOIA-1-1-a", "s.1(1)(a)", ProvisionKind.DENIAL);

  static QuestionFacts q(Outcome o, Cited... cited) {
    return new QuestionFacts(o, List.of(cited));
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(List.of(q(PROVIDED_IN_FULL)), RequestOutcome.GRANTED_IN_FULL),
        // part not held, nothing withheld: granted in full (nothing held was kept back)
        Arguments.of(
            List.of(q(PROVIDED_IN_PART, S1), q(PROVIDED_IN_FULL)), RequestOutcome.GRANTED_IN_FULL),
        Arguments.of(
            List.of(q(PROVIDED_IN_FULL), q(REFUSED_EXEMPTION, S40_2)),
            RequestOutcome.PARTLY_WITHHELD),
        Arguments.of(List.of(q(PROVIDED_IN_PART, S40_2)), RequestOutcome.PARTLY_WITHHELD),
        Arguments.of(List.of(q(REFUSED_EXEMPTION, S43)), RequestOutcome.FULLY_WITHHELD),
        Arguments.of(List.of(q(NEITHER_CONFIRM_NOR_DENY)), RequestOutcome.NEITHER_CONFIRM_NOR_DENY),
        // NCND for one question, nothing given for the other: withheld in full by an exemption
        Arguments.of(
            List.of(q(NEITHER_CONFIRM_NOR_DENY), q(NOT_HELD, S1)), RequestOutcome.FULLY_WITHHELD),
        Arguments.of(
            List.of(q(NOT_HELD, S1), q(RELATED_INFORMATION_GIVEN)), RequestOutcome.NOT_HELD),
        // Leicester: questions 4 and 5 refused on cost, the rest partly answered or not held
        Arguments.of(
            List.of(
                q(PROVIDED_IN_PART, S1),
                q(RELATED_INFORMATION_GIVEN),
                q(REFUSED_COST_LIMIT, S12),
                q(NOT_HELD, S1)),
            RequestOutcome.REFUSED_COST),
        Arguments.of(List.of(q(REFUSED_EXEMPTION, S12)), RequestOutcome.REFUSED_COST),
        Arguments.of(
            List.of(q(REFUSED_EXEMPTION, S14_1), q(REFUSED_COST_LIMIT, S12)),
            RequestOutcome.VEXATIOUS),
        Arguments.of(List.of(q(REFUSED_EXEMPTION, S14_2)), RequestOutcome.REPEATED),
        Arguments.of(List.of(q(REFUSED_EXEMPTION, S14)), RequestOutcome.S14_SUBSECTION_NOT_STATED),
        Arguments.of(List.of(q(PROVIDED_IN_FULL), q(null)), RequestOutcome.NOT_RECORDED),
        Arguments.of(List.of(), RequestOutcome.NOT_RECORDED));
  }

  @ParameterizedTest
  @MethodSource
  void outcomes(List<QuestionFacts> questions, RequestOutcome expected) {
    assertThat(RequestOutcome.classify(questions)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "100, GOOD",
    "95, GOOD",
    "94.99, ADEQUATE",
    "90, ADEQUATE",
    "89.99, UNSATISFACTORY",
    "0, UNSATISFACTORY"
  })
  void icoBands(String percent, TimelinessBand band) {
    assertThat(TimelinessBand.of(new BigDecimal(percent))).isEqualTo(band);
  }

  @ParameterizedTest
  @CsvSource({
    "2019-01-01, 2019, 1",
    "2019-03-31, 2019, 1",
    "2019-04-01, 2019, 2",
    "2019-09-30, 2019, 3",
    "2019-10-01, 2019, 4",
    "2019-12-31, 2019, 4"
  })
  void calendarQuarters(LocalDate day, int year, int quarter) {
    assertThat(Period.of(day)).isEqualTo(new Period(year, quarter));
  }

  static final StatutoryClock CLOCK = StatutoryClock.ukWide();

  static Timeliness timeliness(LocalDate received, LocalDate sent, ClockEvent... events) {
    List<ClockEvent> all = new java.util.ArrayList<>(List.of(events));
    all.add(new ClockEvent.ResponseSent(sent));
    return Timeliness.of(CLOCK.calculate(Regime.FOIA, received, all, sent));
  }

  @Test
  void timelinessFromTheClock() {
    // received Fri 28 Apr 2023: due Wed 31 May 2023 (1, 8 and 29 May are bank holidays)
    assertThat(timeliness(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 5, 31)))
        .isEqualTo(Timeliness.MET_DEADLINE);
    assertThat(timeliness(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 6, 1)))
        .isEqualTo(Timeliness.LATE);
    // s.10(3): extended on 25 May to 28 June, sent 20 June: in time by a permitted extension
    assertThat(
            timeliness(
                LocalDate.of(2023, 4, 28),
                LocalDate.of(2023, 6, 20),
                new ClockEvent.PublicInterestExtension(
                    LocalDate.of(2023, 5, 25), LocalDate.of(2023, 6, 28))))
        .isEqualTo(Timeliness.PERMITTED_EXTENSION);
  }

  static RequestFacts request(
      String received, boolean sent, Timeliness t, Optional<ReviewOutcome> review) {
    return new RequestFacts(
        Regime.FOIA,
        Optional.ofNullable(received).map(LocalDate::parse),
        sent,
        Optional.ofNullable(t),
        List.of(q(PROVIDED_IN_FULL)),
        review == null ? Optional.empty() : Optional.of(new ReviewFacts(review)));
  }

  @Test
  void periodsAndDateNotStated() {
    List<RequestFacts> requests =
        List.of(
            request("2021-02-01", true, Timeliness.MET_DEADLINE, null),
            request("2021-03-31", true, Timeliness.LATE, Optional.of(ReviewOutcome.UPHELD)),
            request("2021-11-15", false, null, null),
            request(null, true, null, Optional.empty()));
    FoiStatistics.Result all = FoiStatistics.compute(requests, Optional.empty(), Optional.empty());
    assertThat(all.rows())
        .extracting(FoiStatistics.Row::code)
        .containsExactly("2021 Q1", "2021 Q2", "2021 Q3", "2021 Q4", "2021", "not-stated", "total");
    Figures q1 = all.rows().get(0).figures();
    assertThat(q1.received()).isEqualTo(2);
    assertThat(q1.inTime()).isEqualTo(1);
    assertThat(q1.percentInTime()).contains(new BigDecimal("50.0"));
    assertThat(q1.band()).contains(TimelinessBand.UNSATISFACTORY);
    assertThat(q1.reviewOutcome(ReviewOutcome.UPHELD)).isEqualTo(1);
    Figures notStated = all.rows().get(5).figures();
    assertThat(all.rows().get(5).kind()).isEqualTo(RowKind.NOT_STATED);
    assertThat(notStated.received()).isEqualTo(1);
    assertThat(notStated.timelinessNotKnown()).isEqualTo(1);
    assertThat(notStated.percentInTime()).isEmpty();
    assertThat(notStated.reviewsRequested()).isEqualTo(1);
    assertThat(notStated.reviewsDecided()).isZero();
    assertThat(all.total().figures().received()).isEqualTo(4);
    assertThat(all.total().figures().open()).isEqualTo(1);

    FoiStatistics.Result y2021 =
        FoiStatistics.compute(requests, Optional.of(2021), Optional.empty());
    assertThat(y2021.rows())
        .extracting(FoiStatistics.Row::code)
        .containsExactly("2021 Q1", "2021 Q2", "2021 Q3", "2021 Q4", "2021", "total");
    assertThat(y2021.total().figures().received()).isEqualTo(3);
    assertThat(FoiStatistics.compute(requests, Optional.empty(), Optional.of(Regime.EIR)).rows())
        .extracting(r -> r.figures().received())
        .containsExactly(0, 0);
  }

  @Test
  void exemptionsCountRequestsOncePerProvision() {
    RequestFacts twice =
        new RequestFacts(
            Regime.FOIA,
            Optional.of(LocalDate.of(2021, 1, 5)),
            true,
            Optional.of(Timeliness.MET_DEADLINE),
            List.of(
                q(REFUSED_EXEMPTION, S40_2),
                q(PROVIDED_IN_PART, S40_2, S43),
                q(REFUSED_COST_LIMIT, S12)),
            Optional.empty());
    assertThat(FoiStatistics.exemptions(List.of(twice)))
        .containsExactly(
            new FoiStatistics.ProvisionCount("FOIA-40-2", "s.40(2)", 1),
            new FoiStatistics.ProvisionCount("FOIA-43", "s.43", 1));
  }
}
