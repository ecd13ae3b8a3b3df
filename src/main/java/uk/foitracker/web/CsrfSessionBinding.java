package uk.foitracker.web;

import io.quarkus.arc.Arc;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
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

  /** Refuses a signed-in browser session's form POST whose token is not bound to it. */
  public static final class Check {
    private final String secret;

    Check(@ConfigProperty(name = "foi.production.oidc-state-secret") String secret) {
      this.secret = secret;
    }

    @ServerRequestFilter
    @WithFormRead
    public void refuseUnbound(ContainerRequestContext request, RoutingContext routing) {
      if (routing == null
          || routing.request().method() == HttpMethod.GET
          || routing.request().method() == HttpMethod.HEAD
          || routing.request().method() == HttpMethod.OPTIONS
          || !(routing.user() instanceof QuarkusHttpUser user)) {
        return;
      }
      SecurityIdentity who = user.getSecurityIdentity();
      Optional<String> session = who == null ? Optional.empty() : SignedOutSessions.bindingKey(who);
      if (session.isEmpty()
          || !(request instanceof ResteasyReactiveContainerRequestContext rr)
          || !(rr.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
        return;
      }
      String type = routing.request().getHeader("Content-Type");
      if (type == null
          || !(type.startsWith("application/x-www-form-urlencoded")
              || type.startsWith("multipart/form-data"))) {
        return;
      }
      FormData form = context.getFormData();
      String token = first(form, context, routing, "csrf-token");
      String given = first(form, context, routing, FIELD);
      String expected = token == null ? null : bind(secret, token, session.get());
      if (expected == null
          || given == null
          || !MessageDigest.isEqual(
              expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
        routing.put(SecurityEvents.EVENT_KEY, "csrf.refused");
        throw new ForbiddenException(
            "This form was not made for your session. Go back, reload the page and try again.");
      }
    }

    private static String first(
        FormData form,
        ResteasyReactiveRequestContext context,
        RoutingContext routing,
        String name) {
      if (form != null) {
        FormValue v = form.getFirst(name);
        if (v != null) {
          return v.isFileItem() ? null : v.getValue();
        }
      }
      Object v = context.getFormParameter(name, true, false);
      if (v instanceof String s) {
        return s;
      }
      if (v instanceof FormValue f) {
        return f.isFileItem() ? null : f.getValue();
      }
      return routing.request().getFormAttribute(name);
    }
  }
}
