package uk.foitracker.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the stored clock summaries ({@link ClockSummaries}). */
@ConfigMapping(prefix = "foi.clock")
public interface ClockSummaryConfig {
  /** Requests brought up to date per transaction by the start-up backfill. */
  @WithDefault("1000")
  int backfillBatchSize();
}
