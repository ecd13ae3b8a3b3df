package uk.foitracker.status;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the requester's status check: how repeated wrong tries are slowed down. */
@ConfigMapping(prefix = "foi.status")
public interface StatusConfig {
  /** Wrong tries from one client address within {@link #window()} before it gets 429. */
  @WithDefault("5")
  int maxFailures();

  /**
   * Wrong tries against one reference, from any addresses, within {@link #window()} before that
   * reference gets 429 (whether it exists or not).
   */
  @WithDefault("5")
  int maxReferenceFailures();

  /** How long a wrong try counts against its address and its reference. */
  @WithDefault("15M")
  Duration window();

  /** Client addresses remembered at most; the least recently seen is forgotten first. */
  @WithDefault("10000")
  int maxClients();

  /** References remembered at most; the least recently tried is forgotten first. */
  @WithDefault("10000")
  int maxReferences();
}
