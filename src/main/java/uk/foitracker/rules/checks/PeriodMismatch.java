package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.1(1): the applicant is entitled to be told whether the authority holds "information of the
 * description specified in the request" and "to have that information communicated to him"; EIR reg
 * 5(1) the same. Figures for another period than the one asked for are not the information
 * requested: financial years given where calendar years were asked (or the reverse) do not add up
 * to the same figures, and years left out of the range asked are neither given nor said to be not
 * held (s.1(1)(a)).
 *
 * <p>The period asked is read from the question's words: the years named ("between 2015 and 2024",
 * "2015-2024", "since 2015", "2019/20 to 2023/24") and whether financial years ("financial year",
 * "2019/20") or calendar years ("calendar year") are asked for. The period given is read from the
 * labels of the answer's tables (row headers, column labels, caption): "2019" is a calendar year,
 * "2019/20" or "2019-20" a financial one. Two findings, both LOW (a reader should look):
 *
 * <ul>
 *   <li>financial years asked and only calendar years given, or calendar years asked and only
 *       financial years given, when the answer does not mention the kind of year at all;
 *   <li>the years given start after, or end before, the years asked, when the answer's words say
 *       nothing of the missing years (neither name them nor say the data is not held, not recorded,
 *       or only held from some date).
 * </ul>
 *
 * A question naming no year (the period set in the request's preamble) is not judged.
 *
 * <p>A rolling period ("over the past twelve months", "in the last two years") is a window ending
 * when the request was received. When the answer's words give the figures for a named span instead
 * (a financial year "2018/19", or "from Apr 18 to Sept 19") and that span covers less than three
 * quarters of the window asked, or runs a quarter longer than it, the figures are for another
 * period: a third LOW finding, unless the answer says why (data not held for the period asked).
 */
public final class PeriodMismatch implements Rule {
  public static final String ID = "PERIOD_MISMATCH";

  private static final String YEAR = "(?:19|20)\\d\\d";

  /**
   * "2019/20", "2019-20", "2019/2020", "2019–20": a financial year, by its first year. "2015-2016"
   * with a dash and four digits is read as a range of calendar years, not a financial year.
   */
  static final Pattern FINANCIAL_YEAR =
      Pattern.compile("(?<![0-9])(" + YEAR + ")\\s?([/\\-–])\\s?((?:19|20)?\\d\\d)(?![0-9])");

  static final Pattern YEAR_TOKEN = Pattern.compile("(?<![0-9/\\-–])(" + YEAR + ")(?![0-9])");

  static final Pattern FINANCIAL_WORDS =
      Pattern.compile(
          "financial\\s+years?|fiscal|\\bFY\\b|tax\\s+years?", Pattern.CASE_INSENSITIVE);

  static final Pattern CALENDAR_WORDS =
      Pattern.compile("calendar\\s+years?", Pattern.CASE_INSENSITIVE);

  static final Pattern OPEN_START =
      Pattern.compile(
          "(?:since|from|after)\\s+(?:\\w+\\s+)?(" + YEAR + ")", Pattern.CASE_INSENSITIVE);

  static final Pattern EXPLAINED =
      Pattern.compile(
          "not\\s+(?:held|recorded|available|collected|captured|kept|retained|mandatorily)"
              + "|prior\\s+to|only\\s+(?:been\\s+)?(?:hold|held|have|has|available|recorded|retain|kept)"
              + "|retention|no\\s+(?:data|records|information)|(?:began|started|commenced|introduced)"
              + "|(?:since|from)\\s+(?:\\w+\\s+)?(?:19|20)\\d\\d|before\\s+(?:\\w+\\s+)?(?:19|20)\\d\\d"
              + "|to\\s+date|year\\s+to\\s+date|so\\s+far",
          Pattern.CASE_INSENSITIVE);

  static final Pattern ROLLING =
      Pattern.compile(
          "(?:past|last|previous|preceding)\\s+(?:(\\d{1,2}|one|two|three|four|five|six|seven|eight"
              + "|nine|ten|eleven|twelve|eighteen|twenty[\\s-]four|thirty[\\s-]six)\\s+)?"
              + "(months?|years?)",
          Pattern.CASE_INSENSITIVE);

  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

  /** "From Apr 18 to Sept 19", "April 2018 - September 2019": a span of months. */
  static final Pattern MONTH_RANGE =
      Pattern.compile(
          "\\b"
              + MONTH
              + "\\s+'?(\\d{4}|\\d{2})\\s*(?:to|until|till|-|–|and)\\s*"
              + MONTH
              + "\\s+'?(\\d{4}|\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("eighteen", 18));

  /** The months a rolling period asks for ("past twelve months" = 12), or 0 if none. */
  static int rollingMonths(String question) {
    Matcher m = ROLLING.matcher(question);
    if (!m.find()) {
      return 0;
    }
    String n = m.group(1) == null ? "one" : m.group(1).toLowerCase().replaceAll("[\\s-]", "");
    int count;
    if (n.matches("\\d+")) {
      count = Integer.parseInt(n);
    } else if (n.equals("twentyfour")) {
      count = 24;
    } else if (n.equals("thirtysix")) {
      count = 36;
    } else {
      count = NUMBERS.getOrDefault(n, 0);
    }
    return m.group(2).toLowerCase().startsWith("year") ? count * 12 : count;
  }

  private static int year(String y) {
    return y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
  }

  /** The first span of months the answer's words name (first and last month), or null. */
  static YearMonth[] namedSpan(String words) {
    Matcher r = MONTH_RANGE.matcher(words);
    if (r.find()) {
      YearMonth from = YearMonth.of(year(r.group(2)), MONTHS.indexOf(r.group(1).toLowerCase()) + 1);
      YearMonth to = YearMonth.of(year(r.group(4)), MONTHS.indexOf(r.group(3).toLowerCase()) + 1);
      return to.isBefore(from) ? null : new YearMonth[] {from, to};
    }
    Matcher fy = FINANCIAL_YEAR.matcher(words);
    while (fy.find()) {
      Integer start = financialStart(fy);
      if (start != null) {
        return new YearMonth[] {YearMonth.of(start, 4), YearMonth.of(start + 1, 3)};
      }
    }
    return null;
  }

  /** A rolling period asked and another span given, judged against the date received, or null. */
  static String rollingMismatch(QuestionFacts q, LocalDate received) {
    int months = rollingMonths(q.text());
    if (months == 0 || q.text().matches("(?s).*(?:19|20)\\d\\d.*")) {
      return null;
    }
    YearMonth[] span = namedSpan(q.answerWords());
    if (span == null || Wording.mentions(q.answerText(), NOT_HELD_FOR_PERIOD)) {
      return null;
    }
    YearMonth windowEnd = YearMonth.from(received);
    YearMonth windowStart = windowEnd.minusMonths(months - 1L);
    long given = span[0].until(span[1], ChronoUnit.MONTHS) + 1;
    YearMonth overlapStart = span[0].isAfter(windowStart) ? span[0] : windowStart;
    YearMonth overlapEnd = span[1].isBefore(windowEnd) ? span[1] : windowEnd;
    long overlap =
        overlapEnd.isBefore(overlapStart)
            ? 0
            : overlapStart.until(overlapEnd, ChronoUnit.MONTHS) + 1;
    if (overlap * 4 >= months * 3L && given * 4 <= months * 5L) {
      return null;
    }
    return "The question asks about the "
        + months
        + " months before the request, but the answer gives figures for "
        + span[0]
        + " to "
        + span[1]
        + ".";
  }

  static final Pattern NOT_HELD_FOR_PERIOD =
      Pattern.compile(
          "not\\s+(?:held|recorded|available|collected|kept|retained)"
              + "|only\\s+(?:been\\s+)?(?:hold|held|have|has|available|recorded|retain|kept)"
              + "|(?:reported|recorded|held|kept|collated)\\s+(?:by|per)\\s+financial\\s+year",
          Pattern.CASE_INSENSITIVE);

  /**
   * A period: the first and last year (of a financial year, its first year), either unknown.
   *
   * @param financial financial years are asked for
   * @param calendar calendar years are asked for in so many words
   */
  record Period(boolean financial, boolean calendar, Integer from, Integer to) {}

  @Override
  public String id() {
    return ID;
  }

  /** A financial year's first year when {@code m} matched one, or null ("2015-2024" is not one). */
  private static Integer financialStart(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    String second = m.group(3);
    if (second.length() == 4 && !m.group(2).equals("/")) {
      return null;
    }
    int next =
        second.length() == 2
            ? (first / 100) * 100 + Integer.parseInt(second)
            : Integer.parseInt(second);
    if (second.length() == 2 && first % 100 == 99 && second.equals("00")) {
      next = first + 1;
    }
    return next == first + 1 ? first : null;
  }

  /** The period a question asks for. */
  static Period asked(String question) {
    boolean financial = Wording.mentions(question, FINANCIAL_WORDS);
    boolean calendar = Wording.mentions(question, CALENDAR_WORDS);
    TreeSet<Integer> years = new TreeSet<>();
    String rest = question;
    Matcher fy = FINANCIAL_YEAR.matcher(question);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (fy.find()) {
      Integer start = financialStart(fy);
      if (start != null) {
        financial = true;
        years.add(start);
        b.append(question, last, fy.start()).append(' ');
        last = fy.end();
      }
    }
    b.append(question.substring(last));
    rest = b.toString();
    Matcher y = YEAR_TOKEN.matcher(rest);
    while (y.find()) {
      years.add(Integer.parseInt(y.group(1)));
    }
    // "2015-2024": YEAR_TOKEN skips a year after a dash, so take both ends of a range
    Matcher range = Pattern.compile("(" + YEAR + ")\\s?[\\-–]\\s?(" + YEAR + ")").matcher(rest);
    while (range.find()) {
      years.add(Integer.parseInt(range.group(1)));
      years.add(Integer.parseInt(range.group(2)));
    }
    if (years.isEmpty()) {
      return new Period(financial, calendar, null, null);
    }
    Matcher open = OPEN_START.matcher(rest);
    if (years.size() == 1 && open.find()) {
      return new Period(financial, calendar, years.first(), null);
    }
    return new Period(financial, calendar, years.first(), years.last());
  }

  /** The years an answer's tables label: calendar years and financial years (first years). */
  record Given(TreeSet<Integer> calendar, TreeSet<Integer> financial) {
    TreeSet<Integer> all() {
      TreeSet<Integer> all = new TreeSet<>(calendar);
      all.addAll(financial);
      return all;
    }
  }

  static Given given(QuestionFacts q) {
    TreeSet<Integer> calendar = new TreeSet<>();
    TreeSet<Integer> financial = new TreeSet<>();
    for (TableFacts t : q.tables()) {
      List<String> labels = new ArrayList<>(t.columns());
      t.rows().forEach(r -> labels.add(r.header()));
      for (String label : labels) {
        String l = label == null ? "" : label.strip();
        Matcher fy = FINANCIAL_YEAR.matcher(l);
        boolean isFinancial = false;
        while (fy.find()) {
          Integer start = financialStart(fy);
          if (start != null) {
            financial.add(start);
            isFinancial = true;
          }
        }
        if (!isFinancial
            && l.matches(
                "(?i)(?:(?:calendar\\s+)?year\\s+|cy\\s?|jan\\w*\\s?[\\-–]\\s?dec\\w*\\s+)?("
                    + YEAR
                    + ")")) {
          calendar.add(Integer.parseInt(l.replaceAll(".*?(" + YEAR + ")$", "$1")));
        }
      }
    }
    return new Given(calendar, financial);
  }

  /** What is wrong with the period of one question's answer, or null. */
  static String mismatch(QuestionFacts q) {
    if (q.tables().isEmpty()) {
      return null;
    }
    Period asked = asked(q.text());
    Given given = given(q);
    String words = q.answerWords();
    if (asked.financial()
        && !asked.calendar()
        && given.calendar().size() >= 2
        && given.financial().isEmpty()
        && !Wording.mentions(words, FINANCIAL_WORDS)
        && !Wording.mentions(words, CALENDAR_WORDS)) {
      return "The question asks for financial years, but the answer gives calendar years ("
          + years(given.calendar(), false)
          + ").";
    }
    if (asked.calendar()
        && !asked.financial()
        && given.financial().size() >= 2
        && given.calendar().isEmpty()
        && !Wording.mentions(words, CALENDAR_WORDS)
        && !Wording.mentions(words, FINANCIAL_WORDS)) {
      return "The question asks for calendar years, but the answer gives financial years ("
          + years(given.financial(), true)
          + ").";
    }
    if (asked.from() == null) {
      return null;
    }
    TreeSet<Integer> all = given.all();
    if (all.size() < 2 || (asked.to() != null && asked.to().equals(asked.from()))) {
      return null;
    }
    boolean startsLate = all.first() > asked.from();
    boolean endsEarly = asked.to() != null && all.last() < asked.to();
    if (!startsLate && !endsEarly) {
      return null;
    }
    if (Wording.mentions(q.answerText(), EXPLAINED)) {
      return null;
    }
    List<Integer> missing = new ArrayList<>();
    for (int y = asked.from(); y < all.first(); y++) {
      missing.add(y);
    }
    if (asked.to() != null) {
      for (int y = all.last() + 1; y <= asked.to(); y++) {
        missing.add(y);
      }
    }
    for (int y : missing) {
      if (q.answerText().contains(String.valueOf(y))) {
        return null;
      }
    }
    boolean fin = given.calendar().isEmpty();
    String askedText =
        asked.to() == null
            ? "the years since " + label(asked.from(), asked.financial())
            : label(asked.from(), asked.financial())
                + " to "
                + label(asked.to(), asked.financial());
    return "The question asks for "
        + askedText
        + ", but the answer covers only "
        + label(all.first(), fin)
        + " to "
        + label(all.last(), fin)
        + ", and does not say why the other years are missing.";
  }

  private static String label(int year, boolean financial) {
    return financial ? year + "/" + String.format("%02d", (year + 1) % 100) : String.valueOf(year);
  }

  private static String years(TreeSet<Integer> years, boolean financial) {
    List<String> labels = years.stream().map(y -> label(y, financial)).toList();
    return labels.size() <= 3
        ? Wording.list(labels)
        : labels.get(0) + " to " + labels.get(labels.size() - 1);
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    Map<String, List<Integer>> byMessage = new LinkedHashMap<>();
    for (QuestionFacts q : facts.questions()) {
      String m = mismatch(q);
      if (m == null && facts.received().isPresent()) {
        m = rollingMismatch(q, facts.received().get());
      }
      if (m != null) {
        byMessage.computeIfAbsent(m, k -> new ArrayList<>()).add(q.number());
      }
    }
    List<Finding> findings = new ArrayList<>();
    byMessage.forEach(
        (message, numbers) ->
            findings.add(
                new Finding(
                    ID,
                    facts.regime() == Regime.FOIA ? "s.1(1)(b)" : "reg 5(1)",
                    numbers,
                    Severity.LOW,
                    message)));
    return findings;
  }
}
