package uk.foitracker.web;

import io.quarkus.arc.Arc;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.foitracker.security.SignedOutSessions;

/**
 * Binds the CSRF token to the sign-in session (issue 21). The framework's token is a double-submit
 * cookie: on its own, a token and cookie pair obtained anywhere (another session, or signed out)
 * would be accepted in any session. Every form therefore also carries {@value #FIELD}, an HMAC of
 * the form's token and the session's identifier ({@code templates/tags/csrf.html}); a form POST in
 * a signed-in browser session without the value for this session and this token is refused with 403
 * before the resource runs. Forms of people not signed in (the status check) have no session to
 * bind to and keep the double-submit check alone.
 *
 * <p>The key is derived from the session-cookie secret (FOI_OIDC_STATE_SECRET in production), so
 * forms stay valid across restarts and instances.
 */
@Named("csrfSession")
@ApplicationScoped
public class CsrfSessionBinding {
  /** The form field holding the binding. */
  public static final String FIELD = "csrf-session";

  @Inject Instance<CsrfTokenParameterProvider> csrf;
  @Inject Instance<SecurityIdentity> identity;

  @ConfigProperty(name = "foi.production.oidc-state-secret")
  String secret;

  /**
   * The form's binding value ({@code {inject:csrfSession.value}}); empty when not signed in through
   * the browser, or when the identity cannot be read here (as {@code security.CurrentUser}).
   */
  public String getValue() {
    if (!Arc.container().requestContext().isActive()) {
      return "";
    }
    try {
      Optional<String> session = SignedOutSessions.bindingKey(identity.get());
      String token = csrf.get().getToken();
      return session.isEmpty() || token == null ? "" : bind(secret, token, session.get());
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * The form's CSRF token, or empty where the CSRF filter did not run (an error page answered
   * before the resource, e.g. a 403): the header then links to the sign-out page instead of showing
   * its form.
   */
  public String getToken() {
    if (!Arc.container().requestContext().isActive()) {
      return "";
    }
    try {
      String token = csrf.get().getToken();
      return token == null ? "" : token;
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The parameter name, for the template. */
  public String getName() {
    return FIELD;
  }

  /** HMAC-SHA256 of the token and the session key, keyed by a key derived from the secret. */
  static String bind(String secret, String token, String session) {
    try {
      byte[] key =
          MessageDigest.getInstance("SHA-256")
              .digest(("csrf-session|" + secret).getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] out = mac.doFinal((token + "|" + session).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
