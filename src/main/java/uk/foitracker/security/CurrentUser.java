package uk.foitracker.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.function.Predicate;

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
    return is(id -> !id.isAnonymous());
  }

  public boolean officer() {
    return is(id -> id.hasRole("officer"));
  }

  public boolean auditor() {
    return is(id -> id.hasRole("auditor"));
  }

  public String name() {
    return signedIn() ? current().getPrincipal().getName() : "";
  }

  /**
   * False when nobody is known: outside a request, or when the identity cannot be read here (an
   * error page rendered on the I/O thread after sign-in failed, e.g. while the identity provider is
   * unreachable); such a page shows the header of someone not signed in rather than failing.
   */
  private boolean is(Predicate<SecurityIdentity> test) {
    try {
      SecurityIdentity id = current();
      return id != null && test.test(id);
    } catch (RuntimeException e) {
      return false;
    }
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
