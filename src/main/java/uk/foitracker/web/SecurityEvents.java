package uk.foitracker.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Security events as one structured line each, in the category {@code foi.security} (JSON in
 * production, with the request id): {@code event=} what happened, {@code outcome=} the status
 * answered, {@code who=} the user id (the token's subject, never a name or an e-mail) and roles or
 * {@code anonymous}, {@code from=} where. Logged: refused access (401, 403), CSRF refusals (a form
 * POST answered 400 before its token was verified), refused input ({@link #INPUT_REFUSED}, marked
 * by whoever refuses it), and rate limits and lockouts (429).
 *
 * <p>No personal data: never the body, the query string or a name. An IP address is personal data,
 * so {@code from=} is its network (IPv4 /24, IPv6 /48) plus {@code client=}, a keyed hash of the
 * whole address with a key made at each start: events from one address can be told apart and
 * counted, but the address cannot be read back from the log.
 */
@ApplicationScoped
public class SecurityEvents {
  static final String CATEGORY = "foi.security";
  private static final Logger LOG = Logger.getLogger(CATEGORY);

  /** Routing-context key: set to an event name to log a refusal this class cannot recognise. */
  public static final String EVENT_KEY = "foi.security.event";

  /** A request refused for what it carried (control characters). */
  public static final String INPUT_REFUSED = "input.refused";

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key = new byte[32];

  SecurityEvents() {
    RANDOM.nextBytes(key);
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE + 2)
        .handler(
            ctx -> {
              ctx.addEndHandler(done -> log(ctx));
              ctx.next();
            });
  }

  private void log(RoutingContext ctx) {
    int status = ctx.response().getStatusCode();
    String event = event(ctx, status);
    if (event == null) {
      return;
    }
    String address = ClientAddress.of(ctx.request());
    LOG.infof(
        "security event=%s outcome=%d method=%s path=%s who=%s from=%s client=%s",
        event,
        status,
        ctx.request().method().name(),
        path(ctx.normalizedPath()),
        who(ctx),
        network(address),
        pseudonym(address));
  }

  private static String event(RoutingContext ctx, int status) {
    Object marked = ctx.get(EVENT_KEY);
    if (marked != null) {
      return marked.toString();
    }
    return switch (status) {
      case 401 -> "access.unauthenticated";
      case 403 -> "access.forbidden";
      case 429 -> "rate.limited";
      case 400 -> csrfRefused(ctx) ? "csrf.refused" : null;
      default -> null;
    };
  }

  /** A form POST answered 400 before the CSRF filter verified its token. */
  private static boolean csrfRefused(RoutingContext ctx) {
    if (SAFE.contains(ctx.request().method()) || ctx.get("csrf_token_verified") != null) {
      return false;
    }
    String type = ctx.request().getHeader("Content-Type");
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /** The user id and roles, or "anonymous"; never a display name or e-mail. */
  static String who(RoutingContext ctx) {
    if (!(ctx.user() instanceof QuarkusHttpUser user)) {
      return "anonymous";
    }
    SecurityIdentity identity = user.getSecurityIdentity();
    if (identity == null || identity.isAnonymous()) {
      return "anonymous";
    }
    String id =
        identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
            ? jwt.getSubject()
            : identity.getPrincipal().getName();
    return "user:" + token(id) + " roles:" + String.join("+", new TreeSet<>(identity.getRoles()));
  }

  /** The path without anything that is not a plain path character, at most 200 of them. */
  private static String path(String path) {
    String p = path == null ? "" : path.replaceAll("[^A-Za-z0-9/._~-]", "?");
    return p.length() > 200 ? p.substring(0, 200) : p;
  }

  private static String token(String s) {
    return s == null ? "unknown" : s.replaceAll("[^A-Za-z0-9@._:-]", "?");
  }

  /** IPv4 /24 or IPv6 /48, so the log locates the network but not the person. */
  static String network(String address) {
    if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return address.substring(0, address.lastIndexOf('.')) + ".0/24";
    }
    if (address.contains(":")) {
      String[] groups = address.split(":", -1);
      StringBuilder net = new StringBuilder();
      for (int i = 0; i < Math.min(3, groups.length); i++) {
        net.append(groups[i].isEmpty() ? "0" : groups[i]).append(':');
      }
      return token(net + ":/48");
    }
    return "unknown";
  }

  private String pseudonym(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      return "unknown";
    }
  }
}
