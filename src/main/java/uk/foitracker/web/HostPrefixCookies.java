package uk.foitracker.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production ({@code foi.cookies.host-prefix=true}) the sign-in cookies travel as {@code
 * __Host-q_session}, {@code __Host-q_auth_...}: a browser accepts a {@code __Host-} cookie only
 * with Secure, Path=/ and no Domain, so no other host (a subdomain included) can plant or overwrite
 * it. Quarkus OIDC cannot be told a prefix, so the names are changed at the edge: {@code
 * Set-Cookie} going out gets the prefix, {@code Cookie} coming in loses it, before anything reads
 * it. (The CSRF cookie is named {@code __Host-csrf-token} by configuration.)
 */
@ApplicationScoped
public class HostPrefixCookies {
  static final String PREFIX = "__Host-";
  private static final String OIDC = "q_";

  private final boolean enabled;

  HostPrefixCookies(
      @ConfigProperty(name = "foi.cookies.host-prefix", defaultValue = "false") boolean enabled) {
    this.enabled = enabled;
  }

  void install(@Observes Router router) {
    if (!enabled) {
      return;
    }
    router
        .route()
        .order(Integer.MIN_VALUE + 4)
        .handler(
            ctx -> {
              String cookies = ctx.request().getHeader("Cookie");
              if (cookies != null && cookies.contains(PREFIX + OIDC)) {
                ctx.request().headers().set("Cookie", incoming(cookies));
              }
              ctx.addHeadersEndHandler(
                  v -> {
                    List<String> set = ctx.response().headers().getAll("Set-Cookie");
                    if (!set.isEmpty()) {
                      List<String> renamed = new ArrayList<>();
                      set.forEach(c -> renamed.add(outgoing(c)));
                      ctx.response().headers().remove("Set-Cookie");
                      renamed.forEach(c -> ctx.response().headers().add("Set-Cookie", c));
                    }
                  });
              ctx.next();
            });
  }

  /** "__Host-q_session=a; other=b" to "q_session=a; other=b". */
  static String incoming(String cookieHeader) {
    StringBuilder out = new StringBuilder();
    for (String part : cookieHeader.split(";")) {
      String p = part.strip();
      if (p.startsWith(PREFIX + OIDC)) {
        p = p.substring(PREFIX.length());
      } else if (p.startsWith(OIDC)) {
        continue; // an unprefixed sign-in cookie is not accepted in production
      }
      if (!out.isEmpty()) {
        out.append("; ");
      }
      out.append(p);
    }
    return out.toString();
  }

  /** An OIDC Set-Cookie gets the prefix, Secure and Path=/, and loses any Domain. */
  static String outgoing(String setCookie) {
    if (!setCookie.startsWith(OIDC)) {
      return setCookie;
    }
    StringBuilder out = new StringBuilder(PREFIX);
    boolean secure = false;
    boolean first = true;
    for (String part : setCookie.split(";")) {
      String p = part.strip();
      String lower = p.toLowerCase(Locale.ROOT);
      if (!first && (lower.startsWith("domain=") || lower.startsWith("path="))) {
        continue;
      }
      secure |= lower.equals("secure");
      if (!first) {
        out.append("; ");
      }
      out.append(p);
      first = false;
    }
    out.append("; Path=/");
    if (!secure) {
      out.append("; Secure");
    }
    return out.toString();
  }
}
