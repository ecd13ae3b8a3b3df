package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.rules.checks.RefusalCheck;
import uk.foitracker.rules.checks.Severity;

/**
 * Every letter of the labelled corpus ({@code src/test/resources/notices/}) read as text and
 * checked by the rules that review a case, as {@code POST /api/notices/check} does: prints
 * precision and recall per rule, and the findings reported that the corpus names as traps. Twice:
 * from the text alone, and with the dates a requester knows (received, sent) given beside it. It
 * does not fail on recall or precision yet: the thresholds are set once the rule fixes of issue 18
 * are merged.
 */
class NoticeCorpusTest {
  static final Path DIR = Path.of("src", "test", "resources", "notices");
  static final ObjectMapper JSON = new ObjectMapper();

  record Letter(String name, String text, JsonNode expected) {}

  static List<Letter> letters() throws IOException {
    List<Letter> out = new ArrayList<>();
    try (var files = Files.list(DIR)) {
      for (Path p : files.sorted().toList()) {
        String file = p.getFileName().toString();
        if (!file.endsWith(".txt")) {
          continue;
        }
        String name = file.substring(0, file.length() - 4);
        Path expected = DIR.resolve(name + ".expected.json");
        if (Files.exists(expected)) {
          out.add(
              new Letter(
                  name,
                  Files.readString(p, StandardCharsets.UTF_8),
                  JSON.readTree(expected.toFile())));
        }
      }
    }
    return out;
  }

  /** Per rule: letters where it was expected and reported, reported only, expected only. */
  static final class Score {
    int truePositive;
    int falsePositive;
    int falseNegative;
    int highFalsePositive;
    int traps;
  }

  @Test
  void precisionAndRecallPerRule() throws IOException {
    List<Letter> letters = letters();
    assertThat(letters).as("the labelled corpus").hasSizeGreaterThanOrEqualTo(25);
    report("text alone", letters, false);
    report("with the dates the requester knows", letters, true);
  }

  static void report(String how, List<Letter> letters, boolean giveDates) {
    Map<String, Score> scores = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Letter l : letters) {
      ReadLetter read = LetterReader.read(l.text());
      LetterFacts.Given given = LetterFacts.Given.NOTHING;
      if (giveDates) {
        given =
            new LetterFacts.Given(
                Optional.of(Regime.valueOf(l.expected().path("regime").asText("FOIA"))),
                date(l.expected().path("received")),
                date(l.expected().path("sent")));
      }
      var facts = LetterFacts.of(read, l.text(), given, LocalDate.of(2026, 12, 1), 5);
      List<Finding> found =
          RefusalCheck.standard().review(facts).findings().stream()
              .filter(f -> f.severity() != Severity.CANNOT_ASSESS)
              .toList();
      Set<String> reported = found.stream().map(Finding::ruleId).collect(Collectors.toSet());
      Set<String> expected = new TreeSet<>();
      l.expected().path("findings").forEach(f -> expected.add(f.path("rule").asText()));
      Set<String> traps = new TreeSet<>();
      l.expected().path("notFindings").forEach(f -> traps.add(f.path("rule").asText()));
      for (String rule : expected) {
        Score s = scores.computeIfAbsent(rule, k -> new Score());
        if (reported.contains(rule)) {
          s.truePositive++;
        } else {
          s.falseNegative++;
        }
      }
      for (Finding f : found) {
        if (expected.contains(f.ruleId())) {
          continue;
        }
        Score s = scores.computeIfAbsent(f.ruleId(), k -> new Score());
        s.falsePositive++;
        if (f.severity() == Severity.HIGH) {
          s.highFalsePositive++;
        }
        if (traps.contains(f.ruleId())) {
          s.traps++;
        }
      }
      Set<String> missed = new TreeSet<>(expected);
      missed.removeAll(reported);
      Set<String> extra = new TreeSet<>(reported);
      extra.removeAll(expected);
      lines.add(
          String.format(
              "  %-40s q=%2d/%-3s regime=%-4s rights=%s%s missed=%s extra=%s",
              l.name(),
              read.questions().size(),
              l.expected().path("questions").asText("?"),
              facts.regime(),
              read.reviewProcedure().isPresent() ? "R" : "-",
              read.complaintRights().isPresent() ? "C" : "-",
              missed,
              extra));
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder b = new StringBuilder();
    b.append("Notice corpus (")
        .append(how)
        .append("), ")
        .append(letters.size())
        .append(" letters\n");
    b.append(
        String.format(
            "  %-30s %4s %4s %4s %9s %6s %8s %5s%n",
            "rule", "TP", "FP", "FN", "precision", "recall", "HIGH FP", "traps"));
    for (var e : scores.entrySet()) {
      Score s = e.getValue();
      tp += s.truePositive;
      fp += s.falsePositive;
      fn += s.falseNegative;
      b.append(
          String.format(
              "  %-30s %4d %4d %4d %9s %6s %8d %5d%n",
              e.getKey(),
              s.truePositive,
              s.falsePositive,
              s.falseNegative,
              ratio(s.truePositive, s.truePositive + s.falsePositive),
              ratio(s.truePositive, s.truePositive + s.falseNegative),
              s.highFalsePositive,
              s.traps));
    }
    b.append(
        String.format(
            "  %-30s %4d %4d %4d %9s %6s%n",
            "ALL", tp, fp, fn, ratio(tp, tp + fp), ratio(tp, tp + fn)));
    lines.forEach(l -> b.append(l).append('\n'));
    System.out.println(b);
  }

  static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format("%.0f%%", 100.0 * a / b);
  }

  static Optional<LocalDate> date(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(n.asText()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
