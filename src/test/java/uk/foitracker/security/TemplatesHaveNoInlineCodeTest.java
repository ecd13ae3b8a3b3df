package uk.foitracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy has no 'unsafe-inline', so templates must hold no inline script,
 * style or event handler. (Unescaped output is {@link TemplatesEscapeOutputTest}'s.)
 */
class TemplatesHaveNoInlineCodeTest {
  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** Accepted exceptions: "file: the exact text" and why. */
  static final Map<String, String> ACCEPTED =
      Map.of(
          "ResponseLetters/letter.html: <style>{css.raw}</style>",
          "Only when the letter is rendered to PDF by openhtmltopdf on the server (never sent to a"
              + " browser); the CSS is a classpath resource, not user input.",
          "Acknowledgements/letter.html: <style>{css.raw}</style>",
          "The same for the acknowledgement letter's PDF.");

  static final List<Pattern> FORBIDDEN =
      List.of(
          Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
          Pattern.compile("<style[^>]*>.*?</style>", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
          Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

  @Test
  void noInlineScriptStyleOrHandler() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(TEMPLATES)) {
      for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        files++;
        String rel = TEMPLATES.relativize(f).toString().replace('\\', '/');
        String text = Files.readString(f);
        for (Pattern p : FORBIDDEN) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            String hit = rel + ": " + m.group().trim();
            if (!ACCEPTED.containsKey(hit)) {
              found.add(hit);
            }
          }
        }
      }
    }
    assertThat(files).isGreaterThan(10);
    assertThat(found).as("inline script, style or event handler in templates").isEmpty();
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    String bad = "<p style=\"x\" onclick=\"y\"><script>alert(1)</script><a href=\"javascript:x\">";
    long hits = FORBIDDEN.stream().filter(p -> p.matcher(bad).find()).count();
    assertThat(hits).isEqualTo(4);
    assertThat(FORBIDDEN.get(0).matcher("<script type=\"module\" src=\"/static/app.js\">").find())
        .isFalse();
  }
}
