package uk.foitracker.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the search index. */
@ConfigMapping(prefix = "foi.search")
public interface SearchConfig {
  /** The folder of the Lucene index on disk (created when missing). */
  @WithDefault("data/search-index")
  String indexPath();

  /** Cases read from the database per transaction when the index is built or drained. */
  @WithDefault("500")
  int batchSize();

  /**
   * Whether start-up brings the index up to date: rebuilt when it was not built from this database,
   * otherwise the outbox drained. Off only for the {@code --rebuild-index} command, which rebuilds.
   */
  @WithDefault("true")
  boolean syncOnStart();
}
