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
