package uk.foitracker.noticecheck;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.foitracker.noticecheck.NoticeCheckResult.CheckedFinding;
import uk.foitracker.reading.LetterFacts;
import uk.foitracker.reading.LetterReader;
import uk.foitracker.reading.ReadCitation;
import uk.foitracker.reading.ReadLetter;
import uk.foitracker.review.ReviewConfig;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.checks.CheckResult;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.rules.checks.RefusalCheck;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.TooManyAttempts;
import uk.foitracker.web.ValidationProblem;

/**
 * Checks a refusal notice pasted as text: reads it ({@link LetterReader}) into the facts a case
 * gives ({@link LetterFacts}) and runs the same rules ({@link RefusalCheck#standard()}). Nothing is
 * stored and nothing of the text is logged: the text lives only for the call.
 */
@ApplicationScoped
public class NoticeChecks {
  /** The longest text checked, in characters. */
  public static final int MAX_TEXT = 200_000;

  /**
   * The longest word (run of non-space characters) and the longest gap (run of spaces) a text may
   * hold. Some of the reader's and the rules' patterns backtrack over a word or a gap: bounding
   * both keeps any pasted text, however made, to a fraction of a second (real letters' longest
   * words are addresses of web pages, well under this).
   */
  public static final int MAX_RUN = 500;

  private static final Pattern LONG_RUN =
      Pattern.compile("\\S{" + (MAX_RUN + 1) + "}|\\s{" + (MAX_RUN + 1) + "}");

  /**
   * A notice to check. {@code regime} ("FOIA"/"EIR"), {@code received} and {@code sent}
   * (YYYY-MM-DD) are optional and override what the text says.
   */
  public record Submission(String text, String regime, String received, String sent) {
    @Override
    public String toString() {
      return "Submission[text of " + (text == null ? 0 : text.length()) + " characters]";
    }
  }

  private final CheckLimit limit;
  private final Clock clock;
  private final ReviewConfig review;

  NoticeChecks(CheckLimit limit, Clock clock, ReviewConfig review) {
    this.limit = limit;
    this.clock = clock;
    this.review = review;
  }

  /**
   * Checks the notice for {@code client} (its address, to count checks by).
   *
   * @throws TooManyAttempts when the address has used up its checks for now
   * @throws ValidationProblem on a missing or too long text, an unknown regime or a bad date
   */
  public NoticeCheckResult check(Submission s, String client) {
    Optional<Duration> wait = limit.take(client);
    if (wait.isPresent()) {
      throw new TooManyAttempts(
          "You have checked too many notices in a short time. Wait a minute and try again.",
          wait.get());
    }
    List<FieldError> errors = new ArrayList<>();
    String text = s == null ? null : s.text();
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("text", "Enter the text of the response you received"));
    } else if (text.length() > MAX_TEXT) {
      errors.add(new FieldError("text", "The text must be 200,000 characters or fewer"));
    } else if (LONG_RUN.matcher(text).find()) {
      errors.add(
          new FieldError(
              "text",
              "The text has a word or a gap of over "
                  + MAX_RUN
                  + " characters; paste the letter as it reads"));
    }
    Optional<Regime> regime = Optional.empty();
    if (s != null && s.regime() != null && !s.regime().isBlank()) {
      try {
        regime = Optional.of(Regime.valueOf(s.regime().strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("regime", "Choose FOIA or EIR, or leave the law out"));
      }
    }
    Optional<LocalDate> received =
        date(
            s == null ? null : s.received(),
            "received",
            "The date your request was received",
            errors);
    Optional<LocalDate> sent =
        date(s == null ? null : s.sent(), "sent", "The date of the response", errors);
    if (received.isPresent() && sent.isPresent() && sent.get().isBefore(received.get())) {
      errors.add(
          new FieldError(
              "sent",
              "The date of the response must be on or after the date"
                  + " your request was received"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    ReadLetter letter = LetterReader.read(text);
    LetterFacts.Given given = new LetterFacts.Given(regime, received, sent);
    var facts =
        LetterFacts.of(letter, text, given, LocalDate.now(clock), review.smallNumberThreshold());
    CheckResult result = RefusalCheck.standard().review(facts);
    List<CheckedFinding> findings = new ArrayList<>();
    List<CheckedFinding> cannot = new ArrayList<>();
    for (Finding f : result.findings()) {
      CheckedFinding c =
          new CheckedFinding(
              f.ruleId(), f.provision(), f.severity().name(), f.questionNumbers(), f.message());
      (f.severity() == Severity.CANNOT_ASSESS ? cannot : findings).add(c);
    }
    List<String> cited =
        letter.citations().stream().map(ReadCitation::reference).distinct().toList();
    return new NoticeCheckResult(
        facts.regime().name(),
        findings,
        cannot,
        new NoticeCheckResult.Read(letter.questions().size(), cited, letter.unread()));
  }

  private static Optional<LocalDate> date(
      String value, String field, String name, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, name + " must be a real date, written YYYY-MM-DD"));
      return Optional.empty();
    }
  }
}
