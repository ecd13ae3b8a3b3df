package uk.foitracker.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Registers {@link ProductionSettings} (a missing variable already stopped start-up, naming it) and
 * checks what a presence check cannot: the session-cookie secret is long enough.
 */
@Startup
@ApplicationScoped
class ProductionSettingsCheck {
  static final int MIN_SECRET_LENGTH = 32;

  ProductionSettingsCheck(ProductionSettings settings) {
    if (LaunchMode.current() == LaunchMode.NORMAL
        && settings.oidcStateSecret().length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          "FOI_OIDC_STATE_SECRET must be at least " + MIN_SECRET_LENGTH + " characters long");
    }
  }
}
