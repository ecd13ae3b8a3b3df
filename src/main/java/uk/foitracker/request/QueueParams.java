package uk.foitracker.request;

import jakarta.ws.rs.QueryParam;

/** The queue's query string. */
public class QueueParams {
  @QueryParam("state")
  public String state;

  @QueryParam("overdue")
  public boolean overdue;

  @QueryParam("dueThisWeek")
  public boolean dueThisWeek;

  @QueryParam("regime")
  public String regime;

  @QueryParam("assignee")
  public String assignee;

  @QueryParam("sort")
  public String sort;

  @QueryParam("order")
  public String order;

  /** Words to find: a reference, the authority's reference, or words of the title or questions. */
  @QueryParam("q")
  public String q;

  @QueryParam("page")
  public String page;

  QueueFilter filter() {
    int p;
    try {
      p = page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      p = 1;
    }
    return new QueueFilter(state, overdue, dueThisWeek, regime, assignee, sort, order, p, q);
  }
}
