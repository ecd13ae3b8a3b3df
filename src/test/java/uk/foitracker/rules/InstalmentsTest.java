package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.Instalments.Effect;
import uk.foitracker.rules.Instalments.QuestionState;

/**
 * Which instalment stops the clock (s.1(1), s.10(1)): the first that leaves no question open and
 * does not say more is to follow. Questions are written number:OUTCOME:answered, "-" for no
 * outcome.
 */
class InstalmentsTest {

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          false | false | 1:PROVIDED_IN_FULL:yes 2:NOT_HELD:yes | STOPS_CLOCK | one instalment answering everything
          false | true  | 1:PROVIDED_IN_FULL:yes 2:PROVIDED_IN_PART:yes 3:PROVIDED_IN_FULL:yes | STOPS_NOTHING | 08, 1 Feb 2024: every question touched but "a further disclosure ... imminently"
          true  | false | 1:PROVIDED_IN_FULL:yes 2:PROVIDED_IN_PART:yes 3:PROVIDED_IN_FULL:yes | FURTHER_DISCLOSURE | an instalment after the response was complete
          false | false | 1:PROVIDED_IN_FULL:yes 2:-:no | STOPS_NOTHING | question 2 has no outcome yet
          false | false | 1:PROVIDED_IN_FULL:yes 2:NOT_HELD:no | STOPS_NOTHING | not held still needs its answer
          false | false | 1:REFUSED_EXEMPTION:no | STOPS_CLOCK | 07: a s.14 refusal, its reasons are the answer
          false | false | 1:REFUSED_COST_LIMIT:no 2:NEITHER_CONFIRM_NOR_DENY:no | STOPS_CLOCK | cost limit and NCND need no answer text
          false | false | 1:PROVIDED_IN_PART:no | STOPS_NOTHING | part provided needs the part
          """)
  void whichInstalmentStopsTheClock(
      boolean stopped, boolean moreToFollow, String questions, Effect expected, String why) {
    assertThat(Instalments.effect(stopped, moreToFollow, parse(questions))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} needs answer text: {1}")
  @CsvSource({
    "PROVIDED_IN_FULL, true",
    "PROVIDED_IN_PART, true",
    "NOT_HELD, true",
    "RELATED_INFORMATION_GIVEN, true",
    "REFUSED_COST_LIMIT, false",
    "REFUSED_EXEMPTION, false",
    "NEITHER_CONFIRM_NOR_DENY, false"
  })
  void aFullRefusalNeedsNoAnswerText(Outcome outcome, boolean needs) {
    assertThat(Instalments.needsAnswerText(outcome)).isEqualTo(needs);
  }

  private static List<QuestionState> parse(String questions) {
    List<QuestionState> out = new ArrayList<>();
    for (String q : questions.strip().split("\\s+")) {
      String[] p = q.split(":");
      out.add(
          new QuestionState(
              Integer.parseInt(p[0]),
              p[1].equals("-") ? null : Outcome.valueOf(p[1]),
              p[2].equals("yes")));
    }
    return out;
  }
}
