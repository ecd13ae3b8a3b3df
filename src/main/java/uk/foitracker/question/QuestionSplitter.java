package uk.foitracker.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes how a request's text splits into numbered questions: a new question starts at each line
 * that begins with a bullet (•, -, *, –) or a number or letter ("1.", "1)", "(1)", "(a)", "a)").
 * Text before the first such line is the introduction; text after a blank line that follows the
 * list is the closing remark. Without any such line the whole text is one question. The officer
 * corrects the proposal before it is saved. Pure: no I/O, no framework.
 */
public final class QuestionSplitter {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*(?:[•\\-*–·]|\\(?\\d{1,3}[.)]|\\([a-zA-Z]\\)|[a-zA-Z]\\))\\s+(.*)$");

  private QuestionSplitter() {}

  /** The proposal: introduction, questions in order (never empty for non-blank text), closing. */
  public record Split(String preamble, List<String> questions, String postscript) {
    public Split {
      questions = List.copyOf(questions);
    }
  }

  public static Split propose(String text) {
    if (text == null || text.isBlank()) {
      return new Split("", List.of(), "");
    }
    List<String> lines = text.strip().lines().toList();
    List<StringBuilder> questions = new ArrayList<>();
    StringBuilder preamble = new StringBuilder();
    StringBuilder postscript = new StringBuilder();
    boolean blankSinceLastItem = false;
    for (String line : lines) {
      Matcher m = MARKER.matcher(line);
      if (m.matches() && !m.group(1).isBlank()) {
        if (postscript.length() > 0) {
          // the "closing remark" was followed by more items: it belongs to the last question
          append(questions.get(questions.size() - 1), postscript.toString());
          postscript.setLength(0);
        }
        questions.add(new StringBuilder(m.group(1).strip()));
        blankSinceLastItem = false;
      } else if (line.isBlank()) {
        if (!questions.isEmpty()) {
          blankSinceLastItem = true;
        } else if (preamble.length() > 0) {
          preamble.append('\n');
        }
      } else if (questions.isEmpty()) {
        append(preamble, line.strip());
      } else if (blankSinceLastItem) {
        append(postscript, line.strip());
      } else {
        append(questions.get(questions.size() - 1), line.strip());
      }
    }
    if (questions.isEmpty()) {
      return new Split("", List.of(text.strip()), "");
    }
    return new Split(
        preamble.toString().strip(),
        questions.stream().map(StringBuilder::toString).toList(),
        postscript.toString().strip());
  }

  private static void append(StringBuilder to, String line) {
    if (to.length() > 0 && to.charAt(to.length() - 1) != '\n') {
      to.append(' ');
    }
    to.append(line);
  }
}
