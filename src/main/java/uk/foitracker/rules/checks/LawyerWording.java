package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ProvisionKind;

/** Helpers shared by the rules that read what a lawyer reads: dates, quotes and the letter. */
final class LawyerWording {
  private LawyerWording() {}

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /**
   * The authority's words about some questions: their answers, the reasons of their citations, and
   * (when {@code withCost}) the cost statement and advice. The letter as sent is added only when
   * {@code questions} are all the questions of the response, since a letter answers every question
   * and its words about one question say nothing of another.
   */
  static String wordsAbout(ResponseFacts facts, List<QuestionFacts> questions, boolean withCost) {
    List<String> parts = new ArrayList<>();
    for (QuestionFacts q : questions) {
      parts.add(q.answerText());
      q.citations().forEach(c -> parts.add(c.reasons()));
    }
    if (withCost) {
      facts
          .cost()
          .ifPresent(
              c -> {
                parts.add(c.statement());
                parts.add(c.advice());
              });
    }
    if (questions.size() == facts.questions().size()) {
      parts.add(facts.notice().letter());
    }
    return String.join("\n\n", parts.stream().filter(s -> s != null && !s.isBlank()).toList());
  }

  /** Every word the authority wrote: {@link ResponseFacts#letterText()} and the notice. */
  static String allWords(ResponseFacts facts) {
    return facts.letterText() + "\n\n" + facts.notice().text();
  }

  /** The first match of {@code pattern} in {@code text} with a little context, quoted; or null. */
  static String quote(String text, Pattern pattern) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return null;
    }
    // the sentence the match is in, at most 70 characters either side of the match
    int left = m.start();
    while (left > 0 && m.start() - left < 70 && !ends(text, left - 1)) {
      left--;
    }
    int right = m.end();
    while (right < text.length() && right - m.end() < 70 && !ends(text, right)) {
      right++;
    }
    boolean cutLeft = left > 0 && !ends(text, left - 1);
    boolean cutRight = right < text.length() && !ends(text, right);
    String q = text.substring(left, right).strip().replaceAll("\\s+", " ");
    return "\"" + (cutLeft ? "…" : "") + q + (cutRight ? "…" : "") + "\"";
  }

  /** Whether a sentence ends at {@code i}: "!", "?", a new line, or "." before a space. */
  private static boolean ends(String text, int i) {
    char c = text.charAt(i);
    if (c == '!' || c == '?' || c == '\n') {
      return true;
    }
    return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** Whether a question cites FOIA s.14 (vexatious or repeated requests). */
  static boolean citesS14(QuestionFacts q) {
    return q.citations().stream().anyMatch(LawyerWording::isS14);
  }

  static boolean isS14(CitationFacts c) {
    return c.code().equals("FOIA-14") || c.code().startsWith("FOIA-14-");
  }

  /** A citation that withholds information under an exemption (or an EIR exception). */
  static boolean isExemption(CitationFacts c) {
    return (c.role() == CitationRole.EXEMPTION || c.type().isExemption())
        && c.type() != ProvisionKind.DENIAL
        && !isS14(c);
  }
}
