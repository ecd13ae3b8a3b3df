package uk.foitracker.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.foitracker.question.QuestionSplitter.Split;

class QuestionSplitterTest {

  @Test
  void numberedLinesWithIntroductionAndClosing() {
    Split s =
        QuestionSplitter.propose(
            """
            Dear Leicester City Council,
            Please provide the following for 2015 to 2024:

            1. The number of people at risk of CSE each year,
            broken down by age.
            2) The number of calls to the MASH helpline each year.
            (3) The council's budget for tackling CSE each year.

            If the whole period is not available, give it from the earliest date.
            """);
    assertThat(s.preamble())
        .isEqualTo("Dear Leicester City Council, Please provide the following for 2015 to 2024:");
    assertThat(s.questions())
        .containsExactly(
            "The number of people at risk of CSE each year, broken down by age.",
            "The number of calls to the MASH helpline each year.",
            "The council's budget for tackling CSE each year.");
    assertThat(s.postscript())
        .isEqualTo("If the whole period is not available, give it from the earliest date.");
  }

  @Test
  void bulletsAndLetters() {
    assertThat(QuestionSplitter.propose("• one\n- two\n* three\n– four").questions())
        .containsExactly("one", "two", "three", "four");
    assertThat(QuestionSplitter.propose("(a) first\n(b) second\nc) third").questions())
        .containsExactly("first", "second", "third");
  }

  @Test
  void textWithoutMarkersIsOneQuestion() {
    Split s =
        QuestionSplitter.propose("How many potholes were repaired in 2025?\nBy ward, please.");
    assertThat(s.questions())
        .containsExactly("How many potholes were repaired in 2025?\nBy ward, please.");
    assertThat(s.preamble()).isEmpty();
  }

  @Test
  void yearsAndBlankLinesBetweenItemsAreNotMarkers() {
    Split s = QuestionSplitter.propose("1. Figures for\n2015. and later\n\n2. Budget");
    assertThat(s.questions()).containsExactly("Figures for 2015. and later", "Budget");
  }

  @Test
  void aRemarkBetweenItemsStaysWithTheQuestionBefore() {
    Split s = QuestionSplitter.propose("1. One\n\nby age\n2. Two");
    assertThat(s.questions()).containsExactly("One by age", "Two");
    assertThat(s.postscript()).isEmpty();
  }

  @Test
  void blankTextHasNoQuestions() {
    assertThat(QuestionSplitter.propose("  \n ").questions()).isEmpty();
    assertThat(QuestionSplitter.propose(null).questions()).isEmpty();
  }
}
