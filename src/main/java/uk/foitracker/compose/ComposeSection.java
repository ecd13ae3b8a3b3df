package uk.foitracker.compose;

/**
 * The pages of the compose task list, and the check-your-answers pages before sending and
 * publishing. Each form of the compose pages belongs to one of them: a refused form shows its
 * section again, and a saved one redirects there.
 */
public enum ComposeSection {
  QUESTIONS("questions", "Questions and outcomes"),
  ANSWERS("answers", "Answers and tables"),
  CITATIONS("citations", "Citations and public interest tests"),
  COST("cost", "Cost assessment"),
  NOTICE("notice", "Notice and rights"),
  SEND("send", "Check your answers before sending"),
  PUBLISH("publish", "Check your answers before publishing"),
  REVIEW("review", "Internal review");

  private final String path;
  private final String title;

  ComposeSection(String path, String title) {
    this.path = path;
    this.title = title;
  }

  /** The last segment of the section's address, also its name in the templates. */
  public String path() {
    return path;
  }

  public String title() {
    return title;
  }

  /** The section a form (by its id on the page) belongs to. */
  static ComposeSection of(String form) {
    if (form.matches("q\\d+")) {
      return QUESTIONS;
    }
    if (form.startsWith("answer-")) {
      return ANSWERS;
    }
    if (form.startsWith("cite")) {
      return CITATIONS;
    }
    return switch (form) {
      case "cost" -> COST;
      case "notice", "licence" -> NOTICE;
      case "send" -> SEND;
      case "publish", "withhold", "correct" -> PUBLISH;
      case "review", "decide" -> REVIEW;
      default -> QUESTIONS;
    };
  }
}
