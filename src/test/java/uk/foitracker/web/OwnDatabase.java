package uk.foitracker.web;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings of a test profile whose tests need an H2 database and a search index of their own
 * (also in the PostgreSQL tier): their data would crowd or change what other tests see in the
 * shared one.
 */
public final class OwnDatabase {
  private OwnDatabase() {}

  /** A database and index named {@code name}, with {@code more} settings beside them. */
  public static Map<String, String> named(String name, Map<String, String> more) {
    Map<String, String> settings = new HashMap<>(more);
    settings.put("quarkus.datasource.db-kind", "h2");
    settings.put("quarkus.datasource.username", "sa");
    settings.put("quarkus.datasource.password", "");
    settings.put(
        "quarkus.datasource.jdbc.url",
        "jdbc:h2:mem:foi-"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    settings.put("foi.search.index-path", "target/search-index-" + name);
    // the first connection of a fresh database can take a while on a busy machine
    settings.put("quarkus.datasource.jdbc.acquisition-timeout", "30S");
    return Map.copyOf(settings);
  }
}
