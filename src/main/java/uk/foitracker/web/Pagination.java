package uk.foitracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * GOV.UK pagination (the {@code pagination} tag): previous, numbered items and next. Following the
 * GOV.UK Design System's pattern for many pages, the items are the first page, the last, the
 * current one and its neighbours, with an ellipsis (an item with no number) for each gap, so a list
 * of 35,000 pages is a handful of links, not 35,000.
 */
public record Pagination(String previous, String next, List<Item> items) {
  /** No pagination: a single page. */
  public static final Pagination NONE = new Pagination(null, null, List.of());

  public boolean show() {
    return previous != null || next != null;
  }

  /** A numbered link, or an ellipsis when {@code number} is null. */
  public record Item(Integer number, String href, boolean current) {
    public boolean ellipsis() {
      return number == null;
    }
  }

  /**
   * The pagination of page {@code page} of {@code last}, each page's address given by {@code href};
   * {@link #NONE} when there is only one page.
   */
  public static Pagination of(int page, int last, IntFunction<String> href) {
    if (last <= 1) {
      return NONE;
    }
    List<Item> items = new ArrayList<>();
    Integer previousShown = null;
    for (int n : shownPages(page, last)) {
      if (previousShown != null && n - previousShown > 1) {
        items.add(new Item(null, null, false));
      }
      items.add(new Item(n, href.apply(n), n == page));
      previousShown = n;
    }
    return new Pagination(
        page > 1 ? href.apply(page - 1) : null, page < last ? href.apply(page + 1) : null, items);
  }

  /** 1, the last page, the current page and its neighbours: in order, each once. */
  static List<Integer> shownPages(int page, int last) {
    TreeSet<Integer> shown = new TreeSet<>();
    shown.add(1);
    shown.add(last);
    for (int n = page - 1; n <= page + 1; n++) {
      if (n >= 1 && n <= last) {
        shown.add(n);
      }
    }
    return List.copyOf(shown);
  }
}
