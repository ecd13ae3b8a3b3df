package uk.foitracker.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The authority's settings for the review checks. */
@ConfigMapping(prefix = "foi.review")
public interface ReviewConfig {

  /**
   * A published count from 1 up to one less than this may identify people (FOIA s.40(2)); 0 and 1
   * turn the check off.
   */
  @WithDefault("5")
  int smallNumberThreshold();
}
