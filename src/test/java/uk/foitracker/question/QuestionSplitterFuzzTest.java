package uk.foitracker.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import uk.foitracker.fuzz.Budget;

/**
 * Fuzz test of the proposal that splits a request's text into questions ({@link QuestionSplitter}),
 * which the API runs on any text it is sent. It declares no exception: every input gives a split
 * whose parts are trimmed, with at least one question for any non-blank text, and whose words all
 * come from the text; within {@link Budget}.
 *
 * <p>Saved inputs: {@code
 * src/test/resources/uk/foitracker/question/QuestionSplitterFuzzTestInputs/propose/}.
 */
class QuestionSplitterFuzzTest {

  /** Runs the target once, so no input pays for loading its classes. */
  @BeforeAll
  static void warmUp() {
    Budget.warmUp(
        () ->
            new QuestionSplitterFuzzTest()
                .propose("Intro\n1. One\n(b) Two\n\nThanks".getBytes(StandardCharsets.UTF_8)));
  }

  @FuzzTest
  @DictionaryEntries({"1. ", "(a) ", "b) ", "• ", "- ", "* ", "– ", "(12) ", "3) "})
  void propose(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Budget.check(
        () -> {
          QuestionSplitter.Split split = QuestionSplitter.propose(text);
          if (text.isBlank()) {
            assertThat(split.questions()).isEmpty();
            return;
          }
          assertThat(split.questions()).isNotEmpty();
          assertThat(split.preamble()).isEqualTo(split.preamble().strip());
          assertThat(split.postscript()).isEqualTo(split.postscript().strip());
          for (String question : split.questions()) {
            assertThat(question).isEqualTo(question.strip());
          }
          // Nothing is made up: every word of the split is a word of the text.
          String all =
              split.preamble()
                  + " "
                  + String.join(" ", split.questions())
                  + " "
                  + split.postscript();
          for (String word : all.split("\\s+")) {
            assertThat(text).contains(word);
          }
        });
  }
}
