package uk.foitracker.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The work queue's filters, search, sort and page, as in the address, so every view of the queue
 * has a stable link. Unknown values are ignored rather than refused.
 *
 * <p>{@code state} is empty for the open work (open, awaiting clarification or a fee), a {@link
 * RequestState} name, {@link #UNDER_REVIEW} (an internal review not yet decided) or {@link #ALL}.
 * {@code q} finds requests by reference, the authority's reference, title or words of their
 * questions; a search with no state chosen looks at every state.
 */
public record QueueFilter(
    String state,
    boolean overdue,
    boolean dueThisWeek,
    String regime,
    String assignee,
    String sort,
    String order,
    int page,
    String q) {
  public static final int PAGE_SIZE = 25;
  static final String UNASSIGNED = "-";
  static final String ALL = "ALL";
  static final String UNDER_REVIEW = "UNDER_REVIEW";
  static final int MAX_QUERY = 200;
  private static final Set<String> SORTS = Set.of("due", "received", "reference");

  public QueueFilter(
      String state,
      boolean overdue,
      boolean dueThisWeek,
      String regime,
      String assignee,
      String sort,
      String order,
      int page) {
    this(state, overdue, dueThisWeek, regime, assignee, sort, order, page, "");
  }

  public QueueFilter {
    q = q == null ? "" : q.strip().replaceAll("\\s+", " ");
    if (q.length() > MAX_QUERY) {
      q = q.substring(0, MAX_QUERY);
    }
    state =
        ALL.equals(state) || UNDER_REVIEW.equals(state)
            ? state
            : known(state, RequestState.values());
    if (state.isEmpty() && !q.isEmpty()) {
      state = ALL;
    }
    regime = "FOIA".equals(regime) || "EIR".equals(regime) ? regime : "";
    assignee = assignee == null ? "" : assignee.strip();
    sort = sort != null && SORTS.contains(sort) ? sort : "due";
    order = "desc".equals(order) ? "desc" : "asc";
    page = Math.max(1, page);
  }

  public static QueueFilter defaults() {
    return new QueueFilter("", false, false, "", "", "due", "asc", 1, "");
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
    return !state.isEmpty()
        || overdue
        || dueThisWeek
        || !regime.isEmpty()
        || !assignee.isEmpty()
        || !q.isEmpty();
  }

  /** Only the open work: the default view of the queue. */
  public boolean openWork() {
    return state.isEmpty();
  }

  /** The words searched for, each matched on its own (at most ten). */
  public List<String> words() {
    if (q.isEmpty()) {
      return List.of();
    }
    return List.of(q.toLowerCase(Locale.ROOT).split(" ")).stream().distinct().limit(10).toList();
  }

  private String build(String sortBy, String sortOrder, int toPage) {
    List<String> parts = new ArrayList<>();
    add(parts, "q", q);
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
