package uk.foitracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * "Sign in": the path needs an authenticated user, so an anonymous visitor goes through the OIDC
 * code flow first; then each role lands on its own home. Sign out is /sign-out (Quarkus OIDC).
 */
@Path("/sign-in")
public class SignInPage {
  private final SecurityIdentity identity;

  SignInPage(SecurityIdentity identity) {
    this.identity = identity;
  }

  @GET
  public Response signIn() {
    String home =
        identity.hasRole("officer")
            ? "/officer/requests"
            : identity.hasRole("auditor") ? "/audit/requests" : "/";
    return Response.seeOther(URI.create(home)).build();
  }
}
