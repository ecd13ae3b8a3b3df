package uk.foitracker.rules.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text about to leave the authority (published to the disclosure log, or
 * published as a correction). Personal data is "any information relating to an identified or
 * identifiable natural person" (UK GDPR Art 4(1)); the requester's is exempt from disclosure under
 * FOIA s.40(1) and anyone else's under s.40(2) with s.40(3A) (disclosure to the world would breach
 * the data protection principles), so none of it may be published.
 *
 * <p>Two kinds of hit. The requester's own data in any form ({@link Requester}): every part of the
 * name, the e-mail address and its local part when distinctive, postcode, the lines of the postal
 * address and phone numbers, from the contact details and from the signature block of the request
 * text. Following the ICO's guidance on names (a name identifies in its context), a part of a name
 * that is an ordinary word ({@link CommonWords}: Brown, Smith, May, Requester...) or shorter than
 * three letters is matched only as the full name, the first and last name side by side, or a title
 * and the surname. And anyone's data that is personal on its face: e-mail addresses of a person
 * (not a role mailbox such as foi@), mobile phone numbers (landlines and 03/08 numbers in responses
 * are the authority's or the ICO's), National Insurance numbers, a full postcode with a house
 * number (a home address; not when the place is an organisation such as a hospital or council
 * office), dates of birth.
 *
 * <p>Every text is first folded ({@link Normaliser}) so that a soft hyphen, a zero-width space, a
 * Cyrillic look-alike letter, capitals or accents do not hide a match. A {@link Hit} gives the
 * field and offset in the original text and an excerpt with the personal data masked: it never
 * holds the data itself, so it can be shown and logged.
 */
public final class PersonalDataScan {

  /** What a hit is, with the words an officer reads. */
  public enum Kind {
    REQUESTER_NAME("the requester's name"),
    REQUESTER_EMAIL("the requester's e-mail address"),
    REQUESTER_EMAIL_LOCAL_PART("the requester's e-mail user name"),
    REQUESTER_POSTCODE("the requester's postcode"),
    REQUESTER_ADDRESS("the requester's address"),
    REQUESTER_PHONE("the requester's phone number"),
    EMAIL_ADDRESS("a personal e-mail address"),
    PHONE_NUMBER("a personal phone number"),
    NATIONAL_INSURANCE_NUMBER("a National Insurance number"),
    HOME_ADDRESS("a home address (house number and postcode)"),
    DATE_OF_BIRTH("a date of birth");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** True for the requester's own data, false for anyone's. */
    public boolean requesters() {
      return name().startsWith("REQUESTER_");
    }
  }

  /**
   * Personal data found.
   *
   * @param field where it was found, e.g. {@code questions[0].text} or {@code correctionReason}
   * @param offset where it starts in the original text of the field (UTF-16 index)
   * @param length its length in the original text
   * @param kind what it is
   * @param context the text around it with every hit masked, e.g. {@code "…asked by [the
   *     requester's name] in May…"}
   */
  public record Hit(String field, int offset, int length, Kind kind, String context) {
    /** "the requester's name from questions[0].text: "…asked by [name] in May…"". */
    public String message() {
      return message("");
    }

    /**
     * "the requester's name from questions[0].text before publishing: "…asked by [name] in May…"",
     * with {@code when} (" before publishing") after the field.
     */
    public String message(String when) {
      return kind.label() + " from " + field + when + ": \"" + context + "\"";
    }
  }

  /**
   * The requester's personal data as the authority holds it. Any part may be null.
   *
   * @param name the name the request was made in
   * @param contact the contact given: an e-mail, a phone number, a postal address as one string
   * @param address a postal address, lines separated by new lines or commas
   * @param requestText the request as received, whose signature block may hold more of the above
   */
  public record Requester(String name, String contact, String address, String requestText) {}

