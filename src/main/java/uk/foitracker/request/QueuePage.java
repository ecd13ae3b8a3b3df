package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.Option;
import uk.foitracker.web.Pagination;

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
  /** "open request" for the open work, "request" for any other view (the count's noun). */
  public String noun() {
    return filter.openWork() ? "open request" : "request";
  }

  /** The caption of the table: what is listed, and in which order. */
  public String caption() {
    String what =
        filter.openWork()
            ? "Open requests"
            : states.stream()
                .filter(Option::selected)
                .map(Option::text)
                .findFirst()
                .orElse("Requests");
    if (!filter.q().isEmpty()) {
      what += " matching \u201c" + filter.q() + "\u201d";
    }
    String by =
        switch (filter.sort()) {
          case "due" -> "by due date";
          case "received" -> "by date received";
          default -> "by reference";
        };
    return what + ", " + by;
  }

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
