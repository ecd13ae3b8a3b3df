package uk.foitracker.search;

/**
 * The orders of a search, as the disclosure log's: best match, or the log's own orders (undated
 * cases last in both date orders, the id breaking ties as in the database).
 */
public enum SearchOrder {
  RELEVANCE,
  NEWEST,
  OLDEST,
  TITLE
}
