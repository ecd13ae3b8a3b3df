package uk.foitracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Qute escapes every output expression ({@code {x}}) of a template whose content type is HTML or
 * XML. Output is unescaped only through: the virtual properties {@code raw} and {@code safe}
 * ({@code {x.raw}}, {@code {x.safe}}, also as {@code x.raw()} or inside a section such as {@code
 * {#let y=x.raw}}), a value of type {@code io.quarkus.qute.RawString} built in Java, and a template
 * whose file suffix gives a content type that is not escaped (e.g. {@code .txt}, {@code .json}).
 * ({@code |raw} is Twig/Jinja, not Qute; it is refused too in case someone writes it hoping it
 * works.)
 *
 * <p>Each of these needs a written reason: a Qute comment {@code {! ... !}} of at least five words
 * on the same line or one of the three lines above (in Java, a {@code //} comment the same way).
 */
class TemplatesEscapeOutputTest {
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path JAVA = Path.of("src/main/java");
  static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

  /** Suffixes Qute maps to a content type it escapes (text/html, text/xml, application/xml...). */
  static final Set<String> ESCAPED_SUFFIXES = Set.of("html", "htm", "xhtml", "xml");

  /** A Qute expression or section tag: "{" then no whitespace, "!" (comment) or "|" (text). */
  static final Pattern TAG = Pattern.compile("\\{(?![\\s!|])((?:[^{}]|\\{[^{}]*})*)}");

  static final Pattern COMMENT = Pattern.compile("\\{!(.*?)!}", Pattern.DOTALL);
  static final Pattern UNPARSED = Pattern.compile("\\{\\|.*?\\|}", Pattern.DOTALL);

  /** Unescaped output inside a tag. */
  static final Pattern RAW = Pattern.compile("\\.\\s*(raw|safe)\\b|\\|\\s*raw\\b");

  static final Pattern JAVA_RAW = Pattern.compile("\\bRawString\\b");
  static final Pattern JAVA_REASON = Pattern.compile("//(.*)$");

  static final int REASON_LINES_ABOVE = 3;
  static final int REASON_MIN_WORDS = 5;

  @Test
  void everyUnescapedOutputInATemplateHasAWrittenReason() throws IOException {
    List<String> unexplained = new ArrayList<>();
    List<String> explained = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(TEMPLATES)) {
      for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        files++;
        String rel = TEMPLATES.relativize(f).toString().replace('\\', '/');
        scanTemplate(rel, Files.readString(f), unexplained, explained);
      }
    }
    assertThat(files).isGreaterThan(10);
    System.out.printf(
        "Templates: %d files scanned; %d unescaped outputs, each with a written reason: %s%n",
        files, explained.size(), explained);
    assertThat(unexplained)
        .as("unescaped output (raw/safe) in templates without a {! reason !} next to it")
        .isEmpty();
  }

  @Test
  void everyTemplateHasAnEscapedContentType() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> all = Files.walk(TEMPLATES)) {
      for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String name = f.getFileName().toString();
        String suffix = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!ESCAPED_SUFFIXES.contains(suffix)) {
          String text = Files.readString(f);
          if (!hasReason(text.lines().toList(), 0, COMMENT)) {
            wrong.add(TEMPLATES.relativize(f) + " (." + suffix + " is not escaped by Qute)");
          }
        }
      }
    }
    assertThat(wrong).as("templates whose output Qute does not escape").isEmpty();
    Properties config = new Properties();
    try (var in = Files.newInputStream(PROPERTIES)) {
      config.load(in);
    }
    String escaped = config.getProperty("quarkus.qute.escape-content-types");
    assertThat(escaped == null || escaped.contains("text/html"))
        .as("quarkus.qute.escape-content-types must keep text/html: " + escaped)
        .isTrue();
  }

  @Test
  void everyRawStringBuiltInJavaHasAWrittenReason() throws IOException {
    List<String> unexplained = new ArrayList<>();
    try (Stream<Path> all = Files.walk(JAVA)) {
      for (Path f : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".java"))::iterator) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (JAVA_RAW.matcher(line).find()
              && !line.strip().startsWith("import ")
              && !hasReason(lines, i, JAVA_REASON)) {
            unexplained.add(JAVA.relativize(f) + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    assertThat(unexplained)
        .as("io.quarkus.qute.RawString (unescaped output) without a // reason next to it")
        .isEmpty();
  }

  @Test
  void theScanFindsUnescapedOutputAndAcceptsOnlyAReasonNextToIt() {
    List<String> found = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    scanTemplate(
        "sample.html",
        String.join(
            "\n",
            "<p>{a.raw}</p>",
            "<p>{b.safe}</p>",
            "<p>{c.raw()}</p>",
            "{#let d=e.raw}{d}{/let}",
            "{#summaryRow value=f.safe /}",
            "<p>{g | raw}</p>",
            "<p>{x}{y.name}{z.rawText}{drawn}{| {h.raw} |}{! {i.raw} !}</p>",
            "<p>{ j.raw }</p>",
            "{! raw: the stylesheet comes from the classpath, never from input !}",
            "",
            "<style>{css.raw}</style>",
            "{! this reason has words enough but is too far above !}",
            "",
            "",
            "",
            "<p>{k.raw}</p>",
            "{! short !}<p>{l.raw}</p>"),
        found,
        ok);
    assertThat(found)
        .extracting(s -> s.replaceAll("^sample.html:\\d+: ", ""))
        .containsExactly(
            "{a.raw}",
            "{b.safe}",
            "{c.raw()}",
            "{#let d=e.raw}",
            "{#summaryRow value=f.safe /}",
            "{g | raw}",
            "{k.raw}",
            "{l.raw}");
    assertThat(ok).containsExactly("sample.html:11: {css.raw}");
  }

  private static void scanTemplate(
      String rel, String text, List<String> unexplained, List<String> explained) {
    // comments and unparsed {| ... |} text are not output: blank them, keeping line numbers
    String code = blank(text, COMMENT);
    code = blank(code, UNPARSED);
    List<String> lines = text.lines().toList();
    Matcher tag = TAG.matcher(code);
    while (tag.find()) {
      if (!RAW.matcher(tag.group(1)).find()) {
        continue;
      }
      int line = lineOf(code, tag.start());
      String hit = rel + ":" + (line + 1) + ": " + tag.group();
      (hasReason(lines, line, COMMENT) ? explained : unexplained).add(hit);
    }
  }

  /** A comment of at least five words on this line or one of the three above. */
  private static boolean hasReason(List<String> lines, int line, Pattern comment) {
    for (int i = Math.max(0, line - REASON_LINES_ABOVE); i <= line && i < lines.size(); i++) {
      Matcher m = comment.matcher(lines.get(i));
      while (m.find()) {
        if (m.group(1).strip().split("\\s+").length >= REASON_MIN_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  private static String blank(String text, Pattern p) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int lineOf(String text, int offset) {
    int n = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
