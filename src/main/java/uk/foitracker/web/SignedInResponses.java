package uk.foitracker.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Nothing a signed-in person is shown may be kept by a browser or proxy cache: every response to a
 * request that carries credentials (the sign-in session cookie or an {@code Authorization} header),
 * or that the application answered for a signed-in identity, gets {@code Cache-Control: no-store},
 * replacing any longer-lived caching a public page asks for. Two places set it: a router handler
 * for everything the server sends (static files, {@code /q/*}, the framework's own refusals), and a
 * response filter for the application's resources (where the identity is known even without a
 * cookie, as in tests).
 */
@ApplicationScoped
public class SignedInResponses {
  static final String NO_STORE = "no-store";

  @Inject CurrentIdentityAssociation identities;

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE + 1)
        .handler(
            ctx -> {
              if (carriesCredentials(ctx.request())) {
                ctx.addHeadersEndHandler(
                    v -> {
                      ctx.response().headers().set("Cache-Control", NO_STORE);
                      ctx.response().headers().set("Pragma", "no-cache");
                    });
              }
              ctx.next();
            });
  }

  /** Without blocking: the identity is resolved lazily, possibly on the event loop. */
  @ServerResponseFilter
  public Uni<Void> noStore(ContainerResponseContext response) {
    return identities
        .getDeferredIdentity()
        .invoke(
            identity -> {
              if (identity != null && !identity.isAnonymous()) {
                response.getHeaders().putSingle("Cache-Control", NO_STORE);
              }
            })
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** The request carries a session cookie or an Authorization header. */
  static boolean carriesCredentials(HttpServerRequest request) {
    if (request.getHeader("Authorization") != null) {
      return true;
    }
    String cookies = request.getHeader("Cookie");
    return cookies != null
        && (cookies.contains("q_session") || cookies.contains("__Host-q_session"));
  }
}
