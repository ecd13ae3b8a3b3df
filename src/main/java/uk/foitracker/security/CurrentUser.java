package uk.foitracker.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

/**
 * Who is signed in, for templates ({inject:user.officer}): the header shows the links of the
 * person's role and "Sign in" or "Sign out". Anonymous outside a request (e.g. the fallback 404).
 */
@Named("user")
@ApplicationScoped
public class CurrentUser {
  private final Instance<SecurityIdentity> identity;

  CurrentUser(Instance<SecurityIdentity> identity) {
    this.identity = identity;
  }

  public boolean signedIn() {
    SecurityIdentity id = current();
    return id != null && !id.isAnonymous();
  }

  public boolean officer() {
    SecurityIdentity id = current();
    return id != null && id.hasRole("officer");
  }

  public boolean auditor() {
    SecurityIdentity id = current();
    return id != null && id.hasRole("auditor");
  }

  public String name() {
    return signedIn() ? current().getPrincipal().getName() : "";
  }

  private SecurityIdentity current() {
    if (!Arc.container().requestContext().isActive()) {
      return null;
    }
    try {
      return identity.get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
