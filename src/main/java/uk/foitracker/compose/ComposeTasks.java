package uk.foitracker.compose;

import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.Instalments;
import uk.foitracker.rules.Outcome;

/**
 * The compose task list: one task a section, each with a status worked out from what is recorded
 * (never stored, so it cannot go stale): "Not started", "In progress", "Completed", or "Not needed"
 * when nothing recorded calls for the section (no refusal to cite, no cost refusal).
 */
public final class ComposeTasks {
  public static final String NOT_STARTED = "Not started";
  public static final String IN_PROGRESS = "In progress";
  public static final String COMPLETED = "Completed";
  public static final String NOT_NEEDED = "Not needed";

  private ComposeTasks() {}

  /** One task: its name, the section page, a hint saying what the status is worked out from. */
  public record Task(String id, String name, String href, String hint, String status) {
    /** The GOV.UK tag colour of the status, or null when it is shown as plain text. */
    public String colour() {
      return switch (status) {
        case NOT_STARTED -> "blue";
        case IN_PROGRESS -> "light-blue";
        default -> null;
      };
    }

    /** Plain grey text (GOV.UK's "cannot start yet" style) for a task that is not needed. */
    public boolean muted() {
      return NOT_NEEDED.equals(status);
    }

    public String statusId() {
      return "task-" + id + "-status";
    }

    public String hintId() {
      return "task-" + id + "-hint";
    }
  }

  /** The tasks of a response, in the order an officer works through them. */
  public static List<Task> of(ComposePage page) {
    List<Task> tasks = new ArrayList<>();
    tasks.add(questions(page));
    tasks.add(answers(page));
    tasks.add(citations(page));
    tasks.add(cost(page));
    tasks.add(notice(page));
    tasks.add(letter(page));
    return tasks;
  }

  /** Sent or published: the task list's sections are done with, corrections aside. */
  private static boolean gone(ComposePage page) {
    return page.sent() || page.published();
  }

  static Task questions(ComposePage page) {
    int total = page.questions().size();
    long decided = page.questions().stream().filter(q -> q.outcome() != null).count();
    String status = progress(decided, total);
    return new Task(
        "questions",
        "Questions and outcomes",
        page.base() + "/questions",
        decided
            + " of "
            + total
            + (total == 1 ? " question has" : " questions have")
            + " an outcome",
        status);
  }

  static Task answers(ComposePage page) {
    List<ComposePage.QuestionForm> needing =
        page.questions().stream()
            .filter(q -> q.outcome() == null || Instalments.needsAnswerText(q.outcome()))
            .toList();
    long answered = needing.stream().filter(q -> q.answerPosition() != null).count();
    String status;
    if (page.answers().isEmpty()) {
      status =
          page.questions().stream().allMatch(q -> q.outcome() != null) && needing.isEmpty()
              ? NOT_NEEDED
              : NOT_STARTED;
    } else {
      status = answered == needing.size() ? COMPLETED : IN_PROGRESS;
    }
    return new Task(
        "answers",
        "Answers and tables",
        page.base() + "/answers",
        answered
            + " of "
            + needing.size()
            + (needing.size() == 1 ? " question" : " questions")
            + " needing answer text "
            + (answered == 1 ? "has" : "have")
            + " an answer",
        status);
  }

  /** A refusing outcome other than "not held" rests on a provision: it needs a citation. */
  static boolean needsCitation(Outcome outcome) {
    return outcome != null && outcome.refuses() && outcome != Outcome.NOT_HELD;
  }

  static Task citations(ComposePage page) {
    List<ComposePage.QuestionForm> needing =
        page.questions().stream().filter(q -> needsCitation(q.outcome())).toList();
    long cited = needing.stream().filter(q -> !q.citations().isEmpty()).count();
    boolean any = !page.citations().isEmpty();
    String status;
    if (needing.isEmpty()) {
      status = any ? COMPLETED : NOT_NEEDED;
    } else if (cited == needing.size()) {
      status = COMPLETED;
    } else {
      status = any ? IN_PROGRESS : NOT_STARTED;
    }
    String hint =
        needing.isEmpty()
            ? "No outcome recorded so far refuses information under a provision"
            : cited
                + " of "
                + needing.size()
                + (needing.size() == 1 ? " refused question" : " refused questions")
                + " cite a provision";
    return new Task(
        "citations",
        "Citations and public interest tests",
        page.base() + "/citations",
        hint,
        status);
  }

  static Task cost(ComposePage page) {
    boolean needed =
        page.questions().stream().anyMatch(q -> q.outcome() == Outcome.REFUSED_COST_LIMIT);
    String status;
    if (page.costTotal() != null) {
      status = COMPLETED;
    } else {
      status = needed ? NOT_STARTED : NOT_NEEDED;
    }
    String hint =
        page.costTotal() != null
            ? "Estimated time: " + page.costTotal().hoursText()
            : needed
                ? "A question is refused on cost: record the estimate"
                : "No question is refused on cost";
    return new Task(
        "cost",
        page.eir() ? "Burden of complying" : "Cost assessment",
        page.base() + "/cost",
        hint,
        status);
  }

  static Task notice(ComposePage page) {
    NoticeView n = page.notice();
    boolean written = !blank(n.reviewProcedure()) || !blank(n.complaintRights());
    boolean both = !blank(n.reviewProcedure()) && !blank(n.complaintRights());
    String status;
    if (n.required()) {
      if (n.complete()) {
        status = COMPLETED;
      } else {
        status = written || !n.grounds().isEmpty() ? IN_PROGRESS : NOT_STARTED;
      }
    } else {
      status = both ? COMPLETED : written ? IN_PROGRESS : NOT_STARTED;
    }
    String hint =
        n.required()
            ? (n.complete()
                ? "The refusal notice has every element"
                : n.missing().size()
                    + (n.missing().size() == 1 ? " element is" : " elements are")
                    + " missing from the refusal notice")
            : "Review and complaint rights, licence for re-use";
    return new Task("notice", "Notice and rights", page.base() + "/notice", hint, status);
  }

  static Task letter(ComposePage page) {
    String status;
    if (gone(page)) {
      status = COMPLETED;
    } else {
      status = page.answers().isEmpty() ? NOT_STARTED : IN_PROGRESS;
    }
    return new Task(
        "letter",
        "Check the letter",
        page.base() + "/letter",
        gone(page) ? "The letter as sent" : "Completed when the response is sent",
        status);
  }

  private static String progress(long done, int total) {
    if (total > 0 && done == total) {
      return COMPLETED;
    }
    return done == 0 ? NOT_STARTED : IN_PROGRESS;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
