package uk.foitracker.web;

import io.smallrye.config.ConfigMapping;

/**
 * The settings a production start must be given through the environment. In the {@code prod}
 * profile each reads its environment variable with no default (application.properties), so a
 * missing one stops start-up with a message that names it, before anything connects anywhere.
 * Outside production they are not needed (H2 and the OIDC dev service).
 */
@ConfigMapping(prefix = "foi.production")
public interface ProductionSettings {
  /** FOI_DB_URL, e.g. jdbc:postgresql://db:5432/foi */
  String databaseUrl();

  /** FOI_DB_USER */
  String databaseUser();

  /** FOI_DB_PASSWORD */
  String databasePassword();

  /** FOI_OIDC_URL, the OIDC server's issuer, e.g. https://sso.example.gov.uk/realms/foi */
  String oidcUrl();

  /** FOI_OIDC_CLIENT_SECRET */
  String oidcClientSecret();

  /** FOI_OIDC_STATE_SECRET, 32 characters or more: encrypts the session cookie. */
  String oidcStateSecret();
}
