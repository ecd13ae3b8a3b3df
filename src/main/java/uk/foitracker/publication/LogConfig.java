package uk.foitracker.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the public disclosure log. */
@ConfigMapping(prefix = "foi.log")
public interface LogConfig {
  /** Cases per page of the log and of the API list. */
  @WithDefault("20")
  int pageSize();

  /** The most search hits considered before filters and paging. */
  @WithDefault("1000")
  int maxSearchHits();

  /** Entries in the Atom feed, newest first. */
  @WithDefault("50")
  int feedSize();
}
