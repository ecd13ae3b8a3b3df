package uk.foitracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * GOV.UK pagination, for the {@code tags/pagination} fragment: previous and next links (null at the
 * ends) and numbered items, the first, the last and those next to the current page, with a null
 * number for an ellipsis between.
 */
public record Pagination(String previous, String next, List<Item> items) {
  public static final Pagination NONE = new Pagination(null, null, List.of());

  public boolean show() {
    return previous != null || next != null;
  }

  /** A page's link, or an ellipsis (null number). */
  public record Item(Integer number, String href, boolean current) {
    public boolean ellipsis() {
      return number == null;
    }
  }

  /** The links of page {@code page} of {@code last}; {@code href} gives a page's address. */
  public static Pagination of(int page, int last, IntFunction<String> href) {
    if (last <= 1) {
      return NONE;
    }
    List<Item> items = new ArrayList<>();
    Integer previousShown = null;
    for (int n = 1; n <= last; n++) {
      if (n == 1 || n == last || Math.abs(n - page) <= 1) {
        if (previousShown != null && n - previousShown > 1) {
          items.add(new Item(null, null, false));
        }
        items.add(new Item(n, href.apply(n), n == page));
        previousShown = n;
      }
    }
    return new Pagination(
        page > 1 ? href.apply(page - 1) : null, page < last ? href.apply(page + 1) : null, items);
  }
}
