package uk.foitracker.audit;

import java.util.List;
import java.util.Optional;

/**
 * Which authorities' requests the signed-in auditor may read the trail of (implemented where
 * authorities are known, uk.foitracker.authority.AuthorityScope; declared here because that package
 * writes audit events, so this one cannot depend on it).
 */
public interface TrailScope {
  /** The ids of the auditor's authorities; empty when they hold every authority. */
  Optional<List<Long>> authorityIds();
}
