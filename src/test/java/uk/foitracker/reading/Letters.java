package uk.foitracker.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real letters in {@code ../shared/examples/} and the Leicester seed, as a person would paste
 * them: without the transcriber's header (source, dates, provisions) above the "---" line, which
 * would hand the reader the answers.
 */
final class Letters {
  static final Path EXAMPLES = Path.of("..", "shared", "examples");
  static final Path LEICESTER = Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt");

  private Letters() {}

  static String example(String file) {
    String raw = read(EXAMPLES.resolve(file));
    int rule = raw.indexOf("\n---\n");
    return rule < 0 ? raw : raw.substring(rule + 5);
  }

  static String leicester() {
    return read(LEICESTER);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
