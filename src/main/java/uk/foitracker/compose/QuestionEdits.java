package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.instalment.AnswerAddition;
import uk.foitracker.instalment.ResponseInstalment;
import uk.foitracker.publication.Publishing;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.web.Dates;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Putting a request's questions right after logging: reword one (e.g. take out a sign-off line the
 * splitter swept into the last question), split one into two, merge two adjacent ones, renumber
 * them. Each is one officer action with its audit event (the questions before and after).
 *
 * <p>What happens to what hangs on a question, said once here and in each refusal:
 *
 * <ul>
 *   <li>rewording keeps everything (the answer, outcome, tables and citations stay with it);
 *   <li>splitting gives both parts the question's answer and outcome (several questions may share
 *       one answer); its citations and cost assessment stay with the first part;
 *   <li>merging refuses when the second question has citations, a cost assessment or an answer that
 *       differs from the first's, as they would be orphaned; otherwise the merged question keeps
 *       the answer and outcome of either;
 *   <li>renumbering keeps everything (it all hangs on the question, not its number).
 * </ul>
 *
 * <p>Once a response has been sent, its question numbers went out with it (the instalments and
 * reviews record them): splitting, merging and renumbering are refused, and rewording needs a
 * reason. Rewording a published case publishes the correction at once, as a new version with the
 * reason.
 *
 * <p>The requester's numbering as written is kept: splitting and merging change no other question's
 * number unless a split needs the next number, and renumbering takes the numbers the officer gives.
 */
@ApplicationScoped
@Transactional
public class QuestionEdits {
  static final int MAX_TEXT = 20000;

  private final AuditLog audit;
  private final ResponseEdits edits;
  private final Publishing publishing;

  QuestionEdits(AuditLog audit, ResponseEdits edits, Publishing publishing) {
    this.audit = audit;
    this.edits = edits;
    this.publishing = publishing;
  }

  /** What an edit did, for the success banner and the API. */
  public record Edited(String message, Integer publishedVersion) {}

