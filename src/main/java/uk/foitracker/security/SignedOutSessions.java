package uk.foitracker.security;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sessions ended by signing out, kept server-side until their tokens would have expired, so that a
 * copy of the session cookie taken before signing out is refused afterwards (issue 21). A session
 * is known by its provider's {@code sid} claim when the ID token has one (it survives token
 * refreshes), else by its subject and {@code auth_time}, else by the ID token itself; only a
 * SHA-256 of that is stored.
 */
@ApplicationScoped
public class SignedOutSessions {
  /** How long a row is kept when the token states no expiry. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

  private final EntityManager em;
  private final Clock clock;

  SignedOutSessions(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** The session's key, when the identity signed in through the browser (code flow). */
  public static Optional<String> key(SecurityIdentity identity) {
    IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
    if (idToken == null || idToken.getToken() == null) {
      return Optional.empty();
    }
    String id = "token:" + idToken.getToken();
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      Object sid = jwt.getClaim("sid");
      Object authTime = jwt.getClaim("auth_time");
      if (sid != null) {
        id = "sid:" + jwt.getIssuer() + ":" + sid;
      } else if (authTime != null && jwt.getSubject() != null) {
        id = "auth:" + jwt.getIssuer() + ":" + jwt.getSubject() + ":" + authTime;
      }
    }
    return Optional.of(sha256(id));
  }

  /**
   * What a form's CSRF token is bound to: the session ({@code sid} or sign-in time) when the ID
   * token says, else the signed-in user (subject), which stays the same when tokens are refreshed
   * (a binding to the ID token itself would refuse forms shown before a refresh). Empty when the
   * identity did not sign in through the browser.
   */
  public static Optional<String> bindingKey(SecurityIdentity identity) {
    IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
    if (idToken == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Optional.empty();
    }
    Object sid = jwt.getClaim("sid");
    Object authTime = jwt.getClaim("auth_time");
    String id =
        sid != null
            ? "sid:" + jwt.getIssuer() + ":" + sid
            : authTime != null
                ? "auth:" + jwt.getIssuer() + ":" + jwt.getSubject() + ":" + authTime
                : "sub:" + jwt.getIssuer() + ":" + jwt.getSubject();
    return Optional.of(sha256(id));
  }

  /** Ends the identity's session server-side (nothing for a bearer caller or in tests). */
  @Transactional
  public void signOut(SecurityIdentity identity) {
    Optional<String> key = key(identity);
    if (key.isEmpty()) {
      return;
    }
    Instant now = Instant.now(clock);
    Instant expires = now.plus(DEFAULT_LIFETIME);
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
      // the session cookie can outlive the ID token (refresh), so keep the row a good while longer
      expires = Instant.ofEpochSecond(jwt.getExpirationTime()).plus(DEFAULT_LIFETIME);
    }
    em.createNativeQuery("delete from signed_out_session where expires_at < ?1")
        .setParameter(1, utc(now))
        .executeUpdate();
    em.createNativeQuery("delete from signed_out_session where session_hash = ?1")
        .setParameter(1, key.get())
        .executeUpdate();
    em.createNativeQuery(
            "insert into signed_out_session (session_hash, signed_out_at, expires_at)"
                + " values (?1, ?2, ?3)")
        .setParameter(1, key.get())
        .setParameter(2, utc(now))
        .setParameter(3, utc(expires))
        .executeUpdate();
  }

  /** Whether this session key was signed out. */
  @Transactional
  public boolean signedOut(String key) {
    Number n =
        (Number)
            em.createNativeQuery("select count(*) from signed_out_session where session_hash = ?1")
                .setParameter(1, key)
                .getSingleResult();
    return n.longValue() > 0;
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
