package uk.foitracker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foitracker.examples.Example.Answer;
import uk.foitracker.examples.Example.BlankMeaning;
import uk.foitracker.examples.Example.Row;
import uk.foitracker.examples.Example.Table;

/**
 * The transcriptions hold the letters: every text occurs in its letter (whitespace-normalised),
 * every date is one the letter states, every table label is the letter's words in order, and every
 * stated total adds up, so a slip in transcribing a figure fails here.
 */
class TranscriptionTest {
  static Stream<Example> examples() {
    return Examples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyTextOccursInTheLetter(Example e) {
    String letter = Letter.text(e.file());
    SoftAssertions soft = new SoftAssertions();
    for (String s : e.verbatim()) {
      soft.assertThat(letter).as(e.file()).contains(Letter.normalise(s));
    }
    soft.assertThat(letter).contains(e.authority());
    String regimeReason = ScreenEntry.REGIME_REASONS.get(e.key());
    if (regimeReason != null) {
      soft.assertThat(letter).as(e.file()).contains(Letter.normalise(regimeReason));
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyDateIsStatedInTheLetter(Example e) {
    String letter = Letter.raw(e.file());
    List<LocalDate> dates = new ArrayList<>();
    Stream.of(e.received(), e.acknowledged(), e.statedDue()).forEach(dates::add);
    e.holdingEmails().forEach(dates::add);
    e.instalments().forEach(i -> dates.add(i.sentOn()));
    e.reviews()
        .forEach(
            r ->
                Stream.of(r.requested(), r.receivedByAuthority(), r.acknowledged(), r.statedDue())
                    .forEach(dates::add));
    SoftAssertions soft = new SoftAssertions();
    for (LocalDate d : dates) {
      if (d != null) {
        soft.assertThat(stated(letter, d)).as(e.file() + " states " + d).isTrue();
      }
    }
    soft.assertAll();
  }

  /** The forms a letter (or its WhatDoTheyKnow timestamp) writes a date in. */
  static boolean stated(String letter, LocalDate d) {
    String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    int day = d.getDayOfMonth();
    String suffix =
        (day % 10 == 1 && day != 11)
            ? "st"
            : (day % 10 == 2 && day != 12) ? "nd" : (day % 10 == 3 && day != 13) ? "rd" : "th";
    return Stream.of(
            d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            d.format(DateTimeFormatter.ISO_LOCAL_DATE),
            day + " " + month + " " + d.getYear(),
            day + suffix + " " + month + " " + d.getYear(),
            day + "^" + suffix + " " + month + " " + d.getYear())
        .anyMatch(letter::contains);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyTableLabelIsTheLettersWordsAndEveryTotalAddsUp(Example e) {
    String letter = Letter.text(e.file());
    SoftAssertions soft = new SoftAssertions();
    for (Answer a : e.answers()) {
      for (Table t : a.tables()) {
        soft.assertThat(Letter.wordsInOrder(letter, t.corner())).as(t.corner()).isTrue();
        for (String c : t.columns()) {
          soft.assertThat(Letter.wordsInOrder(letter, c)).as("column " + c).isTrue();
        }
        for (Row r : t.rows()) {
          soft.assertThat(Letter.wordsInOrder(letter, r.label())).as("row " + r.label()).isTrue();
          soft.assertThat(r.cells()).as(r.label()).hasSize(t.columns().size());
          if (t.lastColumnTotal()) {
            int n = r.cells().size();
            long sum = r.cells().subList(0, n - 1).stream().mapToLong(TranscriptionTest::n).sum();
            soft.assertThat(sum).as("row total of " + r.label()).isEqualTo(n(r.cells().get(n - 1)));
          }
        }
        List<Row> totals = t.rows().stream().filter(Row::total).toList();
        for (Row total : totals) {
          for (int col = 0; col < t.columns().size(); col++) {
            final int c = col;
            long sum =
                t.rows().stream().filter(r -> !r.total()).mapToLong(r -> n(r.cells().get(c))).sum();
            soft.assertThat(sum)
                .as(t.corner() + " column " + t.columns().get(c))
                .isEqualTo(n(total.cells().get(c)));
          }
        }
        boolean blanks =
            t.rows().stream()
                .flatMap(r -> r.cells().stream())
                .anyMatch(s -> s.isEmpty() || s.equals("-"));
        soft.assertThat(blanks)
            .as("blank meaning of " + t.corner())
            .isEqualTo(t.blank() != BlankMeaning.NONE);
        if (t.blank() == BlankMeaning.ZERO) {
          soft.assertThat(totals.isEmpty() && !t.lastColumnTotal())
              .as("a blank read as zero is shown by a total")
              .isFalse();
        }
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyQuestionIsAnsweredOrRefused(Example e) {
    for (int q = 1; q <= e.questions().size(); q++) {
      final int n = q;
      boolean answered = e.answers().stream().anyMatch(a -> a.questions().contains(n));
      boolean cited = e.citations().stream().anyMatch(c -> c.questions().contains(n));
      assertThat(answered || cited).as(e.key() + " question " + n).isTrue();
    }
  }

  private static long n(String cell) {
    return cell.isEmpty() || cell.equals("-") ? 0 : Long.parseLong(cell.replace(",", ""));
  }
}
