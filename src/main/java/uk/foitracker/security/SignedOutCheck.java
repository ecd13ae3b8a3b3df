package uk.foitracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Refuses a browser session that was signed out: the identity from a replayed session cookie fails
 * authentication, so a page sends it to sign in again and the API answers 401.
 */
@ApplicationScoped
public class SignedOutCheck implements SecurityIdentityAugmentor {
  private final SignedOutSessions sessions;

  SignedOutCheck(SignedOutSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    Optional<String> key = SignedOutSessions.key(identity);
    if (key.isEmpty()) {
      return Uni.createFrom().item(identity);
    }
    return context.runBlocking(
        () -> {
          if (sessions.signedOut(key.get())) {
            throw new AuthenticationFailedException("This session was signed out");
          }
          return identity;
        });
  }
}
