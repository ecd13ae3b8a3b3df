package uk.foitracker.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import uk.foitracker.question.Outcome;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Pagination;

/** The view records of the review pages and API. Never entities. */
public final class Views {
  private Views() {}

  /** An auditor's mark on a finding. */
  public record MarkView(Verdict verdict, String note, String markedBy, Instant markedAt) {}

  /** A finding as the API gives it. */
  public record FindingView(
      @JsonProperty("case") String caseSlug,
      String reference,
      String title,
      List<Integer> questionNumbers,
      String ruleId,
      String provision,
      Severity severity,
      String message,
      MarkView mark) {}

  /** A provision cited for a question, with the reasons given. */
  public record Ground(String reference, String title, String role, String reasons) {}

  /** A question that is not provided in full, with its grounds. */
  public record RefusedQuestion(
      int number, String text, Outcome outcome, List<Ground> grounds, List<FindingLink> findings) {}

  /** A link from a question to a finding about it. */
  public record FindingLink(String anchor, String ruleId) {}

  /** What the auditor typed in a mark form that was refused, with the errors. */
  public record MarkFormState(String verdict, String note, String verdictError, String noteError) {}

  /** A finding on the refusals page, with its mark and its form. */
  public record FindingRow(
      String anchor,
      long requestId,
      String ruleId,
      String provision,
      List<Integer> questionNumbers,
      String questionKey,
      String questionsLabel,
      Severity severity,
      String message,
      MarkView mark,
      MarkFormState form) {}

  /** A note: not a failing. */
  public record NoteRow(String ruleId, String questionsLabel, String message) {}

  /** One case on the refusals page. */
  public record CaseRefusals(
      long requestId,
      String slug,
      String title,
      String reference,
      boolean published,
      String officer,
      String year,
      List<RefusedQuestion> questions,
      List<FindingRow> findings,
      List<NoteRow> notes) {}

  /** A filter value the mark forms pass on, so that saving a mark comes back to the same page. */
  public record Hidden(String name, String value) {}

  /**
   * The refusals page: one page of the cases that match the filter, worst first.
   *
   * @param caseCount how many cases match in all
   * @param questionCount how many questions of those cases match in all
   * @param from the number of the first case shown (0 when none)
   * @param to the number of the last case shown
   * @param reviewed when the findings were reviewed, and whether a review is under way
   */
  public record RefusalsView(
      List<CaseRefusals> cases,
      int caseCount,
      int questionCount,
      int page,
      int pageCount,
      int from,
      int to,
      Pagination pagination,
      List<Hidden> keeps,
      String reviewed,
      List<Option> provisions,
      List<Option> outcomes,
      List<Option> years,
      List<Option> officers,
      boolean filtered,
      FormErrors errors) {}

  /** A page of findings for the API: the cases' findings, and how many there are in all. */
  public record FindingsPage(
      List<FindingView> findings, int page, int pageCount, int caseCount, long findingCount) {}
}
