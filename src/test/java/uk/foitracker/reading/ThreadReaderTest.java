package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.reading.ReadThread.ReadReview;
import uk.foitracker.rules.Regime;

/**
 * The clock read from real Sheffield threads of the labelled corpus ({@code
 * src/test/resources/notices/}), each event as the thread states it and dated as it states it.
 */
class ThreadReaderTest {

  static String letter(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/notices"))) {
      Path p =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix + "-"))
              .filter(f -> f.toString().endsWith(".txt"))
              .findFirst()
              .orElseThrow();
      return Files.readString(p, StandardCharsets.UTF_8);
    }
  }

  static String events(ReadThread t) {
    List<String> out = new ArrayList<>();
    for (ReadThread.ReadClockEvent e : t.events()) {
      out.add(
          e.kind() + " " + e.date().value() + e.newDue().map(d -> " to " + d.value()).orElse(""));
    }
    return out.isEmpty() ? "none" : String.join("; ", out);
  }

  static String reviews(ReadThread t) {
    List<String> out = new ArrayList<>();
    for (ReadReview r : t.reviews()) {
      out.add(
          r.number()
              + " asked "
              + r.requested().value()
              + r.statedDue().map(d -> " due " + d.value()).orElse("")
              + r.decided().map(d -> " decided " + d.value()).orElse(" undecided"));
    }
    return out.isEmpty() ? "none" : String.join("; ", out);
  }

  @ParameterizedTest(name = "[{index}] letter {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # letter | clock events | internal reviews | last message | no response stated
          # 19: clarification asked 21 Dec 2023, given 22 Dec (the council: "which we received on 22/12/2023")
          19 | CLARIFICATION_REQUESTED 2023-12-21; CLARIFICATION_RECEIVED 2023-12-22 | none | 2024-01-24 | false
          # 37: asked 28 Oct 2024, the requester's reply of 19 Dec 2024
          37 | CLARIFICATION_REQUESTED 2024-10-28; CLARIFICATION_RECEIVED 2024-12-19 | none | 2025-02-18 | false
          # 29: s.10(3) notice on the 20th working day, "until 26/09/2023"; review acknowledged, thread ends
          29 | PUBLIC_INTEREST_EXTENSION 2023-08-29 to 2023-09-26 | 1 asked 2024-02-19 due 2024-03-18 undecided | 2024-02-23 | true
          # 35: "until 10 October 2023"; review asked 18 Oct 2023 and chased, never decided
          35 | PUBLIC_INTEREST_EXTENSION 2023-09-12 to 2023-10-10 | 1 asked 2023-10-18 due 2023-11-15 undecided | 2024-02-20 | true
          # 30: s.10(3) naming no exemption, "due on 30^th May 2025"
          30 | PUBLIC_INTEREST_EXTENSION 2025-05-01 to 2025-05-30 | none | 2025-05-01 | false
          # 10: s.10(3) after the 20th working day
          10 | PUBLIC_INTEREST_EXTENSION 2022-11-21 to 2022-12-19 | none | 2022-12-22 | false
          # 36, 39: EIR reg 7(1) extensions
          36 | COMPLEX_VOLUMINOUS_EXTENSION 2025-03-21 | none | 2025-03-21 | false
          39 | COMPLEX_VOLUMINOUS_EXTENSION 2024-03-04 | none | 2024-11-01 | false
          # 33: EIR review asked 14 Jul 2023, "by 11/09/2023", decided 25 Oct 2023
          33 | none | 1 asked 2023-07-14 due 2023-09-11 decided 2023-10-25 | 2023-10-25 | true
          # 07: review asked Sun 8 Mar 2015, decided 8 Apr 2015 ("I have carried out an Internal Review")
          07 | none | 1 asked 2015-03-08 decided 2015-04-08 | 2015-04-08 | false
          # 34: review asked 1 Jul 2024, "by 30/07/2024", decided 14 Oct 2024
          34 | none | 1 asked 2024-07-01 due 2024-07-30 decided 2024-10-14 | 2024-10-14 | true
          """)
  void readsTheClockOfAThread(
      String letter, String events, String reviews, String last, boolean noResponse)
      throws IOException {
    ReadThread t = ThreadReader.read(letter(letter));
    assertThat(events(t)).isEqualTo(events);
    assertThat(reviews(t)).isEqualTo(reviews);
    assertThat(t.lastMessage().map(d -> d.value().toString()).orElse("none")).isEqualTo(last);
    assertThat(t.noResponse().isPresent()).isEqualTo(noResponse);
  }

  @Test
  void aLetterWithoutDatedMessagesHasNoThread() throws IOException {
    assertThat(ThreadReader.read(letter("09"))).isEqualTo(ReadThread.NONE);
    assertThat(ThreadReader.read("We extended the deadline under section 10(3) until 1 May 2024."))
        .isEqualTo(ReadThread.NONE);
    assertThat(ThreadReader.read(null)).isEqualTo(ReadThread.NONE);
  }

  @Test
  void theLetterCarriesItsThread() throws IOException {
    ReadLetter read = LetterReader.read(letter("19"));
    assertThat(read.thread().events()).hasSize(2);
  }

  @Test
  void theFactsCarryTheThreadsClock() throws IOException {
    LocalDate today = LocalDate.of(2026, 12, 6);
    // 29: a s.10(3) extension and no response: as at the thread's last message, not sent
    String t29 = letter("29");
    var f29 = LetterFacts.of(LetterReader.read(t29), t29, LetterFacts.Given.NOTHING, today, 5);
    assertThat(f29.responded()).isFalse();
    assertThat(f29.asOf()).hasToString("2024-02-23");
    assertThat(f29.clockEvents()).hasSize(1);
    assertThat(f29.reviews()).hasSize(1);
    // 36: the reg 7 extension counts under the EIR only
    String t36 = letter("36");
    var eir =
        LetterFacts.of(
            LetterReader.read(t36),
            t36,
            new LetterFacts.Given(Optional.of(Regime.EIR), Optional.empty(), Optional.empty()),
            today,
            5);
    var foia =
        LetterFacts.of(
            LetterReader.read(t36),
            t36,
            new LetterFacts.Given(Optional.of(Regime.FOIA), Optional.empty(), Optional.empty()),
            today,
            5);
    assertThat(eir.clockEvents()).hasSize(1);
    assertThat(foia.clockEvents()).isEmpty();
  }

  @Test
  void readsAResponseSentInParts() throws IOException {
    // 08: "A further disclosure to you will be made imminently" (1 Feb 2024), then "Please find the
    // outstanding data" (2 Feb 2024)
    ReadThread t = ThreadReader.read(letter("08"));
    assertThat(t.instalments())
        .extracting(i -> i.number() + " " + i.sent().value() + " " + i.moreToFollow())
        .containsExactly("1 2024-02-01 true", "2 2024-02-02 false");
    // 35: a partial response and nothing after it is not a response in parts
    assertThat(ThreadReader.read(letter("35")).instalments()).isEmpty();
  }

  @Test
  void section39UnderTheEirIsTheRouteNotAGround() throws IOException {
    // 33: "information which bears upon the environment is exempt under section 39": why the EIR
    // apply, not an exemption relied on; the drawings are attached
    String t = letter("33");
    var facts =
        LetterFacts.of(
            LetterReader.read(t),
            t,
            new LetterFacts.Given(Optional.of(Regime.EIR), Optional.empty(), Optional.empty()),
            LocalDate.of(2026, 12, 6),
            5);
    assertThat(facts.questions())
        .flatExtracting(q -> q.citations())
        .noneMatch(c -> c.code().startsWith("FOIA-39"));
    assertThat(facts.reviews()).hasSize(1);
    assertThat(facts.reviews().get(0).decided()).contains(LocalDate.of(2023, 10, 25));
  }
}
