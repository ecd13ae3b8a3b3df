package uk.foitracker.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.foitracker.question.QuestionSplitter.Split;

/**
 * Issue 21: the requester's signature block (name, address, e-mail) was put into the last question,
 * which is published. It is now proposed as "not a question", with the salutation.
 */
class QuestionSplitterSignatureTest {

  @Test
  void aSignOffAndEverythingAfterItIsNotAQuestion() {
    Split s =
        QuestionSplitter.propose(
            """
            Dear FOI team,

            1. How many fixed penalty notices for fly-posting were issued in 2024?
            2. How many were paid?
            Yours sincerely,
            Ottoline Verity-Fanshawe
            14 Mill Lane, Barnsley S70 2AB
            ovf@example.org
            """);
    assertThat(s.questions())
        .containsExactly(
            "How many fixed penalty notices for fly-posting were issued in 2024?",
            "How many were paid?");
    assertThat(s.signature())
        .startsWith("Yours sincerely,")
        .contains("Ottoline Verity-Fanshawe", "S70 2AB", "ovf@example.org");
    assertThat(s.preamble()).isEqualTo("Dear FOI team,");
    assertThat(s.postscript()).isEmpty();
  }

  @Test
  void kindRegardsAfterAClosingRemarkLeavesTheRemark() {
    Split s =
        QuestionSplitter.propose(
            """
            Please tell me:
            - the number of potholes reported in 2025
            - the number repaired within 28 days

            If this is too much, the first part alone would help.

            Kind regards
            Sam Okafor
            """);
    assertThat(s.questions())
        .containsExactly(
            "the number of potholes reported in 2025", "the number repaired within 28 days");
    assertThat(s.postscript()).isEqualTo("If this is too much, the first part alone would help.");
    assertThat(s.signature()).isEqualTo("Kind regards\nSam Okafor");
  }

  @Test
  void contactLinesWithoutASignOffAreFoundWithTheNameAboveThem() {
    Split s =
        QuestionSplitter.propose(
            """
            How much did the council spend on agency social workers in 2024?
            J. Hartley-Brown
            07700 900123
            jhb@example.net
            """);
    assertThat(s.questions())
        .containsExactly("How much did the council spend on agency social workers in 2024?");
    assertThat(s.signature()).startsWith("J. Hartley-Brown").contains("07700 900123");
  }

  @Test
  void aSalutationIsNotTheQuestionWhenThereAreNoNumbers() {
    Split s =
        QuestionSplitter.propose(
            "Dear Sir or Madam,\nHow many trees were planted in 2024?\nThank you\nAli Khan");
    assertThat(s.preamble()).isEqualTo("Dear Sir or Madam,");
    assertThat(s.questions()).containsExactly("How many trees were planted in 2024?");
    assertThat(s.signature()).isEqualTo("Thank you\nAli Khan");
  }

  @Test
  void ordinaryLastLinesStayInTheQuestion() {
    Split s =
        QuestionSplitter.propose(
            "1. Figures for 2015 to 2024\n2. By ward, e.g. Abbey and Castle.\nFor each year.");
    assertThat(s.questions())
        .containsExactly(
            "Figures for 2015 to 2024", "By ward, e.g. Abbey and Castle. For each year.");
    assertThat(s.signature()).isEmpty();
    assertThat(QuestionSplitter.propose("Thank you").questions()).containsExactly("Thank you");
  }
}
