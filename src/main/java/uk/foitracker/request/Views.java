package uk.foitracker.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.clock.ClockView;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Pagination;

/** The view records of the officer and auditor pages and the requests API. */
public final class Views {
  private Views() {}

  /** One line of the work queue. */
  public record QueueRow(
      String reference,
      String summary,
      Regime regime,
      LocalDate receivedOn,
      LocalDate dueOn,
      Integer workingDaysLeft,
      RequestState state,
      String clockStatus,
      boolean overdue,
      boolean dueSoon,
      String assignedTo,
      @JsonIgnore String received,
      @JsonIgnore String due,
      @JsonIgnore String clockLabel,
      @JsonIgnore String clockColour) {

    @JsonIgnore
    public String stateLabel() {
      return state.label();
    }

    /** The clock status of a request whose clock events the clock refuses. */
    public static final String UNWORKABLE = "UNWORKABLE";

    @JsonIgnore
    public String daysLeftText() {
      if (UNWORKABLE.equals(clockStatus)) {
        return "Not known";
      }
      if (workingDaysLeft == null) {
        return "Clock stopped";
      }
      if (workingDaysLeft < 0) {
        return -workingDaysLeft + " late";
      }
      return String.valueOf(workingDaysLeft);
    }
  }

  /** A page of the queue with its filters and the links to other pages. */
  public record QueuePage(
      String base,
      boolean canLog,
      List<QueueRow> rows,
      QueueFilter filter,
      int total,
      int page,
      int pages,
      List<Option> states,
      List<Option> regimes,
      List<Option> assignees) {
    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages;
    }

    public int first() {
      return total == 0 ? 0 : (page - 1) * QueueFilter.PAGE_SIZE + 1;
    }

    public int last() {
      return Math.min(total, page * QueueFilter.PAGE_SIZE);
    }

    /** First, last, current and neighbouring pages, with ellipses (GOV.UK pagination). */
    public Pagination pagination() {
      return Pagination.of(page, pages, n -> base + filter.query(n));
    }
  }

  /** A question of the request. */
  public record QuestionLine(int number, String text) {}

  /** The requester's personal data: officers only. */
  public record RequesterView(String name, String contact) {
    @Override
    public String toString() {
      return "RequesterView[personal data redacted]";
    }
  }

  /** One form that records a clock event, with what was typed and its errors after a refusal. */
  public record ActionView(
      String slug,
      String label,
      boolean needsExtra,
      DateField date,
      DateField extra,
      String dateError,
      String extraError) {
    public String dateId() {
      return slug + "-date";
    }

    public String newDueId() {
      return slug + "-newDue";
    }
  }

  /** The assign form. */
  public record AssignView(String assignee, String error) {}

  /** One audit event of the request. */
  public record TimelineEntry(
      String when, String actor, String summary, String before, String after) {}

  /** A request as an officer (with actions and the requester) or an auditor sees it. */
  public record RequestPage(
      String base,
      boolean canAct,
      String reference,
      long version,
      String summary,
      Regime regime,
      String channel,
      String received,
      String stateLabel,
      String assignedTo,
      String requestText,
      String preamble,
      List<QuestionLine> questions,
      String postscript,
      RequesterView requester,
      ClockView clock,
      List<ActionView> actions,
      AssignView assign,
      List<TimelineEntry> timeline,
      FormErrors errors) {
    public String assignedText() {
      return assignedTo == null ? "Not assigned" : assignedTo;
    }
  }

  /** A request for the API: no personal data. */
  public record RequestDetail(
      String reference,
      long version,
      String summary,
      Regime regime,
      Channel channel,
      LocalDate receivedOn,
      RequestState state,
      String assignedTo,
      String requestText,
      List<QuestionLine> questions,
      ClockView clock,
      List<EventLine> clockEvents,
      List<TimelineEntry> timeline) {}

  /** A recorded clock event for the API. */
  public record EventLine(String kind, LocalDate date, LocalDate newDue, String actor) {}

  /** A queue page for the API. */
  public record QueueResult(
      int total, int page, int pages, int pageSize, List<QueueRow> requests) {}
}
