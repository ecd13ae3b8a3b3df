package uk.foitracker.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import uk.foitracker.security.SignedOutSessions;

/**
 * The checks every form POST passes after its body is read: no control characters in any text field
 * ({@link ControlCharacters}), and in a signed-in browser session a CSRF token bound to that
 * session ({@link CsrfSessionBinding}).
 */
public class FormChecks {
  private final String secret;

  FormChecks(@ConfigProperty(name = "foi.production.oidc-state-secret") String secret) {
    this.secret = secret;
  }

  /** Forms: refuses the request when any text field holds a control character. */
  @ServerRequestFilter
  @WithFormRead
  public void refuseInForms(
      ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
    if (!(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
      return;
    }
    String type = request.getHeaderString("Content-Type");
    if (type == null
        || !(type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"))) {
      return;
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    FormData form = context.getFormData();
    if (form != null) {
      for (String name : form) {
        Deque<FormValue> values = form.get(name);
        if (values == null) {
          continue;
        }
        for (FormValue value : values) {
          if (!value.isFileItem() && ControlCharacters.any(value.getValue())) {
            errors.add(
                new Problem.FieldError(
                    ControlCharacters.field(name),
                    ControlCharacters.message(ControlCharacters.field(name))));
            break;
          }
        }
      }
    }
    if (routing != null && errors.isEmpty()) {
      // url-encoded forms are read by Vert.x into the request's form attributes
      for (var entry : routing.request().formAttributes()) {
        if (ControlCharacters.any(entry.getValue())) {
          String f = ControlCharacters.field(entry.getKey());
          if (errors.stream().noneMatch(e -> e.field().equals(f))) {
            errors.add(new Problem.FieldError(f, ControlCharacters.message(f)));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      if (routing != null) {
        routing.put(SecurityEvents.EVENT_KEY, SecurityEvents.INPUT_REFUSED);
      }
      throw new ValidationProblem(errors);
    }
  }

  @ServerRequestFilter
  @WithFormRead
  public void refuseUnbound(
      ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
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
        || !(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
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
    String given = first(form, context, routing, CsrfSessionBinding.FIELD);
    String expected = token == null ? null : CsrfSessionBinding.bind(secret, token, session.get());
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
      FormData form, ResteasyReactiveRequestContext context, RoutingContext routing, String name) {
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
