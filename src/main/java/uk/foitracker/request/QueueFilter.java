package uk.foitracker.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The work queue's filters, sort and page, as in the address, so every view of the queue has a
 * stable link. Unknown values are ignored rather than refused.
 */
public record QueueFilter(
    String state,
    boolean overdue,
    boolean dueThisWeek,
    String regime,
    String assignee,
    String sort,
    String order,
    int page) {
  public static final int PAGE_SIZE = 25;
  static final String UNASSIGNED = "-";
  private static final Set<String> SORTS = Set.of("due", "received", "reference");

  public QueueFilter {
    state =
        known(
            state,
            RequestState.OPEN,
            RequestState.AWAITING_CLARIFICATION,
            RequestState.AWAITING_FEE);
    regime = "FOIA".equals(regime) || "EIR".equals(regime) ? regime : "";
    assignee = assignee == null ? "" : assignee.strip();
    sort = sort != null && SORTS.contains(sort) ? sort : "due";
    order = "desc".equals(order) ? "desc" : "asc";
    page = Math.max(1, page);
  }

  public static QueueFilter defaults() {
    return new QueueFilter("", false, false, "", "", "due", "asc", 1);
  }

  private static String known(String value, RequestState... states) {
    if (value == null) {
      return "";
    }
    for (RequestState s : states) {
      if (s.name().equals(value)) {
        return value;
      }
    }
    return "";
  }

  /** The query string for a page of this view, e.g. "?state=OPEN&sort=due&order=asc&page=2". */
  public String query(int toPage) {
    return build(sort, order, toPage);
  }

  /** The query string for sorting by a column; the same column again reverses the order. */
  public String sortQuery(String column) {
    String newOrder = column.equals(sort) && order.equals("asc") ? "desc" : "asc";
    return build(column, newOrder, 1);
  }

  /** "ascending", "descending" or "none", for the column's aria-sort. */
  public String ariaSort(String column) {
    return column.equals(sort) ? (order.equals("asc") ? "ascending" : "descending") : "none";
  }

  public boolean isFiltered() {
    return !state.isEmpty() || overdue || dueThisWeek || !regime.isEmpty() || !assignee.isEmpty();
  }

  private String build(String sortBy, String sortOrder, int toPage) {
    List<String> parts = new ArrayList<>();
    add(parts, "state", state);
    if (overdue) {
      parts.add("overdue=true");
    }
    if (dueThisWeek) {
      parts.add("dueThisWeek=true");
    }
    add(parts, "regime", regime);
    add(parts, "assignee", assignee);
    parts.add("sort=" + sortBy);
    parts.add("order=" + sortOrder);
    parts.add("page=" + toPage);
    return "?" + String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (!value.isEmpty()) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
