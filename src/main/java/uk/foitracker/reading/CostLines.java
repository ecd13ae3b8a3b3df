package uk.foitracker.reading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.reading.TextParts.Sentence;

/**
 * Reads the working of a cost refusal (FOIA s.12) from the authority's sentences: each cost line
 * (units × the time each takes, with the activity its verb names, Fees Regulations 2004 reg 4(3))
 * and the total time stated. Pure, like {@link LetterReader}, which calls it.
 */
final class CostLines {
  private CostLines() {}

  private static final String NUM =
      "(\\d[\\d,]*(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
          + "|twelve|fifteen|twenty|thirty|forty|fifty|sixty)";
  private static final Pattern TIMES =
      Pattern.compile(
          "(?i)(\\d[\\d,]*)\\s*(?:x|×|\\*)\\s*(\\d+(?:\\.\\d+)?)\\s*(minutes?|mins?|hours?|hrs?)");
  private static final Pattern UNITS =
      Pattern.compile(
          "(?i)(\\d[\\d,]*)\\s+(?:\\w+\\s+){0,2}(records?|files?|cases?|documents?|e-?mails?|"
              + "referrals?|requests?|items?|boxes|folders?|pages?|reports?|contracts?|claims?)\\b");
  private static final Pattern EACH_TIME =
      Pattern.compile(
          "(?i)" + NUM + "\\s*(?:and\\s+a\\s+half\\s+)?(minutes?|mins?|hours?|hrs?)\\b");
  private static final Pattern STATED_HOURS =
      Pattern.compile(
          "(?i)(?:take|taking|takes|total\\w*|estimate[sd]?|requir\\w*|would\\s+be|amount\\s+to"
              + "|\\bto|approximately|around|about|over|more\\s+than|in\\s+excess\\s+of|at\\s+least"
              + "|exceed\\w*)\\s+(?:of\\s+)?(?:us\\s+)?(?:approximately\\s+|around\\s+|about\\s+"
              + "|over\\s+|more\\s+than\\s+|in\\s+excess\\s+of\\s+|at\\s+least\\s+)?"
              + "(\\d+(?:\\.\\d+)?)\\s*(?:hours|hrs)\\b");
  private static final Pattern LIMIT_TALK =
      Pattern.compile("(?i)limit|£\\s?\\d|represents|appropriate|one\\s+person");

  /** A sentence that sets out a working: "200 x 5 minutes", or units and a time for each. */
  static boolean givesAWorking(String sentence) {
    return TIMES.matcher(sentence).find()
        || (UNITS.matcher(sentence).find() && EACH_TIME.matcher(sentence).find());
  }

  /** A sentence about the limit itself: the limit, its sum in pounds, what it represents. */
  static boolean talksOfTheLimit(String sentence) {
    return LIMIT_TALK.matcher(sentence).find();
  }

  /**
   * The cost lines of the sentences: "1,200 records x 5 minutes", or a number of units and a time
   * for each ("each file would take 15 minutes to read") in a sentence whose verb names the
   * activity; a sentence about the limit itself is not a line.
   */
  static List<ReadCost> read(List<Sentence> sentences) {
    List<ReadCost> out = new ArrayList<>();
    for (Sentence s : sentences) {
      String x = s.text();
      String activity = activity(x);
      Matcher times = TIMES.matcher(x);
      if (times.find()) {
        int units = Integer.parseInt(times.group(1).replace(",", ""));
        BigDecimal each = minutes(times.group(2), times.group(3));
        if (activity != null && each != null) {
          out.add(line(s, activity, units, each));
        }
        continue;
      }
      Matcher units = UNITS.matcher(x);
      Matcher each = EACH_TIME.matcher(x);
      if (activity == null || !x.matches("(?is).*\\b(each|per|every|a)\\s+\\w+.*")) {
        continue;
      }
      if (units.find() && each.find()) {
        BigDecimal m = minutes(each.group(1), each.group(2), each.group());
        if (m != null && !LIMIT_TALK.matcher(x).find()) {
          out.add(line(s, activity, Integer.parseInt(units.group(1).replace(",", "")), m));
        }
      }
    }
    return out;
  }

  private static ReadCost line(Sentence s, String activity, int units, BigDecimal each) {
    int minutes =
        each.multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    return new ReadCost(
        TextParts.squash(s.text()),
        activity,
        units,
        each,
        minutes,
        new Span(s.start(), s.end()),
        true);
  }

  /** The activity a line's verb names (Fees Regulations 2004 reg 4(3)), or null. */
  private static String activity(String x) {
    String s = x.toLowerCase(Locale.ROOT);
    if (s.contains("redact")) {
      return "REDACTING";
    }
    if (s.contains("determin")) {
      return "DETERMINING";
    }
    if (s.contains("retriev")) {
      return "RETRIEVING";
    }
    if (s.matches(
        "(?s).*\\b(extract|collat|identify|review|read|check|examin|go\\s+through"
            + "|look\\s+through|analys).*")) {
      return "EXTRACTING";
    }
    if (s.matches("(?s).*\\b(locat|search|find|trawl).*")) {
      return "LOCATING";
    }
    return null;
  }

  private static BigDecimal minutes(String number, String unit) {
    return minutes(number, unit, "");
  }

  private static BigDecimal minutes(String number, String unit, String whole) {
    BigDecimal n = number(number);
    if (n == null) {
      return null;
    }
    if (whole.toLowerCase(Locale.ROOT).contains("and a half")) {
      n = n.add(new BigDecimal("0.5"));
    }
    return unit.toLowerCase(Locale.ROOT).startsWith("h") ? n.multiply(BigDecimal.valueOf(60)) : n;
  }

  private static BigDecimal number(String s) {
    String w = s.toLowerCase(Locale.ROOT).replace(",", "");
    List<String> words =
        List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");
    if (w.equals("a") || w.equals("an")) {
      return BigDecimal.ONE;
    }
    if (words.contains(w)) {
      return BigDecimal.valueOf(words.indexOf(w));
    }
    switch (w) {
      case "fifteen":
        return BigDecimal.valueOf(15);
      case "twenty":
        return BigDecimal.valueOf(20);
      case "thirty":
        return BigDecimal.valueOf(30);
      case "forty":
        return BigDecimal.valueOf(40);
      case "fifty":
        return BigDecimal.valueOf(50);
      case "sixty":
        return BigDecimal.valueOf(60);
      default:
        break;
    }
    try {
      return new BigDecimal(w);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The last total the authority states in hours ("would take over 40 hours"), in minutes. */
  static Optional<Read<Integer>> statedMinutes(List<Sentence> sentences) {
    Optional<Read<Integer>> best = Optional.empty();
    for (Sentence s : sentences) {
      Matcher m = STATED_HOURS.matcher(s.text());
      while (m.find()) {
        BigDecimal hours = new BigDecimal(m.group(1));
        boolean limitFigure =
            (hours.compareTo(BigDecimal.valueOf(18)) == 0
                    || hours.compareTo(BigDecimal.valueOf(24)) == 0)
                && LIMIT_TALK.matcher(s.text()).find();
        if (limitFigure) {
          continue;
        }
        int minutes =
            hours
                .multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
        best =
            Optional.of(
                new Read<>(minutes, new Span(s.start() + m.start(), s.start() + m.end()), true));
      }
    }
    return best;
  }
}
