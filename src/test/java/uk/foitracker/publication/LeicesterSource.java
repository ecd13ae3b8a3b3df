package uk.foitracker.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Leicester response as published, read from shared/seed (or the copy in the test resources),
 * and the figures parsed out of its text independently of the app's data file.
 */
final class LeicesterSource {
  static final Path SHARED = Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt");
  static final Path COPY =
      Path.of("src", "test", "resources", "seed", "leicester-cse-cce-response.txt");
  private static final Pattern YEAR = Pattern.compile("20(1[5-9]|2[0-4])");
  private static final Pattern CONTACTS_ROW =
      Pattern.compile("^\\s*(20\\d\\d)\\s{2,}([\\d,]+)\\s*$");

  private LeicesterSource() {}

  static String text() {
    try {
      return Files.readString(Files.exists(SHARED) ? SHARED : COPY, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines() {
    return Arrays.stream(text().split("\n")).map(LeicesterSource::trim).toList();
  }

  /**
   * Table A as it appears in the text, once per occurrence: a year line followed by four figure
   * lines (blank lines between rows). Each row is [year, cse 10-14, cse 15-19, ce 10-14, ce 15-19].
   */
  static List<List<List<String>>> ageTables() {
    List<String> nonBlank = lines().stream().filter(l -> !l.isEmpty()).toList();
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> current = null;
    for (int i = 0; i + 4 < nonBlank.size(); i++) {
      String line = nonBlank.get(i);
      if (YEAR.matcher(line).matches() && isFigure(nonBlank.get(i + 1))) {
        if (line.equals("2015")) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(
            List.of(
                line,
                nonBlank.get(i + 1),
                nonBlank.get(i + 2),
                nonBlank.get(i + 3),
                nonBlank.get(i + 4)));
        i += 4;
      }
    }
    return tables;
  }

  /** Table B: lines such as "2015 18,201". */
  static List<List<String>> contactsTable() {
    List<List<String>> rows = new ArrayList<>();
    for (String raw : text().split("\n")) {
      Matcher m = CONTACTS_ROW.matcher(raw.replace('\t', ' ').replace('\u00a0', ' '));
      if (m.matches()) {
        rows.add(List.of(m.group(1), m.group(2)));
      }
    }
    return rows;
  }

  /** Trims white space including the no-break spaces the council's document is full of. */
  static String trim(String s) {
    return s.replaceAll("^[\\s\\u00a0]+|[\\s\\u00a0]+$", "");
  }

  private static boolean isFigure(String s) {
    return s.equals("-") || s.matches("\\d+");
  }
}
