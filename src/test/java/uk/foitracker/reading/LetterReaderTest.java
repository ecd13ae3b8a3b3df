package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/**
 * The reader on the real letters in {@code ../shared/examples/} and the Leicester seed: questions
 * counted and numbered as the requester numbered them, citations with their questions, public
 * interest tests, cost hours, dates and the rights paragraphs; and nothing invented.
 */
class LetterReaderTest {

  static ReadCitation cited(ReadLetter r, String reference, Integer... questions) {
    return r.citations().stream()
        .filter(c -> c.reference().equals(reference) && c.questions().equals(List.of(questions)))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    reference
                        + " "
                        + List.of(questions)
                        + " not in "
                        + r.citations().stream().map(c -> c.reference() + c.questions()).toList()));
  }

  static void spansPointAtTheText(String text, ReadLetter r) {
    for (ReadQuestion q : r.questions()) {
      if (q.answerSpan() != null) {
        assertThat(text.substring(q.answerSpan().start(), q.answerSpan().end()))
            .contains(q.answer().substring(0, Math.min(20, q.answer().length())));
      }
    }
    for (ReadCitation c : r.citations()) {
      String at = text.substring(c.span().start(), c.span().end()).toLowerCase();
      assertThat(at).containsAnyOf("s", "reg", "r.");
    }
  }

  @Test
  void leicester() {
    String text = Letters.leicester();
    ReadLetter r = LetterReader.read(text);
    assertThat(r.regime().value()).isEqualTo(Regime.FOIA);
    assertThat(r.questions()).extracting(ReadQuestion::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(r.questions().get(0).text())
        .startsWith("For each year in the period, how many people have been considered")
        .endsWith("breakdown for the entire period.");
    assertThat(r.questions().get(5).text())
        .isEqualTo(
            "Please provide an annual breakdown of the council budget set aside to tackling Child"
                + " Sex Exploitation");
    // Questions 4 and 5 are answered together ("In response to the two questions above").
    assertThat(r.questions().get(3).answerKey()).isEqualTo(r.questions().get(4).answerKey());
    assertThat(r.questions().get(3).outcome()).contains(Outcome.REFUSED_COST_LIMIT);
    assertThat(r.questions().get(0).outcome()).contains(Outcome.PROVIDED_IN_PART);
    assertThat(cited(r, "s.12", 4, 5).kind()).isEqualTo(ProvisionKind.COST_LIMIT);
    cited(r, "s.17(1)", 4, 5);
    assertThat(cited(r, "s.1(1)(a)", 1).kind()).isEqualTo(ProvisionKind.DENIAL);
    cited(r, "s.1(1)(a)", 2);
    cited(r, "s.1(1)(a)", 6);
    // The letter gives neither right, and states only the limit, not an estimate.
    assertThat(r.reviewProcedure()).isEmpty();
    assertThat(r.complaintRights()).isEmpty();
    assertThat(r.statedMinutes()).isEmpty();
    assertThat(r.costs()).isEmpty();
    assertThat(r.advice()).contains("help in refining your request");
    assertThat(r.received()).isEmpty();
    assertThat(r.sent()).isEmpty();
    spansPointAtTheText(text, r);
  }

  @Test
  void leicesterQuotesTheRequestsOpeningAndClosingWordsAndItsLicence() {
    ReadLetter r = LetterReader.read(Letters.leicester());
    assertThat(r.preamble().map(Read::value))
        .contains("As a freedom of information request, please provide, from 2015-2024:");
    assertThat(r.postscript().map(Read::value))
        .contains(
            "If data for the entire period requested is not available, please instead provide it"
                + " from the earliest date available up until the most recent at the point of"
                + " production.");
    // the closing words are the requester's: they are not the answer to the last question
    assertThat(r.questions().get(5).answer())
        .endsWith("the budget for this service is £341,900.")
        .doesNotContain("please instead provide");
    assertThat(r.licenceStatement().map(Read::value))
        .contains("You may re-use the information under an Open Government Licence.");
  }

  @Test
  void leicesterNotHeldReasonsAreTheSentenceSayingWhatIsNotHeld() {
    ReadLetter r = LetterReader.read(Letters.leicester());
    // "a refusal notice under section 17.1 ... in accordance with section 1.1": s.17(1) gives that
    // sentence; s.1(1)(a) the sentence before, which says what is not held; in that order
    assertThat(r.citations().stream().filter(c -> c.questions().equals(List.of(1))))
        .extracting(ReadCitation::reference)
        .containsExactly("s.1(1)(a)", "s.17(1)");
    assertThat(cited(r, "s.1(1)(a)", 1).reasons())
        .isEqualTo(
            "Data for CE was not mandatorily recorded prior to 2021, therefore, this information"
                + " is not held by Leicester City Council.");
    assertThat(cited(r, "s.1(1)(a)", 6).reasons())
        .isEqualTo("There is not an individual budget to tackle child sexual exploitation.");
    // a sentence going on with the reasons ("This represents ...") is part of them
    assertThat(cited(r, "s.12", 4, 5).reasons())
        .endsWith("locating, retrieving and extracting the information.");
  }

  @ParameterizedTest
  @CsvSource({
    "01-cumbria-hospital-crimes-tables.txt",
    "02-durham-hospital-crimes-dash-zeros.txt",
    "03-sheffield-foi-statistics-s21-s12.txt",
    "04-sheffield-charity-commission-s12-time-breakdown.txt",
    "05-sheffield-drupal-cms-s43-public-interest.txt",
    "06-sheffield-carriageway-repairs-eir-12-5-e.txt",
    "07-sheffield-go-local-bids-s14-internal-review.txt",
    "08-sheffield-casework-two-instalments.txt"
  })
  void noRequestWordsAreMadeUpAndALicenceIsReadAsWritten(String file) {
    String text = Letters.example(file);
    ReadLetter r = LetterReader.read(text);
    // none of these letters quotes the request after "You asked:": no opening or closing words
    assertThat(r.preamble()).isEmpty();
    assertThat(r.postscript()).isEmpty();
    r.licenceStatement()
        .ifPresent(
            l -> {
              assertThat(l.value())
                  .startsWith("The information provided in this response is available for re-use")
                  .endsWith("licensed under the Open Government Licence v3.0.”");
              assertThat(TextParts.squash(text)).contains(l.value());
            });
    assertThat(r.licenceStatement().isPresent())
        .isEqualTo(text.contains("The information provided in this response is available"));
  }

  /** The paragraphs of a letter pasted without blank lines, and of one wrapped at 72 columns. */
  @Test
  void paragraphsEndWhereALineClosesASentenceAndTheNextStartsOne() {
    assertThat(LetterReader.paragraphs("First one.\nSecond one.\u00a0 \nThird one.\n\nFourth."))
        .containsExactly("First one.", "Second one.\u00a0", "Third one.", "Fourth.");
    assertThat(LetterReader.paragraphs("A wrapped sentence that goes\non here. And ends.\nNext."))
        .containsExactly("A wrapped sentence that goes\non here. And ends.", "Next.");
  }

  @Test
  void sheffieldStatisticsS21AndS12InGroups() {
    String text = Letters.example("03-sheffield-foi-statistics-s21-s12.txt");
    ReadLetter r = LetterReader.read(text);
    assertThat(r.questions()).hasSize(21);
    assertThat(r.questions()).noneMatch(q -> q.text().startsWith("Dear"));
    assertThat(r.questions().get(17).text())
        .isEqualTo("How many employees are employed at your local authority?");
    cited(r, "s.21", 1, 2, 3, 4, 5);
    cited(r, "s.21", 12, 13, 14, 15, 16);
    cited(r, "s.12", 7, 8, 9, 10, 11);
    cited(r, "s.16", 7, 8, 9, 10, 11);
    assertThat(r.questions().get(17).answer()).startsWith("8626");
    assertThat(r.costs()).hasSize(1);
    assertThat(r.costs().get(0).units()).isEqualTo(2000);
    assertThat(r.costs().get(0).minutesEach()).isEqualByComparingTo("2");
    assertThat(r.statedMinutes().map(Read::value)).contains(66 * 60);
    assertThat(r.received().map(Read::value)).contains(LocalDate.of(2024, 7, 8));
    assertThat(r.statedDue().map(Read::value)).contains(LocalDate.of(2024, 8, 7));
    assertThat(r.reviewProcedure().orElseThrow().value()).contains("internal review");
    assertThat(r.complaintRights().orElseThrow().value()).contains("Information Commissioner");
    spansPointAtTheText(text, r);
  }

  @Test
  void sheffieldCharityCommissionS12StatesItsHours() {
    ReadLetter r =
        LetterReader.read(
            Letters.example("04-sheffield-charity-commission-s12-time-breakdown.txt"));
    assertThat(r.questions()).hasSize(1);
    cited(r, "s.12", 1);
    assertThat(r.statedMinutes().map(Read::value)).contains(1230);
    assertThat(r.received().map(Read::value)).contains(LocalDate.of(2024, 1, 24));
    assertThat(r.statedDue().map(Read::value)).contains(LocalDate.of(2024, 2, 21));
    assertThat(r.reviewProcedure()).isPresent();
    assertThat(r.complaintRights()).isPresent();
  }

  @Test
  void sheffieldDrupalS43WithItsPublicInterestTests() {
    String text = Letters.example("05-sheffield-drupal-cms-s43-public-interest.txt");
    ReadLetter r = LetterReader.read(text);
    assertThat(r.questions()).hasSize(11);
    ReadCitation first = cited(r, "s.43(2)", 1, 2);
    assertThat(first.sure()).isTrue();
    ReadPublicInterest shortTest = first.publicInterest().orElseThrow();
    assertThat(shortTest.argumentsFor()).singleElement().asString().contains("openness");
    assertThat(shortTest.argumentsAgainst()).singleElement().asString().contains("negotiate");
    assertThat(shortTest.conclusion()).startsWith("On balance");
    ReadPublicInterest full = cited(r, "s.43(2)", 10).publicInterest().orElseThrow();
    assertThat(full.argumentsFor()).singleElement().asString().contains("spend money");
    assertThat(full.argumentsAgainst()).singleElement().asString().contains("tender process");
    assertThat(full.conclusion()).contains("outweighs");
    // "S43 as above": the same exemption, read as a cross-reference (not sure).
    assertThat(cited(r, "s.43(2)", 5).sure()).isFalse();
    cited(r, "s.43(2)", 6);
    cited(r, "s.43(2)", 11);
    assertThat(r.questions().get(4).outcome()).contains(Outcome.REFUSED_EXEMPTION);
    assertThat(r.questions().get(9).outcome()).contains(Outcome.PROVIDED_IN_PART);
    // Undated: the thread's header of the message that answers (not the holding e-mail) dates it.
    Read<LocalDate> sent = r.sent().orElseThrow();
    assertThat(sent.value()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(sent.sure()).isFalse();
    assertThat(text.substring(sent.span().start(), sent.span().end())).startsWith("2024-08-01T");
    spansPointAtTheText(text, r);
  }

  @Test
  void sheffieldCarriagewayIsEirWithTheRegulation12Test() {
    ReadLetter r =
        LetterReader.read(Letters.example("06-sheffield-carriageway-repairs-eir-12-5-e.txt"));
    assertThat(r.regime().value()).isEqualTo(Regime.EIR);
    assertThat(r.questions())
        .extracting(ReadQuestion::label)
        .containsExactly(
            "Question 1",
            "Question 2",
            "Question 3",
            "Question 4",
            "Question 5",
            "Question 6",
            "Question 7",
            "Question 8",
            "Question 9",
            "Question 10");
    ReadCitation e = cited(r, "reg 12(5)(e)", 5);
    assertThat(e.code()).isEqualTo("EIR-12-5-e");
    assertThat(e.kind()).isEqualTo(ProvisionKind.QUALIFIED);
    ReadPublicInterest pi = e.publicInterest().orElseThrow();
    assertThat(String.join(" ", pi.argumentsFor())).contains("transparency");
    assertThat(String.join(" ", pi.argumentsAgainst())).contains("harm");
    assertThat(pi.conclusion()).contains("outweighs");
    cited(r, "reg 12(2)", 5);
    assertThat(r.received().map(Read::value)).contains(LocalDate.of(2025, 4, 7));
    assertThat(r.statedDue().map(Read::value)).contains(LocalDate.of(2025, 5, 8));
  }

  @Test
  void sheffieldGoLocalS14AndTheRights() {
    ReadLetter r =
        LetterReader.read(Letters.example("07-sheffield-go-local-bids-s14-internal-review.txt"));
    assertThat(r.citations()).extracting(ReadCitation::reference).contains("s.14(1)", "s.14");
    assertThat(r.citations())
        .filteredOn(c -> c.code().startsWith("FOIA-14"))
        .allMatch(c -> c.kind() == ProvisionKind.REFUSAL);
    assertThat(r.reviewProcedure()).isPresent();
    assertThat(r.complaintRights().orElseThrow().value()).contains("Information Commissioner");
    assertThat(r.received().map(Read::value)).contains(LocalDate.of(2015, 3, 4));
  }

  @Test
  void policeLettersGiveTheirRightsAndDates() {
    ReadLetter cumbria =
        LetterReader.read(Letters.example("01-cumbria-hospital-crimes-tables.txt"));
    assertThat(cumbria.citations()).isEmpty();
    assertThat(cumbria.received().map(Read::value)).contains(LocalDate.of(2025, 9, 15));
    assertThat(cumbria.sent().map(Read::value)).contains(LocalDate.of(2025, 10, 13));
    assertThat(cumbria.reviewProcedure()).isPresent();
    assertThat(cumbria.complaintRights()).isPresent();
    ReadLetter durham =
        LetterReader.read(Letters.example("02-durham-hospital-crimes-dash-zeros.txt"));
    assertThat(durham.sent().map(Read::value)).contains(LocalDate.of(2025, 10, 15));
    assertThat(durham.received()).isEmpty();
    assertThat(durham.complaintRights()).isPresent();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We received your request on 5 March 2015.|2015-03-05",
        "We received your request on 5th March 2015.|2015-03-05",
        "Your request, received on 05/03/2015, asked|2015-03-05",
        "Your request was received by the Council on the 5th of March 2015.|2015-03-05",
        "Your request received 2015-03-05.|2015-03-05",
        "We received your request on 31/02/2015.|",
      })
  void datesAsLettersWriteThem(String sentence, String expected) {
    ReadLetter r = LetterReader.read("Dear Requester,\n" + sentence + "\nYours sincerely");
    assertThat(r.received().map(Read::value))
        .isEqualTo(Optional.ofNullable(expected).map(LocalDate::parse));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "s.40(2)|s.40(2)|FOIA-40-2",
        "section 43(2)|s.43(2)|FOIA-43-2",
        "s.31(1)(a)|s.31(1)(a)|FOIA-31-1-a",
        "Section 12 of the Act|s.12|FOIA-12",
        "section 12(1)|s.12|FOIA-12",
        "s.14(1)|s.14(1)|FOIA-14-1",
        "section 40(5B)(a)(i)|s.40(5B)(a)(i)|FOIA-40-5B-a-i",
        "regulation 12(4)(b)|reg 12(4)(b)|EIR-12-4-b",
        "reg 12(5)(e)|reg 12(5)(e)|EIR-12-5-e",
        "regulation 13(1)|reg 13(1)|EIR-13-1",
        "section 17.1 of the Freedom of Information Act|s.17(1)|FOIA-17-1",
      })
  void citationsAtSubsectionLevel(String written, String reference, String code) {
    ReadLetter r =
        LetterReader.read("1. How many?\n\nThe information is withheld under " + written + ".\n");
    assertThat(r.citations()).extracting(ReadCitation::reference).containsExactly(reference);
    assertThat(r.citations().get(0).code()).isEqualTo(code);
    assertThat(r.citations().get(0).questions()).containsExactly(1);
  }

  @Test
  void severalSectionsInOneBreathAndProvisionsNotInTheCatalogue() {
    ReadLetter r =
        LetterReader.read(
            "1. Names?\n\nWithheld under sections 40(2) and 43(2). You may complain under section"
                + " 50. See regulation 4(3) of the Fees Regulations.\n");
    assertThat(r.citations())
        .extracting(ReadCitation::reference)
        .containsExactly("s.40(2)", "s.43(2)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.|2.|3.",
        "1)|2)|3)",
        "Q1|Q2|Q3",
        "(a)|(b)|(c)",
        "Question 1:|Question 2:|Question 3:"
      })
  void questionsNumberedAsTheRequesterNumberedThem(String a, String b, String c) {
    String letter =
        "Dear Requester,\nYou asked:\n"
            + a
            + " How many bins are there?\nThere are 12 bins.\n"
            + b
            + " How many were emptied late?\nWe do not hold this information.\n"
            + c
            + " Who empties them?\nThe information is exempt under section 43(2).\n"
            + "Yours sincerely,\nThe Council\n";
    ReadLetter r = LetterReader.read(letter);
    assertThat(r.questions()).extracting(ReadQuestion::number).containsExactly(1, 2, 3);
    assertThat(r.questions())
        .extracting(ReadQuestion::text)
        .containsExactly(
            "How many bins are there?", "How many were emptied late?", "Who empties them?");
    assertThat(r.questions())
        .extracting(q -> q.outcome().orElseThrow())
        .containsExactly(Outcome.PROVIDED_IN_FULL, Outcome.NOT_HELD, Outcome.REFUSED_EXEMPTION);
    cited(r, "s.43(2)", 3);
  }

  @Test
  void nothingIsInventedFromALetterThatStatesNothing() {
    ReadLetter r = LetterReader.read("Thank you for your letter. We will reply soon.");
    assertThat(r.citations()).isEmpty();
    assertThat(r.received()).isEmpty();
    assertThat(r.sent()).isEmpty();
    assertThat(r.statedDue()).isEmpty();
    assertThat(r.costs()).isEmpty();
    assertThat(r.reviewProcedure()).isEmpty();
    assertThat(r.complaintRights()).isEmpty();
    assertThat(r.regime().sure()).isFalse();
    assertThat(r.unread()).contains("the requester's questions");
    assertThat(r.questions()).singleElement().matches(q -> !q.sure());
  }

  @Test
  void aBareMentionOfTheIcoIsNotTheRightToComplain() {
    ReadLetter r =
        LetterReader.read(
            "1. Why?\n\nWithheld under section 43(2). In reaching this decision we have relied"
                + " upon the guidance from the ICO.\n");
    assertThat(r.complaintRights()).isEmpty();
  }

  @Test
  void theLongestTextIsReadQuickly() {
    StringBuilder b = new StringBuilder("Dear Requester,\n");
    int i = 1;
    while (b.length() < 199_000) {
      b.append(i++).append(". How many under section 40(2)?\n \n\n   \nWe do not hold it.\n");
    }
    long start = System.nanoTime();
    ReadLetter r = LetterReader.read(b.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.questions()).hasSize(LetterReader.MAX_QUESTIONS);
    assertThat(millis).as("milliseconds to read 200,000 characters").isLessThan(5_000);
    String blank = " ".repeat(100_000) + "\n".repeat(99_000);
    start = System.nanoTime();
    LetterReader.read(blank);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }
}
