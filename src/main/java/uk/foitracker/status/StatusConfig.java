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
   * Wrong tries against one reference from one address within {@link #window()} before that address
   * gets 429 for that reference (whether it exists or not). Other addresses, the requester's among
   * them, are not affected.
   */
  @WithDefault("5")
  int maxReferenceFailures();

  /** How long a wrong try counts against its address and its reference. */
  @WithDefault("15M")
  Duration window();

  /** Client addresses remembered at most; the least recently seen is forgotten first. */
  @WithDefault("10000")
  int maxClients();

  /** Wrong tries of one address against one reference before each further try must wait. */
  @WithDefault("2")
  int pairFreeFailures();

  /**
   * The first wait of an address against a reference after {@link #pairFreeFailures()}; it doubles
   * with each further wrong try (at most the window).
   */
  @WithDefault("2S")
  Duration pairDelay();

  /** Address and reference pairs remembered at most; the least recently tried forgotten first. */
  @WithDefault("10000")
  int maxReferences();
}
