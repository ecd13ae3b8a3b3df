package uk.foitracker.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The authority's settings for the review checks. */
@ConfigMapping(prefix = "foi.review")
public interface ReviewConfig {

  /**
   * A published count from 1 up to one less than this may identify people (FOIA s.40(2)); 0 and 1
   * turn the check off.
   */
  @WithDefault("5")
  int smallNumberThreshold();

  /** How many requests the review reads at a time (in a few queries and a transaction). */
  @WithDefault("500")
  int batch();

  /** How many cases a page of the refusals page, or of the findings API, holds. */
  @WithDefault("20")
  int pageSize();

  /**
   * A review of every request that took longer than this is made again in the background after a
   * change, while pages show the last one; a quicker one is made again while the reader waits.
   */
  @WithDefault("2s")
  Duration rebuildWhileWaiting();
}
