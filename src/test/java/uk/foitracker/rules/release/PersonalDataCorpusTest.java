package uk.foitracker.rules.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.release.PersonalDataScan.Hit;
import uk.foitracker.rules.release.PersonalDataScan.Requester;

/**
 * Issue 21's first "done when": disguised personal data, generated systematically from invented
 * requesters ({@code personaldata/identities.tsv}) times the disguises an attacker or a careless
 * edit gives it, plus other people's data ({@code others.txt}), is all refused; ordinary text (the
 * real responses' paragraphs and table cells in {@code letters.txt}, surname tables and the word
 * "requester" in {@code ordinary.txt}) all passes, whichever requester it is checked against.
 */
class PersonalDataCorpusTest {
  private static final String SOFT_HYPHEN = "\u00AD";
  private static final String ZERO_WIDTH = "\u200B";

  record Identity(String name, String email, List<String> addressLines, String phone) {
    Requester requester() {
      return new Requester(name, email + ", " + phone, String.join("\n", addressLines), null);
    }
  }

  @Test
  void disguisedPersonalDataIsAllRefusedAndOrdinaryTextAllPasses() throws IOException {
    List<Identity> identities = identities();
    Map<String, Identity> disguised = new LinkedHashMap<>();
    for (Identity id : identities) {
      for (String text : disguises(id)) {
        disguised.put(text, id);
      }
    }
    List<String> others = blocks("others.txt");
    List<String> ordinary = new ArrayList<>(blocks("letters.txt"));
    ordinary.addAll(blocks("ordinary.txt"));

    List<String> missed = new ArrayList<>();
    int refused = 0;
    for (Map.Entry<String, Identity> e : disguised.entrySet()) {
      List<Hit> hits =
          PersonalDataScan.forRequester(e.getValue().requester()).scan("text", e.getKey());
      if (hits.isEmpty()) {
        missed.add(e.getValue().name() + ": " + visible(e.getKey()));
      } else {
        refused++;
        assertMasked(e.getValue(), hits);
      }
    }
    PersonalDataScan first = PersonalDataScan.forRequester(identities.getFirst().requester());
    for (String text : others) {
      if (first.scan("text", text).isEmpty()
          || PersonalDataScan.anyone().scan("t", text).isEmpty()) {
        missed.add("someone else's: " + text);
      } else {
        refused++;
      }
    }
    int cases = disguised.size() + others.size();

    List<String> blocked = new ArrayList<>();
    List<Requester> requesters = new ArrayList<>();
    identities.forEach(i -> requesters.add(i.requester()));
    // the requester the real letters are entered for in ExampleCaseTest
    requesters.add(new Requester("Ottoline Brackenbury", "ottoline@example.org", null, null));
    int checks = 0;
    for (Requester r : requesters) {
      PersonalDataScan scan = PersonalDataScan.forRequester(r);
      for (String text : ordinary) {
        checks++;
        for (Hit h : scan.scan("text", text)) {
          blocked.add(r.name() + " | " + h.message());
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Personal data corpus: %d of %d disguised cases refused (%.1f%%); %d ordinary texts x %d"
            + " requesters = %d checks, %d false blocks (%.1f%%)%n",
        refused,
        cases,
        100.0 * refused / cases,
        ordinary.size(),
        requesters.size(),
        checks,
        blocked.size(),
        100.0 * blocked.size() / checks);
    assertThat(cases).isGreaterThanOrEqualTo(200);
    assertThat(ordinary.size()).isGreaterThanOrEqualTo(200);
    assertThat(missed).as("disguised personal data that would publish").isEmpty();
    assertThat(blocked).as("ordinary text refused").isEmpty();
  }

  /** Every disguise of each identity's data, generated from the same recipe. */
  static List<String> disguises(Identity id) {
    List<String> out = new ArrayList<>();
    String full = id.name();
    String[] words = full.split(" ");
    String firstName = words[0];
    String surname = words[words.length - 1];
    out.add("The request from " + full + " was answered on 3 May.");
    out.add(full.toUpperCase(Locale.ROOT));
    out.add("sent to " + full.toLowerCase(Locale.ROOT) + " by post");
    if (!CommonWords.PSEUDONYM.contains(Normaliser.fold(surname))) {
      // "Dear Mr Requester" addresses a pseudonym (WhatDoTheyKnow's), which identifies nobody
      out.add("Dear Mr " + surname + ",");
      out.add("Dear Ms " + surname.toUpperCase(Locale.ROOT));
      out.add(firstName.charAt(0) + ". " + surname + " asked for the figures.");
    }
    out.add(firstName + "  " + surname + " | 12");
    out.add(full.replace(" ", "\n"));
    out.add(full.replace(" ", "\u00A0"));
    out.add(surname + ", " + firstName);
    for (String part : full.split("[ \\-]")) {
      if (part.length() < 3 || CommonWords.common(Normaliser.fold(part))) {
        continue; // matched only with the rest of the name: see the full-name disguises
      }
      out.add("Figures supplied by " + part + " in 2024.");
      out.add(part);
      out.add(part.toUpperCase(Locale.ROOT) + " | 4");
      out.add(insert(part, SOFT_HYPHEN));
      out.add("Dear " + insert(part, ZERO_WIDTH));
      out.add(cyrillic(part) + " asked");
      out.add(accented(part));
      out.add(stripAccents(part) + "'s request");
      out.add(fullWidth(part));
      out.add("(" + part + ")");
    }
    out.add(insert(full, SOFT_HYPHEN));
    out.add(insert(full, ZERO_WIDTH));
    out.add(cyrillic(full));
    out.add(accented(full));
    // e-mail
    String email = id.email();
    String local = email.substring(0, email.indexOf('@'));
    String domain = email.substring(email.indexOf('@') + 1);
    out.add("Reply to " + email);
    out.add(email.toUpperCase(Locale.ROOT));
    out.add(local + "@" + ZERO_WIDTH + domain);
    out.add(insert(local, ZERO_WIDTH) + "@" + domain);
    out.add(local + " (at) " + domain.replace(".", " (dot) "));
    out.add(local + " [at] " + domain);
    out.add(local + " @ " + domain);
    out.add("user name " + local + " on the portal");
    out.add(local.toUpperCase(Locale.ROOT));
    out.add(cyrillic(email));
    // postal address
    List<String> lines = id.addressLines();
    List<String> segments = List.of(String.join(",", lines).split(" *, *"));
    String postcode = segments.getLast();
    String firstLine =
        segments.stream()
            .filter(l -> !l.matches("(?i)(flat|apartment|unit) \\d+\\w?"))
            .findFirst()
            .orElseThrow();
    String numbered =
        segments.stream().filter(l -> l.matches("\\d.*")).findFirst().orElse(firstLine);
    String street = numbered.replaceFirst("^[0-9a-z]+ ", "");
    out.add(String.join(", ", lines));
    out.add(String.join("\n", lines));
    out.add("Letter returned from " + firstLine);
    out.add(numbered.toUpperCase(Locale.ROOT));
    out.add(numbered.replace(" ", "  "));
    out.add(insert(numbered, SOFT_HYPHEN));
    if (List.of(street.split(" ")).stream()
        .anyMatch(w -> !CommonWords.common(Normaliser.fold(w)))) {
      out.add(street); // a street of ordinary words alone ("Heather Close") identifies nobody
    }
    out.add(postcode);
    out.add(postcode.replace(" ", ""));
    out.add(postcode.toLowerCase(Locale.ROOT));
    out.add("Postcode area " + postcode.replace(" ", "  "));
    // phone
    String phone = id.phone();
    String digits = phone.replace(" ", "");
    out.add("Tel " + phone);
    out.add(digits);
    out.add("+44 " + digits.substring(1));
    out.add("+44 (0)" + digits.substring(1));
    out.add("0044" + digits.substring(1));
    out.add(digits.substring(0, 5) + "-" + digits.substring(5));
    out.add("(" + digits.substring(0, 5) + ") " + digits.substring(5));
    out.add(digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7));
    return out;
  }

  private static void assertMasked(Identity id, List<Hit> hits) {
    for (Hit h : hits) {
      String context = Normaliser.fold(h.context());
      assertThat(context).doesNotContain(Normaliser.fold(id.email()));
      for (String part : id.name().split("[ \\-]")) {
        String p = Normaliser.fold(part);
        if (p.length() >= 3 && !CommonWords.common(p)) {
          assertThat(context).as("the excerpt masks the name").doesNotContain(p);
        }
      }
    }
  }

  /** {@code s} with {@code c} after its second character (and in the middle of a long one). */
  private static String insert(String s, String c) {
    if (s.length() < 4) {
      return s.charAt(0) + c + s.substring(1);
    }
    int mid = s.length() / 2;
    return s.substring(0, 2) + c + s.substring(2, mid) + c + s.substring(mid);
  }

  private static String cyrillic(String s) {
    return s.replace('a', '\u0430')
        .replace('e', '\u0435')
        .replace('o', '\u043E')
        .replace('c', '\u0441')
        .replace('p', '\u0440')
        .replace('x', '\u0445');
  }

  private static String accented(String s) {
    return s.replace('e', 'é').replace('a', 'à').replace('o', 'ö').replace('i', 'ï');
  }

  private static String stripAccents(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
    return b.toString();
  }

  private static String visible(String s) {
    return s.replace(SOFT_HYPHEN, "<SHY>").replace(ZERO_WIDTH, "<ZWSP>").replace("\n", "\\n");
  }

  static List<Identity> identities() throws IOException {
    List<Identity> out = new ArrayList<>();
    for (String line : read("identities.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      List<String> address = new ArrayList<>();
      for (String l : f[2].split("[|]")) {
        address.add(l.strip());
      }
      out.add(new Identity(f[0], f[1], address, f[3]));
    }
    return out;
  }

  static List<String> blocks(String file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String block : read(file).split("\n%%\n")) {
      String b = block.strip();
      if (!b.isEmpty() && !b.startsWith("#")) {
        out.add(b);
      }
    }
    return out;
  }

  private static String read(String file) throws IOException {
    try (InputStream in =
        PersonalDataCorpusTest.class.getResourceAsStream("/personaldata/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