  /** Rewords question {@code number}; a reason is needed once the response has been sent. */
  public Edited reword(
      String ref, Long version, int number, String text, String reason, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    boolean sent = sent(request);
    List<FieldError> errors = new ArrayList<>();
    String t = text(text, "text", "Enter the question's words", errors);
    String why = reason(reason, sent, errors);
    Question q = question(request, number);
    if (t != null && t.equals(q.text)) {
      errors.add(new FieldError("text", "The words are the ones recorded; change them first"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = q.text;
    q.text = t;
    q.flush();
    audit.record(
        actor,
        "QUESTION_REWORDED",
        "request",
        request.id,
        "Question " + number + " reworded" + (why == null ? "" : ". Reason: " + why),
        "Question " + number + ": " + before,
        "Question " + number + ": " + t);
    Integer published = publishIfPublished(request, why, actor);
    return new Edited("Question " + number + " reworded" + publishedText(published), published);
  }

  /**
   * Splits question {@code number} into two: the first part keeps its number, the second takes the
   * next (later questions move up one only when that number is taken).
   */
  public Edited split(
      String ref,
      Long version,
      int number,
      String first,
      String second,
      String reason,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    refuseOnceSent(request, "split");
    List<FieldError> errors = new ArrayList<>();
    String a = text(first, "first", "Enter the words of the first part", errors);
    String b = text(second, "second", "Enter the words of the second part", errors);
    String why = reason(reason, false, errors);
    Question q = question(request, number);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    List<Question> all = Question.forRequest(request);
    String before = list(all);
    int next = number + 1;
    if (next > 999) {
      throw ValidationProblem.of("second", "Question numbers stop at 999");
    }
    if (all.stream().anyMatch(o -> o.number == next)) {
      Map<Question, Integer> moved = new LinkedHashMap<>();
      for (Question o : all) {
        moved.put(o, o.number > number ? o.number + 1 : o.number);
      }
      apply(moved);
    }
    q.text = a;
    Question part = new Question();
    part.request = request;
    part.number = next;
    part.text = b;
    part.outcome = q.outcome;
    part.answer = q.answer;
    part.persist();
    part.flush();
    boolean citations = Citation.count("question", q) > 0;
    String carried =
        (q.answer == null ? "" : "Both parts keep the answer and outcome.")
            + (citations ? " The citations stay with question " + number + "." : "");
    audit.record(
        actor,
        "QUESTION_SPLIT",
        "request",
        request.id,
        "Question "
            + number
            + " split into questions "
            + number
            + " and "
            + next
            + ". "
            + carried
            + (why == null ? "" : " Reason: " + why),
        before,
        list(Question.forRequest(request)));
    return new Edited(
        ("Question " + number + " split into questions " + number + " and " + next + ". " + carried)
            .strip(),
        null);
  }

  /**
   * Merges question {@code number} with the next one (the next higher number): the merged question
   * keeps {@code number} and takes {@code text} (blank: the two texts, one after the other).
   */
  public Edited merge(
      String ref, Long version, int number, String text, String reason, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    refuseOnceSent(request, "merged");
    List<FieldError> errors = new ArrayList<>();
    String why = reason(reason, false, errors);
    String t = text == null || text.isBlank() ? null : text(text, "text", "", errors);
    Question q = question(request, number);
    List<Question> all = Question.forRequest(request);
    Question next =
        all.stream()
            .filter(o -> o.number > number)
            .min(Comparator.comparingInt(o -> o.number))
            .orElse(null);
    if (next == null) {
      errors.add(
          new FieldError(
              "merge", "Question " + number + " is the last one: there is none to merge"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    refuseOrphans(q, next);
    String before = list(all);
    int gone = next.number;
    q.text = t != null ? t : q.text + "\n" + next.text;
    if (q.text.length() > MAX_TEXT) {
      throw ValidationProblem.of("text", "Question text must be 20,000 characters or fewer");
    }
    if (q.answer == null) {
      q.answer = next.answer;
    }
    if (q.outcome == null) {
      q.outcome = next.outcome;
    }
    next.delete();
    q.flush();
    audit.record(
        actor,
        "QUESTIONS_MERGED",
        "request",
        request.id,
        "Questions "
            + number
            + " and "
            + gone
            + " merged as question "
            + number
            + (why == null ? "" : ". Reason: " + why),
        before,
        list(Question.forRequest(request)));
    return new Edited(
        "Questions " + number + " and " + gone + " merged as question " + number, null);
  }

  /**
   * Gives the questions new numbers: {@code numbers} maps each question's number now to its new
   * one; a question left out keeps its number. Each number once, 1 to 999.
   */
  public Edited renumber(
      String ref, Long version, Map<Integer, Integer> numbers, String reason, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    refuseOnceSent(request, "renumbered");
    List<FieldError> errors = new ArrayList<>();
    String why = reason(reason, false, errors);
    List<Question> all = Question.forRequest(request);
    Map<Question, Integer> target = new LinkedHashMap<>();
    Set<Integer> known = new HashSet<>();
    for (Question q : all) {
      known.add(q.number);
    }
    for (Integer from : numbers.keySet()) {
      if (from == null || !known.contains(from)) {
        errors.add(new FieldError("numbers", "The request has no question " + from));
      }
    }
    Set<Integer> used = new HashSet<>();
    boolean changed = false;
    for (Question q : all) {
      Integer to = numbers.getOrDefault(q.number, q.number);
      if (to == null || to < 1 || to > 999) {
        errors.add(
            new FieldError(
                "number-" + q.number,
                "The new number of question " + q.number + " must be between 1 and 999"));
        continue;
      }
      if (!used.add(to)) {
        errors.add(
            new FieldError(
                "number-" + q.number,
                "Number " + to + " is given twice; give each question its own number"));
      }
      changed |= to != q.number;
      target.put(q, to);
    }
    if (errors.isEmpty() && !changed) {
      errors.add(new FieldError("numbers", "The numbers are the ones recorded; change one first"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String before = list(all);
    apply(target);
    String after = list(Question.forRequest(request));
    audit.record(
        actor,
        "QUESTIONS_RENUMBERED",
        "request",
        request.id,
        "Questions renumbered" + (why == null ? "" : ". Reason: " + why),
        before,
        after);
    return new Edited("Questions renumbered", null);
  }

  // ---------------------------------------------------------------------------------------------

  /** True once any part of the response has gone out. */
  static boolean sent(FoiRequest request) {
    return request.state == RequestState.SENT
        || request.state == RequestState.PUBLISHED
        || request.state == RequestState.WITHHELD_FROM_LOG
        || request.sentOn != null
        || ResponseInstalment.count("request", request) > 0;
  }

  private static void refuseOnceSent(FoiRequest request, String verb) {
    if (sent(request)) {
      throw ValidationProblem.of(
          "question",
          "The response has been sent"
              + (request.sentOn == null ? "" : " (on " + Dates.withDay(request.sentOn) + ")")
              + " with these question numbers, so questions can no longer be "
              + verb
              + ". Reword a question instead, with the reason.");
    }
  }

  /** Refuses a merge that would leave the second question's citations or answer with nothing. */
  private static void refuseOrphans(Question q, Question next) {
    List<String> problems = new ArrayList<>();
    long citations = Citation.count("question", next);
    if (citations > 0) {
      problems.add(
          "Question "
              + next.number
              + " has "
              + (citations == 1 ? "a citation" : citations + " citations")
              + ": remove "
              + (citations == 1 ? "it" : "them")
              + " first, then cite for the merged question");
    }
    if (q.answer != null && next.answer != null && !Objects.equals(q.answer.id, next.answer.id)) {
      problems.add(
          "Questions "
              + q.number
              + " and "
              + next.number
              + " have different answers: give them one answer first, or reword instead");
    }
    if (q.outcome != null && next.outcome != null && q.outcome != next.outcome) {
      problems.add(
          "Questions "
              + q.number
              + " and "
              + next.number
              + " have different outcomes: set one outcome for both first");
    }
    if (CostAssessment.count("?1 member of questions", next) > 0) {
      problems.add(
          "Question " + next.number + " is in a cost assessment: assess the cost again first");
    }
    if (AnswerAddition.count("question", next) > 0) {
      problems.add("Question " + next.number + " has an answer sent in a further instalment");
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems.stream().map(p -> new FieldError("merge", p)).toList());
    }
  }

  /** Gives each question its new number, without ever holding two on one number. */
  private static void apply(Map<Question, Integer> target) {
    for (Question q : target.keySet()) {
      q.number = -q.number - 1;
    }
    Question.flush();
    for (Map.Entry<Question, Integer> e : target.entrySet()) {
      e.getKey().number = e.getValue();
    }
    Question.flush();
  }

  private Integer publishIfPublished(FoiRequest request, String why, String actor) {
    if (request.state != RequestState.PUBLISHED) {
      return null;
    }
    return publishing.correct(request.systemReference, why, actor);
  }

  static String publishedText(Integer published) {
    return published == null ? "" : "; the correction is published as version " + published;
  }

  static Question question(FoiRequest request, int number) {
    return Question.<Question>find("request = ?1 and number = ?2", request, number)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundProblem("The request has no question " + number));
  }

  private static String text(String value, String field, String missing, List<FieldError> errors) {
    String t = value == null ? "" : value.strip();
    if (t.isEmpty()) {
      errors.add(new FieldError(field, missing));
      return null;
    }
    if (t.length() > MAX_TEXT) {
      errors.add(new FieldError(field, "Question text must be 20,000 characters or fewer"));
      return null;
    }
    return t;
  }

  /** The reason: required once the response has been sent; at most 2,000 characters. */
  static String reason(String reason, boolean required, List<FieldError> errors) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why == null && required) {
      errors.add(
          new FieldError(
              "reason", "Enter the reason for the correction: the response has been sent"));
    }
    if (why != null && why.length() > 2000) {
      errors.add(new FieldError("reason", "The reason must be 2,000 characters or fewer"));
    }
    return why;
  }

  private static String list(List<Question> questions) {
    StringBuilder s = new StringBuilder();
    for (Question q : questions) {
      if (!s.isEmpty()) {
        s.append(" | ");
      }
      String t = q.text.length() > 200 ? q.text.substring(0, 200) + "…" : q.text;
      s.append(q.number).append(". ").append(t);
    }
    return s.toString();
  }
}
