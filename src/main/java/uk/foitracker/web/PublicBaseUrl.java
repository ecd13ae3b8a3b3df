package uk.foitracker.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's public address ({@code foi.public-base-url}, FOI_PUBLIC_BASE_URL in production,
 * e.g. {@code https://foi.example.gov.uk/}): every absolute link the service writes (the disclosure
 * log CSV, the Atom feed) starts with it, never with the request's {@code Host} header, which a
 * client chooses. With {@code foi.public-host-only=true} (production) a request naming any other
 * host is refused with 421 before anything else runs, so the OIDC {@code redirect_uri} (which the
 * framework builds from the request) can only ever point at this address too. Health probes under
 * {@code /q/health} are answered whatever the host (a container's probe says 127.0.0.1).
 */
@ApplicationScoped
public class PublicBaseUrl {
  private final String base;
  private final String authority;
  private final boolean hostOnly;

  PublicBaseUrl(
      @ConfigProperty(name = "foi.public-base-url") String base,
      @ConfigProperty(name = "foi.public-host-only", defaultValue = "false") boolean hostOnly) {
    URI uri = URI.create(base.endsWith("/") ? base : base + "/");
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalStateException(
          "foi.public-base-url (FOI_PUBLIC_BASE_URL) must be an absolute URL, like"
              + " https://foi.example.gov.uk/");
    }
    this.base = uri.toString();
    this.authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
    this.hostOnly = hostOnly;
  }

  /** The base, ending in a slash: {@code https://foi.example.gov.uk/}. */
  public String base() {
    return base;
  }

  /** Whether a request's Host header names this service (with its port, if the base has one). */
  boolean isPublicHost(String host) {
    if (host == null) {
      return true; // HTTP/1.0 without a Host: the framework falls back to the server's own name
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals(authority)
        || (authority.indexOf(':') < 0
            && (h.equals(authority + ":443") || h.equals(authority + ":80")));
  }

  void install(@Observes Router router) {
    if (!hostOnly) {
      return;
    }
    router
        .route()
        .order(Integer.MIN_VALUE + 3)
        .handler(
            ctx -> {
              String path = ctx.normalizedPath();
              if (isPublicHost(ctx.request().getHeader("Host"))
                  || path.equals("/q/health")
                  || path.startsWith("/q/health/")) {
                ctx.next();
              } else {
                ctx.response()
                    .setStatusCode(421)
                    .putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("This service answers only at its public address.");
              }
            });
  }
}
