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
 *
 * <p>The salutation ("Dear Sir or Madam,") and the signature block (a sign-off such as "Yours
 * sincerely" or "Kind regards" and everything after it, or trailing lines of a name, an address, an
 * e-mail address or a phone number) are proposed as "not a question": the signature is never put
 * into the last question or the closing text, which are published, because it holds the requester's
 * name and contact details (issue 21). The officer sees it and confirms.
 */
public final class QuestionSplitter {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*(?:[•\\-*–·]|\\(?\\d{1,3}[.)]|\\([a-zA-Z]\\)|[a-zA-Z]\\))\\s+(.*)$");

  private QuestionSplitter() {}

  /**
   * The proposal: introduction, questions in order (never empty for non-blank text), closing, and
   * the signature block set aside as not a question (empty when none was found).
   */
  public record Split(
      String preamble, List<String> questions, String postscript, String signature) {
    public Split {
      questions = List.copyOf(questions);
    }

    public Split(String preamble, List<String> questions, String postscript) {
      this(preamble, questions, postscript, "");
    }
  }

  private static final Pattern SALUTATION =
      Pattern.compile(
          "(?i)^\\s*(?:dear\\b.*|to whom it may concern.*|hello\\b.{0,60}|hi\\b.{0,60}|good (?:morning|afternoon)\\b.{0,60})$");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?i)^\\s*(?:yours\\s+(?:sincerely|faithfully|truly)|sincerely|kind(?:est)?\\s+regards|best\\s+regards"
              + "|warm\\s+regards|many\\s+thanks|thanks(?:\\s+(?:in advance|again))?|thank\\s+you(?:\\s+(?:in advance|again))?"
              + "|best\\s+wishes|best|regards|cheers|with thanks)\\b[\\s,.!]*(?:for your (?:help|time)[\\s,.!]*)?$");
  private static final Pattern CONTACT_LINE =
      Pattern.compile(
          "(?i)^\\s*(?:\\S+@\\S+\\.\\S+|(?:(?:tel|phone|mobile|mob|email|e-mail)\\s*[:.]|[tme]\\s*:)\\s*\\S.*"
              + "|\\+?[0-9][0-9 ()-]{8,}|.*\\b(?-i:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\\b.*"
              + "|\\d+[a-z]?,?\\s+\\S+.*\\b(?:road|street|lane|avenue|close|drive|way|crescent|court|place"
              + "|gardens|terrace|grove|rd|st|ave)\\b.*|sent from my \\S+.*)$");
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "^\\s*(?:(?:mr|mrs|ms|miss|dr|prof)\\.?\\s+)?\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}\\s*$");

  public static Split propose(String text) {
    if (text == null || text.isBlank()) {
      return new Split("", List.of(), "");
    }
    List<String> all = text.strip().lines().toList();
    int end = signatureStart(all);
    String signature = String.join("\n", all.subList(end, all.size())).strip();
    List<String> lines = all.subList(0, end);
    int start = 0;
    while (start < lines.size() && lines.get(start).isBlank()) {
      start++;
    }
    String salutation = "";
    if (start < lines.size()
        && SALUTATION.matcher(lines.get(start)).matches()
        && lines.subList(start + 1, lines.size()).stream().anyMatch(l -> !l.isBlank())) {
      salutation = lines.get(start).strip();
      lines = lines.subList(start + 1, lines.size());
    }
    Split split = body(lines);
    if (split.questions().isEmpty()) {
      // nothing but a salutation and a signature: keep the text as the one question
      return new Split("", List.of(text.strip()), "");
    }
    String preamble =
        salutation.isEmpty()
            ? split.preamble()
            : (salutation + (split.preamble().isEmpty() ? "" : " " + split.preamble()));
    return new Split(preamble, split.questions(), split.postscript(), signature);
  }

  /**
   * Where the signature block starts: the last sign-off line ("Yours sincerely") among the last
   * lines, or else the first of the trailing lines that are contact details (an e-mail address, a
   * phone number, a postcode, a street address) with a name line just before them. The text's
   * length when there is none.
   */
  static int signatureStart(List<String> lines) {
    int n = lines.size();
    int earliest = Math.max(1, n - 12);
    for (int i = n - 1; i >= earliest; i--) {
      if (SIGN_OFF.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    int i = n;
    while (i > 1
        && (lines.get(i - 1).isBlank() || CONTACT_LINE.matcher(lines.get(i - 1)).matches())) {
      i--;
    }
    if (i == n) {
      return n;
    }
    if (i > 1 && NAME_LINE.matcher(lines.get(i - 1)).matches()) {
      i--;
    }
    return i;
  }

  private static Split body(List<String> lines) {
    if (lines.stream().allMatch(String::isBlank)) {
      return new Split("", List.of(), "");
    }
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
      return new Split("", List.of(String.join("\n", lines).strip()), "");
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