  private static final String B = "(?<![a-z0-9])";
  private static final String E = "(?![a-z0-9])";
  private static final Pattern EMAIL =
      Pattern.compile(B + "([a-z0-9][a-z0-9._%+'-]*)\\s*@\\s*([a-z0-9-]+(?:\\.[a-z0-9-]+)+)" + E);
  private static final Pattern POSTCODE =
      Pattern.compile(B + "([a-z]{1,2}[0-9][a-z0-9]?) *([0-9][a-z]{2})" + E);
  private static final Pattern NI =
      Pattern.compile(
          B + "([a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]) ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-d]" + E);
  private static final Set<String> NI_NEVER = Set.of("bg", "gb", "nk", "kn", "tn", "nt", "zz");
  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?"
          + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String DATE =
      "(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2}"
          + "|[0-9]{1,2}(?:st|nd|rd|th)?(?: of)? "
          + MONTH
          + ",? [0-9]{4}|"
          + MONTH
          + " [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4})";
  private static final Pattern DOB =
      Pattern.compile(
          B
              + "(?:dates? of birth|d\\.? ?o\\.? ?b\\.?|birth ?date|born(?: on)?)\\s*[:\\-]?\\s*(?:is\\s+|was\\s+|on\\s+)?"
              + DATE
              + E);
  private static final Pattern HOUSE_NUMBER = Pattern.compile(B + "([0-9]{1,4}[a-z]?),?\\s+[a-z]");
  private static final Pattern NOT_A_HOUSE =
      Pattern.compile(
          "(?:level|floor|unit|suite|room|box|po box|block|gate|junction|page|section|table|question"
              + "|part|paragraph|regulation|s\\.|no\\.?|number|year|years|week|weeks|day|days)\\s*$");
  private static final Pattern ORGANISATION =
      Pattern.compile(
          B
              + "(?:hospital|council|police|constabulary|station|school|college|university|academy"
              + "|headquarters|town hall|city hall|civic|offices?|centre|center|library|church|surgery"
              + "|practice|ltd|limited|plc|llp|commissioner|nhs|trust|department|unit|team|service"
              + "|services|authority|court|prison|depot|ward|clinic|museum|stadium|park|hotel|shop"
              + "|store|market|business|industrial|estate agents|house of|parliament|level|wing"
              + "|moorfoot|campus|building)"
              + E);
  private static final Pattern ROLE_MAILBOX =
      Pattern.compile(
          "foi|information|enquir|inquir|casework|info|complaint|request|dpo|dataprotection"
              + "|privacy|records|governance|access|disclosure|press|media|customer|service|help"
              + "|support|admin|office|team|contact|hello|webmaster|noreply|no-reply|accounts"
              + "|reception|feedback|review|council|ico|editor|news");
  private static final Pattern PHONE_LABEL =
      Pattern.compile(
          B
              + "(?:mobile|mob|cell|home|my (?:phone|number|tel|telephone)|personal|whatsapp)\\b"
              + "[^0-9\\n]{0,20}$");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?m)^\\s*(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|warm regards"
              + "|regards|many thanks|thanks|thank you|best wishes|best)\\s*[,.!]?\\s*$");
  private static final Pattern GIVEN_ADDRESS =
      Pattern.compile(
          "(?m)(?:my (?:postal |home )?address is|^\\s*(?:postal |home )?address\\s*:)\\s*(.+)$");
  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "lord", "lady");

  /** A literal of the requester's data: the pattern that finds it in folded text, and its kind. */
  private record Needle(Pattern pattern, Kind kind) {}

  private final List<Needle> needles;
  private final Set<String> phones;
  private final Set<String> postcodes;
  private final Set<String> emails;

  private PersonalDataScan(
      List<Needle> needles, Set<String> phones, Set<String> postcodes, Set<String> emails) {
    this.needles = needles;
    this.phones = phones;
    this.postcodes = postcodes;
    this.emails = emails;
  }

  /** A scan for anyone's personal data only (no requester known). */
  public static PersonalDataScan anyone() {
    return new PersonalDataScan(List.of(), Set.of(), Set.of(), Set.of());
  }

  /** A scan for the requester's personal data in any form, and anyone's. */
  public static PersonalDataScan forRequester(Requester r) {
    List<Needle> needles = new ArrayList<>();
    Set<String> phones = new LinkedHashSet<>();
    Set<String> postcodes = new LinkedHashSet<>();
    Set<String> emails = new LinkedHashSet<>();
    List<String> addresses = new ArrayList<>();
    String name = r.name() == null ? "" : Normaliser.fold(r.name()).strip();
    List<String> parts = nameParts(name);
    addName(parts, needles);
    List<String> sources = new ArrayList<>();
    if (r.contact() != null) {
      sources.add(r.contact());
    }
    if (r.address() != null) {
      sources.add(r.address());
      addresses.add(Normaliser.fold(r.address()));
    }
    String signature = signatureBlock(r.requestText(), parts);
    if (signature != null) {
      sources.add(signature);
    }
    if (r.requestText() != null) {
      // "My address is 4 Lantern Yard, Quimby, QX9 8YY" anywhere in the request
      Matcher given = GIVEN_ADDRESS.matcher(Normaliser.fold(r.requestText()));
      while (given.find()) {
        String address = given.group(1);
        Matcher end = POSTCODE.matcher(address); // the address ends at its postcode
        sources.add(end.find() ? address.substring(0, end.end()) : address.split("\\. ")[0]);
      }
    }
    for (String source : sources) {
      String folded = Normaliser.fold(source);
      Matcher m = EMAIL.matcher(folded);
      while (m.find()) {
        emails.add(m.group(1) + "@" + m.group(2));
      }
      phones.addAll(phoneNumbers(folded));
      m = POSTCODE.matcher(folded);
      while (m.find()) {
        postcodes.add(m.group(1) + m.group(2));
      }
      // what remains of a contact once its e-mail and phone numbers are taken out is an address
      String rest = EMAIL.matcher(folded).replaceAll("\n");
      rest = rest.replaceAll("(?<![a-z0-9])\\+?[0-9][0-9 ()\\-.]{8,18}[0-9](?![a-z0-9])", "\n");
      if (POSTCODE.matcher(rest).find() || rest.matches("(?s).*[0-9]+[a-z]?,?\\s+[a-z]+.*")) {
        addresses.add(rest);
      }
    }
    for (String email : emails) {
      addEmail(email, parts, needles);
    }
    for (String address : addresses) {
      addAddress(address, needles);
    }
    return new PersonalDataScan(List.copyOf(needles), phones, postcodes, emails);
  }

  /** The hits in every field, in field order then offset. */
  public List<Hit> scanAll(Map<String, String> fields) {
    List<Hit> hits = new ArrayList<>();
    fields.forEach((field, text) -> hits.addAll(scan(field, text)));
    return hits;
  }

  /** The hits in one field's text, by offset; a hit inside a wider one is left out. */
  public List<Hit> scan(String field, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Normaliser.Folded folded = Normaliser.foldWithOrigins(text);
    String t = folded.text();
    List<int[]> ranges = new ArrayList<>(); // start, end (folded), kind ordinal
    for (Needle n : needles) {
      Matcher m = n.pattern().matcher(t);
      while (m.find()) {
        ranges.add(new int[] {m.start(), m.end(), n.kind().ordinal()});
      }
    }
    anyones(t, ranges);
    ranges.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> -(x[1] - x[0])));
    List<int[]> kept = new ArrayList<>();
    for (int[] range : ranges) {
      if (!kept.isEmpty() && range[1] <= kept.getLast()[1]) {
        continue; // inside a wider hit
      }
      kept.add(range);
    }
    List<int[]> original = new ArrayList<>();
    for (int[] k : kept) {
      original.add(new int[] {folded.originalStart(k[0]), folded.originalEnd(k[1]), k[2]});
    }
    List<Hit> hits = new ArrayList<>();
    for (int[] o : original) {
      Kind kind = Kind.values()[o[2]];
      hits.add(new Hit(field, o[0], o[1] - o[0], kind, context(text, o, original)));
    }
    return hits;
  }

  private void anyones(String t, List<int[]> ranges) {
    Matcher m = EMAIL.matcher(t);
    while (m.find()) {
      String email = m.group(1) + "@" + m.group(2);
      if (emails.contains(email)) {
        ranges.add(new int[] {m.start(), m.end(), Kind.REQUESTER_EMAIL.ordinal()});
      } else if (!ROLE_MAILBOX.matcher(m.group(1)).find()) {
        ranges.add(new int[] {m.start(), m.end(), Kind.EMAIL_ADDRESS.ordinal()});
      }
    }
    phoneHits(t, ranges);
    m = NI.matcher(t);
    while (m.find()) {
      if (!NI_NEVER.contains(m.group(1))) {
        ranges.add(new int[] {m.start(), m.end(), Kind.NATIONAL_INSURANCE_NUMBER.ordinal()});
      }
    }
    m = DOB.matcher(t);
    while (m.find()) {
      ranges.add(new int[] {m.start(), m.end(), Kind.DATE_OF_BIRTH.ordinal()});
    }
    m = POSTCODE.matcher(t);
    int segmentFloor = 0;
    while (m.find()) {
      if (postcodes.contains(m.group(1) + m.group(2))) {
        ranges.add(new int[] {m.start(), m.end(), Kind.REQUESTER_POSTCODE.ordinal()});
      } else {
        int house = houseNumberBefore(t, Math.max(segmentFloor, m.start() - 80), m.start());
        if (house >= 0) {
          ranges.add(new int[] {house, m.end(), Kind.HOME_ADDRESS.ordinal()});
        }
      }
      segmentFloor = m.end();
    }
  }

  /**
   * Where a house number starts in the stretch of text before a postcode, or -1: none, or the place
   * is an organisation's (the stretch names a hospital, council office...).
   */
  private static int houseNumberBefore(String t, int from, int postcode) {
    String stretch = t.substring(from, postcode);
    // the stretch ends at the last sentence end or blank line before the postcode
    int cut = Math.max(stretch.lastIndexOf(". "), stretch.lastIndexOf("\n\n"));
    cut = Math.max(cut, Math.max(stretch.lastIndexOf("? "), stretch.lastIndexOf("; ")));
    int base = from + (cut < 0 ? 0 : cut + 1);
    stretch = t.substring(base, postcode);
    if (ORGANISATION.matcher(stretch).find()) {
      return -1;
    }
    Matcher h = HOUSE_NUMBER.matcher(stretch);
    while (h.find()) {
      if (!NOT_A_HOUSE.matcher(stretch.substring(0, h.start())).find()) {
        return base + h.start();
      }
    }
    return -1;
  }

  private void phoneHits(String t, List<int[]> ranges) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean starts =
          (c == '+' || c == '(' || Character.isDigit(c))
              && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
      if (!starts) {
        continue;
      }
      StringBuilder digits = new StringBuilder();
      int separators = 0;
      for (int j = i; j < t.length(); j++) {
        char d = t.charAt(j);
        if (Character.isDigit(d)) {
          digits.append(d);
          separators = 0;
          boolean endsHere = j + 1 >= t.length() || !Character.isDigit(t.charAt(j + 1));
          if (endsHere && digits.length() >= 10 && digits.length() <= 14) {
            String national = national(digits.toString());
            boolean boundary = j + 1 >= t.length() || !Character.isLetter(t.charAt(j + 1));
            if (boundary && phones.contains(national)) {
              ranges.add(new int[] {i, j + 1, Kind.REQUESTER_PHONE.ordinal()});
              break;
            }
            if (boundary
                && (national.matches("07[1-9][0-9]{8}")
                    || national.matches("0[1-9][0-9]{8,9}")
                        && PHONE_LABEL.matcher(t.substring(Math.max(0, i - 30), i)).find())) {
              ranges.add(new int[] {i, j + 1, Kind.PHONE_NUMBER.ordinal()});
              break;
            }
          }
          if (digits.length() > 14) {
            break;
          }
        } else if ((d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '+')
            && separators < 2) {
          separators++;
        } else {
          break;
        }
      }
    }
  }

  /** A UK number written for dialling from abroad (+44, 0044) as dialled at home (0...). */
  private static String national(String digits) {
    if (digits.startsWith("0044")) {
      return "0" + digits.substring(4);
    }
    if (digits.startsWith("44") && digits.length() == 12) {
      return "0" + digits.substring(2);
    }
    if (digits.startsWith("440") && digits.length() == 13) {
      return digits.substring(2);
    }
    return digits;
  }

  private static Set<String> phoneNumbers(String folded) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m =
        Pattern.compile("(?<![a-z0-9])\\+?[0-9][0-9 ()\\-.]{8,18}[0-9](?![a-z0-9])")
            .matcher(folded);
    while (m.find()) {
      String national = national(m.group().replaceAll("[^0-9]", ""));
      if (national.length() >= 10 && national.length() <= 11 && national.startsWith("0")) {
        found.add(national);
      }
    }
    return found;
  }

  /**
   * What an officer or the importer enters when the letter gives no name: these are not a person's
   * name, and scanning for their words ("not", "stated") would refuse every letter that says "not".
   */
  private static final Set<String> NO_NAME =
      Set.of("not stated", "not known", "not given", "unknown", "anonymous");

  private static List<String> nameParts(String foldedName) {
    List<String> parts = new ArrayList<>();
    if (NO_NAME.contains(foldedName.replaceAll("\\s+", " "))) {
      return parts;
    }
    for (String p : foldedName.split("[\\s\\-.,]+")) {
      String part = p.replaceAll("^'+|'+$", "");
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    while (!parts.isEmpty() && TITLES.contains(parts.getFirst()) && parts.size() > 1) {
      parts.removeFirst();
    }
    return parts;
  }

  private static boolean distinctive(String part) {
    return part.replaceAll("[^a-z]", "").length() >= 3 && !CommonWords.common(part);
  }

  private static void addName(List<String> parts, List<Needle> needles) {
    if (parts.isEmpty()) {
      return;
    }
    String sep = "[\\s\\-.,']*";
    if (parts.size() > 1 || distinctive(parts.getFirst())) {
      needles.add(
          needle(
              parts.stream().map(Pattern::quote).reduce((a, b) -> a + sep + b).orElseThrow(),
              Kind.REQUESTER_NAME));
    }
    if (parts.size() > 1) {
      // "Fairweather, Zebedee"
      needles.add(
          needle(
              Pattern.quote(parts.getLast()) + "\\s*,?\\s*" + Pattern.quote(parts.getFirst()),
              Kind.REQUESTER_NAME));
    }
    if (parts.size() > 2) {
      needles.add(
          needle(
              Pattern.quote(parts.getFirst()) + sep + Pattern.quote(parts.getLast()),
              Kind.REQUESTER_NAME));
    }
    if (parts.size() > 1 && !CommonWords.PSEUDONYM.contains(parts.getLast())) {
      String last = parts.getLast();
      needles.add(
          needle(
              "(?:" + String.join("|", TITLES) + ")\\.?\\s+" + Pattern.quote(last),
              Kind.REQUESTER_NAME));
      if (parts.getFirst().length() >= 1) {
        // "Z. Quixote-Fairweather", "Z Smith"
        needles.add(
            needle(
                Pattern.quote(parts.getFirst().substring(0, 1))
                    + "\\.?\\s+"
                    + parts.subList(1, parts.size()).stream()
                        .map(Pattern::quote)
                        .reduce((a, b) -> a + sep + b)
                        .orElseThrow(),
                Kind.REQUESTER_NAME));
      }
    }
    for (String part : parts) {
      if (distinctive(part)) {
        needles.add(needle(Pattern.quote(part), Kind.REQUESTER_NAME));
      }
    }
  }

  private static void addEmail(String email, List<String> nameParts, List<Needle> needles) {
    int at = email.indexOf('@');
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    // written out to dodge a filter: "ann (at) example (dot) org"
    String atWord = "\\s*(?:@|\\(at\\)|\\[at\\]|\\{at\\}|\\s at\\s)\\s*";
    String dotWord = "(?:\\.|\\s*\\(dot\\)\\s*|\\s*\\[dot\\]\\s*|\\s dot\\s)";
    needles.add(
        needle(
            Pattern.quote(local).replace(".", "\\E" + dotWord + "\\Q")
                + atWord
                + Pattern.quote(domain).replace(".", "\\E" + dotWord + "\\Q"),
            Kind.REQUESTER_EMAIL));
    String letters = local.replaceAll("[^a-z0-9]", "");
    boolean distinctive =
        letters.length() >= 4
            && !CommonWords.common(local)
            && !ROLE_MAILBOX.matcher(local).matches()
            && !nameParts.contains(local);
    if (distinctive) {
      needles.add(needle(Pattern.quote(local), Kind.REQUESTER_EMAIL_LOCAL_PART));
    }
  }

  private static void addAddress(String folded, List<Needle> needles) {
    List<String> lines = new ArrayList<>();
    for (String line : folded.split("[\\n,;]+")) {
      String l = POSTCODE.matcher(line).replaceAll("").strip();
      if (!l.isEmpty() && l.matches(".*[a-z].*")) {
        lines.add(l);
      }
    }
    // the post town (the last line when there are several) alone identifies nobody
    int town = lines.size() > 1 ? lines.size() - 1 : -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean numbered = line.matches("(?:flat |apartment |unit )?[0-9]+[a-z]?\\b.*[a-z]{2,}.*");
      String street = line.replaceFirst("^(?:flat |apartment |unit )?[0-9]+[a-z]?\\s*", "");
      boolean streetDistinctive =
          List.of(street.split("[\\s\\-]+")).stream().anyMatch(PersonalDataScan::distinctive);
      if (numbered || (i == 0 && streetDistinctive)) {
        needles.add(needle(words(line), Kind.REQUESTER_ADDRESS));
      }
      if (i != town && streetDistinctive) {
        needles.add(needle(words(street), Kind.REQUESTER_ADDRESS));
      }
    }
  }

  /** A pattern for the words of {@code line} with any spacing, hyphens or commas between them. */
  private static String words(String line) {
    return List.of(line.split("[\\s,\\-]+")).stream()
        .filter(w -> !w.isEmpty())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "[\\s,\\-]*" + b)
        .orElseThrow();
  }

  private static Needle needle(String regex, Kind kind) {
    return new Needle(Pattern.compile(B + regex + E), kind);
  }

  /**
   * The signature block of a request: what follows a sign-off on a line of its own ("Yours
   * sincerely") or the requester's name on a line of its own, when the request has one.
   */
  private static String signatureBlock(String requestText, List<String> nameParts) {
    if (requestText == null || requestText.isBlank()) {
      return null;
    }
    String folded = Normaliser.fold(requestText);
    int start = -1;
    Matcher m = SIGN_OFF.matcher(folded);
    while (m.find()) {
      start = m.end();
    }
    if (start < 0 && !nameParts.isEmpty()) {
      Matcher n =
          Pattern.compile(
                  "(?m)^\\s*"
                      + nameParts.stream()
                          .map(Pattern::quote)
                          .reduce((a, b) -> a + "\\s+" + b)
                          .orElseThrow()
                      + "\\s*$")
              .matcher(folded);
      while (n.find()) {
        start = n.start();
      }
    }
    if (start < 0) {
      return null;
    }
    String block = folded.substring(start, Math.min(folded.length(), start + 600));
    if (!nameParts.isEmpty()) {
      block = block.replaceAll("(?m)^.*" + Pattern.quote(nameParts.getLast()) + ".*$", "");
    }
    return block;
  }

  /** About 40 characters either side of the hit, with every hit in it masked. */
  private static String context(String text, int[] hit, List<int[]> all) {
    int from = Math.max(0, hit[0] - 40);
    int to = Math.min(text.length(), hit[1] + 40);
    while (from > 0 && from < hit[0] && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > hit[1] && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    StringBuilder b = new StringBuilder();
    if (from > 0) {
      b.append('…');
    }
    int at = from;
    for (int[] other : all) {
      if (other[1] <= from || other[0] >= to) {
        continue;
      }
      int s = Math.max(other[0], from);
      if (s > at) {
        b.append(text, at, s);
      }
      if (other[1] > at) {
        b.append('[').append(Kind.values()[other[2]].label()).append(']');
        at = Math.min(other[1], to);
      }
      if (other[0] < from && other[1] > from) {
        at = Math.max(at, Math.min(other[1], to));
      }
    }
    if (at < to) {
      b.append(text, at, to);
    }
    if (to < text.length()) {
      b.append('…');
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }
}
