package uk.foitracker.compose;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.publication.CaseView;
import uk.foitracker.web.Dates;

/** View records of a response being composed. None carries an entity. */
public final class ComposeViews {
  private ComposeViews() {}

  /** The response as the officer sees it before and after sending. */
  public record ResponseView(
      String reference,
      String state,
      String stateLabel,
      String withheldReason,
      CaseView preview,
      NoticeView notice,
      ReviewView review) {}

  /** The refusal notice assembled from the citations, and what it lacks. */
  public record NoticeView(
      boolean required,
      List<GroundView> grounds,
      String reviewProcedure,
      String complaintRights,
      List<MissingView> missing) {
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  /** One provision relied on, with the questions it covers. */
  public record GroundView(
      String reference,
      String questions,
      String kind,
      String reasons,
      String publicInterestFor,
      String publicInterestAgainst,
      String publicInterestConclusion) {
    public boolean qualified() {
      return "QUALIFIED_EXEMPTION".equals(kind);
    }

    public boolean denial() {
      return "DENIAL".equals(kind);
    }
  }

  /** A missing element of the notice: the section that asks for it, the field, the message. */
  public record MissingView(String section, String field, String message) {
    public String text() {
      return section + ": " + message;
    }
  }

  /** The internal review and its clock. */
  public record ReviewView(
      LocalDate requestedOn,
      String reviewer,
      String outcome,
      String outcomeLabel,
      String reasons,
      LocalDate decidedOn,
      LocalDate due,
      LocalDate latestDue,
      String clockStatus,
      int lateByWorkingDays) {
    public String requestedText() {
      return Dates.display(requestedOn);
    }

    public String decidedText() {
      return Dates.display(decidedOn);
    }

    public String dueText() {
      return Dates.display(due);
    }

    public String latestDueText() {
      return Dates.display(latestDue);
    }
  }

  /** The letter: officers only. The addressee may be named; nothing else personal. */
  public record LetterView(
      String authority,
      String addresseeName,
      List<String> addresseeAddress,
      String reference,
      String authorityReference,
      String sentText,
      CaseView c,
      NoticeView notice) {}
}
