package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each internal review's own clock: FOIA s.45 Code para 5.4 (20 working days, 40 at most), EIR reg
 * 11(4) (40). Example 07: review asked for Mon 9 Mar 2015; Sheffield's acknowledgement stated
 * 08/04/2015 (England's calendar); the UK-wide calendar also skips St Patrick's Day (Tue 17 Mar
 * 2015) as well as Good Friday and Easter Monday, so 20 working days end on Thu 9 Apr 2015.
 */
class ReviewDeadlineTest {

  @ParameterizedTest(name = "{0} review asked for {1}: due {2}, at most {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FOIA | 2015-03-09 |            | 2015-04-09 | 2015-05-08 | PENDING
          FOIA | 2015-03-09 | 2015-04-08 | 2015-04-09 | 2015-05-08 | DECIDED_ON_TIME
          FOIA | 2015-03-09 | 2015-04-10 | 2015-04-09 | 2015-05-08 | DECIDED_LATE
          EIR  | 2015-03-09 | 2015-04-10 | 2015-05-08 | 2015-05-08 | DECIDED_ON_TIME
          """)
  void eachReviewHasItsOwnClock(
      Regime regime,
      LocalDate requested,
      LocalDate decided,
      LocalDate due,
      LocalDate latest,
      ReviewClock.Status status) {
    ReviewClock c = ReviewDeadline.of(regime, requested, decided, LocalDate.of(2015, 3, 20));
    assertThat(c.due()).isEqualTo(due);
    assertThat(c.latestDue()).isEqualTo(latest);
    assertThat(c.status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPHELD                       | UPHELD
          UPHELD UPHELD                | UPHELD
          OVERTURNED OVERTURNED        | OVERTURNED
          UPHELD OVERTURNED            | PARTLY_OVERTURNED
          PARTLY_OVERTURNED UPHELD     | PARTLY_OVERTURNED
          """)
  void theOverallOutcomeFollowsTheDecisionPerQuestion(String perQuestion, ReviewOutcome overall) {
    List<ReviewOutcome> each =
        Arrays.stream(perQuestion.strip().split("\\s+")).map(ReviewOutcome::valueOf).toList();
    assertThat(ReviewDeadline.overall(each)).isEqualTo(overall);
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "UPHELD, UPHELD",
        "partly_upheld, PARTLY_OVERTURNED",
        "PARTLY_OVERTURNED, PARTLY_OVERTURNED",
        " OVERTURNED , OVERTURNED",
        "MAYBE, null"
      })
  void outcomesAreReadAsOfficersWriteThem(String written, ReviewOutcome read) {
    assertThat(ReviewDeadline.parse(written)).isEqualTo(read);
  }
}
