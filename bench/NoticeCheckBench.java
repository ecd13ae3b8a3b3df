import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import uk.foitracker.reading.LetterFacts;
import uk.foitracker.reading.LetterReader;
import uk.foitracker.reading.ReadLetter;
import uk.foitracker.rules.checks.RefusalCheck;
import uk.foitracker.rules.checks.ResponseFacts;

/**
 * What the public notice check costs beyond HTTP: reading a letter (LetterReader), turning it into
 * the facts (LetterFacts) and running every rule (RefusalCheck), on each letter of the labelled
 * corpus and on the longest text the check takes. Run by bench/notice-check.sh; prints a table.
 */
public class NoticeCheckBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/notices");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        names.add(p.getFileName().toString());
        texts.add(Files.readString(p));
      }
    }
    StringBuilder longest = new StringBuilder("Dear Requester,\n");
    for (int i = 1; longest.length() < 199_000; i++) {
      longest.append(i).append(". How many under section 40(2)?\n\nWe do not hold it.\n");
    }
    names.add("synthetic 199,000 characters, 3,500 numbered questions");
    texts.add(longest.toString());
    RefusalCheck check = RefusalCheck.standard();
    LocalDate today = LocalDate.of(2026, 12, 6);
    for (int w = 0; w < 5; w++) {
      for (String t : texts) {
        run(check, t, today);
      }
    }
    long[] all = new long[0];
    System.out.printf("%-70s %8s %10s %10s%n", "letter", "chars", "median ms", "max ms");
    long totalChars = 0;
    long totalNanos = 0;
    for (int i = 0; i < texts.size(); i++) {
      long[] t = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        run(check, texts.get(i), today);
        t[r] = System.nanoTime() - start;
        totalNanos += t[r];
        totalChars += texts.get(i).length();
      }
      Arrays.sort(t);
      System.out.printf(
          "%-70s %8d %10.2f %10.2f%n",
          names.get(i), texts.get(i).length(), t[rounds / 2] / 1e6, t[rounds - 1] / 1e6);
    }
    System.out.printf(
        "all: %d checks, %.1f MB of text a second on one thread%n",
        rounds * texts.size(), totalChars / (totalNanos / 1e9) / 1e6);
  }

  private static int run(RefusalCheck check, String text, LocalDate today) {
    ReadLetter letter = LetterReader.read(text);
    ResponseFacts facts = LetterFacts.of(letter, text, LetterFacts.Given.NOTHING, today, 5);
    return check.review(facts).findings().size();
  }
}
