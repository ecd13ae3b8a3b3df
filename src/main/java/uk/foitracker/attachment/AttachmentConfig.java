package uk.foitracker.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the files an officer attaches to a response. */
@ConfigMapping(prefix = "foi.attachments")
public interface AttachmentConfig {
  /**
   * The largest file, in bytes: 20 MB. Keep quarkus.http.limits.max-body-size above it (with room
   * for the multipart envelope), or uploads are cut off before this check.
   */
  @WithDefault("20971520")
  long maxBytes();
}
