package uk.foitracker.rules.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.release.PersonalDataScan.Hit;
import uk.foitracker.rules.release.PersonalDataScan.Kind;
import uk.foitracker.rules.release.PersonalDataScan.Requester;

/** What a hit carries: the field, the offset in the original text, the kind, a masked excerpt. */
class PersonalDataScanTest {
  private static final PersonalDataScan SCAN =
      PersonalDataScan.forRequester(
          new Requester(
              "Zebedee Quixote-Fairweather",
              "zq.fairweather@example.org, 17 Xylophone Terrace, Quimby-on-Wold, QX9 9ZZ",
              null,
              "How many potholes?\n\nYours sincerely\nZebedee Quixote-Fairweather\n"
                  + "4 Lantern Yard\nQuimby-on-Wold\nQX9 8YY\n07700 900123"));

  @Test
  void folding() {
    assertThat(Normaliser.fold("Fair\u00ADwea\u200Bther")).isEqualTo("fairweather");
    assertThat(Normaliser.fold("Qu\u0456x\u043Ete")).isEqualTo("quixote");
    assertThat(Normaliser.fold("ÉLOÏSE")).isEqualTo("eloise");
    assertThat(Normaliser.fold("ＺＥＢ")).isEqualTo("zeb");
    assertThat(Normaliser.fold("Smith–Jones")).isEqualTo("smith-jones");
  }

  @Test
  void aHitGivesItsFieldOffsetKindAndAMaskedExcerpt() {
    String text = "The figures were checked by Fair\u00ADweather on Monday.";
    List<Hit> hits = SCAN.scan("questions[0].answer.paragraphs[1]", text);
    assertThat(hits).hasSize(1);
    Hit hit = hits.getFirst();
    assertThat(hit.field()).isEqualTo("questions[0].answer.paragraphs[1]");
    assertThat(hit.kind()).isEqualTo(Kind.REQUESTER_NAME);
    assertThat(hit.offset()).isEqualTo(text.indexOf("Fair"));
    assertThat(text.substring(hit.offset(), hit.offset() + hit.length()))
        .isEqualTo("Fair\u00ADweather");
    assertThat(hit.context())
        .isEqualTo("The figures were checked by [the requester's name] on Monday.")
        .doesNotContain("weather");
  }

  @Test
  void theWholeNameIsOneHitAndEveryPieceOfDataInTheExcerptIsMasked() {
    List<Hit> hits =
        SCAN.scan("reason", "Asked by Zebedee Quixote-Fairweather (zq.fairweather@example.org).");
    assertThat(hits)
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_NAME, Kind.REQUESTER_EMAIL);
    for (Hit h : hits) {
      assertThat(h.context()).doesNotContainIgnoringCase("zebedee").doesNotContain("example.org");
    }
  }

  @Test
  void theSignatureBlockOfTheRequestGivesMoreOfTheRequestersData() {
    assertThat(SCAN.scan("t", "Parking at 4 Lantern Yard"))
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_ADDRESS);
    assertThat(SCAN.scan("t", "QX98YY"))
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_POSTCODE);
    assertThat(SCAN.scan("t", "+44 7700 900 123"))
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_PHONE);
    assertThat(SCAN.scan("t", "Lantern Yard"))
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_ADDRESS);
  }

  @Test
  void anAddressGivenInTheRequestTextIsTheRequesters() {
    PersonalDataScan scan =
        PersonalDataScan.forRequester(
            new Requester(
                "Ann Onymous",
                "ann@example.org",
                null,
                "Please post the reply: my address is 9 Wimbleby Gardens, Thorp, TH4 2QQ. Thanks"));
    assertThat(scan.scan("t", "Letters to Wimbleby Gardens"))
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_ADDRESS);
    assertThat(scan.scan("t", "TH4 2QQ"))
        .extracting(Hit::kind)
        .containsExactly(Kind.REQUESTER_POSTCODE);
    // the post town alone, and the words after the address, identify nobody
    assertThat(scan.scan("t", "Thanks for your patience. Services in Thorp.")).isEmpty();
  }

  @Test
  void anyonesDataOnItsFace() {
    PersonalDataScan anyone = PersonalDataScan.anyone();
    assertThat(anyone.scan("t", "Write to jo.bloggs@example.com"))
        .extracting(Hit::kind)
        .containsExactly(Kind.EMAIL_ADDRESS);
    assertThat(anyone.scan("t", "Write to foi@example.gov.uk")).isEmpty();
    assertThat(anyone.scan("t", "NI number AB 12 34 56 C"))
        .extracting(Hit::kind)
        .containsExactly(Kind.NATIONAL_INSURANCE_NUMBER);
    assertThat(anyone.scan("t", "DOB: 01/02/1980"))
        .extracting(Hit::kind)
        .containsExactly(Kind.DATE_OF_BIRTH);
    assertThat(anyone.scan("t", "She lives at 14 Larch Avenue, Oxford OX4 1AA"))
        .extracting(Hit::kind)
        .containsExactly(Kind.HOME_ADDRESS);
    assertThat(anyone.scan("t", "Darlington Memorial Hospital, 29 Hollyhurst Road, DL3 6HX"))
        .isEmpty();
    assertThat(anyone.scan("t", "Call 0303 123 1113")).isEmpty();
    assertThat(anyone.scan("t", "Call 07700 900 777"))
        .extracting(Hit::kind)
        .containsExactly(Kind.PHONE_NUMBER);
  }

  @Test
  void ordinaryWordsInANameAreMatchedOnlyWithTheRestOfIt() {
    PersonalDataScan brown =
        PersonalDataScan.forRequester(new Requester("Sam Brown", "sb@example.org", null, null));
    assertThat(brown.scan("t", "Brown | 12\nSmith | 9")).isEmpty();
    assertThat(brown.scan("t", "Dear Mr Brown")).isNotEmpty();
    assertThat(brown.scan("t", "sam brown")).isNotEmpty();
    PersonalDataScan pseudonym =
        PersonalDataScan.forRequester(
            new Requester("Curious Requester", "cr@example.org", null, null));
    assertThat(pseudonym.scan("t", "The requester's question. Dear Mr Requester")).isEmpty();
    assertThat(pseudonym.scan("t", "from Curious Requester")).isNotEmpty();
  }

  @Test
  void aNameThatIsNotStatedIsNoName() {
    // An imported letter files its requester as "Not stated": the words "not" and "stated" in
    // the letter must not count as the requester's name (the compare test met this).
    PersonalDataScan notStated =
        PersonalDataScan.forRequester(new Requester("Not stated", "Not stated", null, null));
    assertThat(notStated.scan("t", "The information is not held, as stated above.")).isEmpty();
    assertThat(notStated.scan("t", "Mail me at jo.bloggs@example.org")).isNotEmpty();
  }
}
