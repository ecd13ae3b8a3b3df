package uk.foitracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its import, not by its package: {@code java.util.Locale.UK}, not a fully
 * qualified name in the middle of an expression, so that what a file depends on is read in its
 * imports. Comments, strings, package and import lines are not code.
 */
class NoQualifiedNamesTest {

  /** A package path of lower-case parts ending in a class name: {@code java.util.Locale}. */
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|jakarta|io|org|com|net|uk|de|db)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

  @Test
  void mainCodeNamesClassesByImport() throws IOException {
    assertThat(qualifiedNames(Path.of("src/main/java"))).isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    String code =
        """
        package a.b;
        import java.util.Locale;
        // java.util.Objects in a comment
        /* uk.foitracker.web.Dates in a block comment */
        class X {
          String s = "org.hibernate.Thing in a string";
          Object o = new java.util.TreeSet<Integer>();
          String t = x.toLowerCase(Locale.ROOT) + uk.foitracker.web.Dates.display(d);
        }
        """;
    assertThat(find("X.java", code))
        .containsExactly("X.java:7: java.util.TreeSet", "X.java:8: uk.foitracker.web.Dates");
  }

  private static List<String> qualifiedNames(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        found.addAll(
            find(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return found;
  }

  private static List<String> find(String name, String source) {
    List<String> found = new ArrayList<>();
    String[] lines = codeOnly(source).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("package ") || line.startsWith("import ")) {
        continue;
      }
      Matcher m = QUALIFIED.matcher(line);
      while (m.find()) {
        found.add(name + ":" + (i + 1) + ": " + m.group());
      }
    }
    return found;
  }

  /** The source with comments, strings, text blocks and characters blanked, lines kept. */
  static String codeOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      String end = null;
      if (s.startsWith("//", i)) {
        end = "\n";
      } else if (s.startsWith("/*", i)) {
        end = "*/";
      } else if (s.startsWith("\"\"\"", i)) {
        end = "\"\"\"";
      } else if (c == '"' || c == '\'') {
        end = String.valueOf(c);
      }
      if (end == null) {
        out.append(c);
        i++;
        continue;
      }
      int j = i + (end.equals("\"\"\"") ? 3 : end.equals("*/") ? 2 : 1);
      while (j < s.length() && !s.startsWith(end, j)) {
        j += s.charAt(j) == '\\' && end.length() == 1 && !end.equals("\n") ? 2 : 1;
      }
      int stop = Math.min(s.length(), j + (end.equals("\n") ? 0 : end.length()));
      for (int k = i; k < stop; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = stop;
    }
    return out.toString();
  }
}
