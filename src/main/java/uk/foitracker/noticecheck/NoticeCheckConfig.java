package uk.foitracker.noticecheck;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often one client address may check a notice. */
@ConfigMapping(prefix = "foi.notice-check")
public interface NoticeCheckConfig {
  /** Checks from one client address within {@link #window()} before it gets 429. */
  @WithDefault("10")
  int maxChecks();

  @WithDefault("1M")
  Duration window();

  /** Client addresses remembered at most; the least recently seen is forgotten first. */
  @WithDefault("10000")
  int maxClients();
}
