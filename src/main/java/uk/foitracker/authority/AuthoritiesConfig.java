package uk.foitracker.authority;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * Where a signed-in person's authorities come from (see {@link AuthorityGrant}) and what a person
 * whose identity states none holds.
 */
@ConfigMapping(prefix = "foi.authorities")
public interface AuthoritiesConfig {

  /**
   * The JSON file declaring the installation's authorities, read by {@link AuthorityRegistry} at
   * start-up; none: only {@code foi.authority.name}. Part of this mapping so that a value set
   * (dev's demo file, production's FOI_AUTHORITIES_FILE) is not refused as unknown under its
   * prefix.
   */
  Optional<String> file();

  /** The claim of the identity provider's token that lists the person's authority slugs. */
  @WithDefault("foi_authorities")
  String claim();

  /** Roles starting with this grant the authority named by the rest; "none" turns it off. */
  @WithName("role-prefix")
  @WithDefault("authority:")
  String rolePrefix();

  /**
   * A signed-in officer or auditor whose token states no authority (no claim, no authority role):
   * {@code own} (the default) belongs to the installation's own authority, {@code
   * foi.authority.name}, so a single-authority installation needs no change at its identity
   * provider; {@code none} holds no authority at all. Never every authority: that must be stated
   * ({@code *}).
   */
  @WithName("without-claim")
  @WithDefault("own")
  WithoutClaim withoutClaim();

  enum WithoutClaim {
    OWN,
    NONE
  }
}
