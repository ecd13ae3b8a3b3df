package uk.foitracker.publication;

import java.util.Arrays;
import java.util.Optional;

/** How the disclosure log is ordered. Every order ends on the id, so a page is always the same. */
public enum LogSort {
  NEWEST("newest", "Newest first"),
  OLDEST("oldest", "Oldest first"),
  TITLE("title", "Title (A to Z)"),
  RELEVANCE("relevance", "Best match (searches only)");

  private final String param;
  private final String label;

  LogSort(String param, String label) {
    this.param = param;
    this.label = label;
  }

  /** The value in the address, e.g. {@code ?sort=oldest}. */
  public String param() {
    return param;
  }

  public String label() {
    return label;
  }

  static Optional<LogSort> fromParam(String value) {
    return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
  }

  /** The JPQL order; undated cases come last in both date orders (never given a made-up date). */
  String jpql() {
    return switch (this) {
      case OLDEST -> "r.publishedOn asc nulls last, r.createdAt asc, r.id asc";
      case TITLE -> "lower(r.title) asc, r.id asc";
      default -> "r.publishedOn desc nulls last, r.createdAt desc, r.id desc";
    };
  }
}
